import { expect } from '@open-wc/testing';
import { SaarElement } from '../../src/shared/saar-element.js';
import { defineElement } from '../../src/shared/define.js';
import { VERSION } from '../../src/shared/version.js';

const versions = (globalThis as unknown as Record<symbol, Map<string, string>>)[
  Symbol.for('saar-portal.registered-versions')
]!;

describe('SaarElement.define', () => {
  it('registers a tag and tolerates a second registration of the same class', () => {
    class First extends SaarElement {}
    expect(First.define('saar-test-define-same')).to.equal(true);
    expect(First.define('saar-test-define-same')).to.equal(false);
    expect(customElements.get('saar-test-define-same')).to.equal(First);
  });

  it('skips silently when another copy of the same version registered the tag', () => {
    const warnings = captureWarnings(() => {
      class CopyA extends SaarElement {}
      class CopyB extends SaarElement {}
      CopyA.define('saar-test-define-copy');
      expect(CopyB.define('saar-test-define-copy')).to.equal(false);
      expect(customElements.get('saar-test-define-copy')).to.equal(CopyA);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns once when another version registered the tag', () => {
    class Older extends HTMLElement {}
    customElements.define('saar-test-define-other', Older);
    versions.set('saar-test-define-other', '0.0.1');
    const warnings = captureWarnings(() => {
      class Newer extends SaarElement {}
      expect(Newer.define('saar-test-define-other')).to.equal(false);
      expect(Newer.define('saar-test-define-other')).to.equal(false);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION);
  });

  it('names another script when something else owns the tag', () => {
    customElements.define('saar-test-define-foreign', class extends HTMLElement {});
    const warnings = captureWarnings(() => {
      defineElement('saar-test-define-foreign', class extends HTMLElement {});
    });
    expect(warnings[0]).to.contain('another script');
  });
});

function captureWarnings(work: () => void): string[] {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  try {
    work();
  } finally {
    console.warn = original;
  }
  return warnings;
}
