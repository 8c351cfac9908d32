import { expect, html } from '@open-wc/testing';
import { mount } from './helpers.js';
import { TOKENS } from '../../src/shared/tokens.js';
import './sample-widget.js';
import type { SampleWidget } from './sample-widget.js';

describe('design tokens', () => {
  it('declares every token on the widget host', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    const style = getComputedStyle(el);
    for (const token of TOKENS) {
      expect(style.getPropertyValue(`--_saar-${token.name}`).trim(), token.name).not.to.equal('');
    }
  });

  it('are all documented in docs/theming.md with their defaults', async () => {
    const docs = await (await fetch('/docs/theming.md')).text();
    for (const token of TOKENS) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`--saar-${token.name}\``));
      expect(row, token.name).to.be.a('string');
      expect(row).to.contain(token.value);
      if (token.dark) expect(row).to.contain(token.dark).and.to.contain(token.forced!);
    }
  });

  it('applies the light defaults', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    expect(getComputedStyle(el).color).to.equal('rgb(27, 31, 35)');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 90, 156)');
  });

  it('takes page-level --saar-* overrides into the shadow root', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="--saar-color-brand: #005b9a; --saar-font-size-m: 20px">
        <saar-test-sample></saar-test-sample>
      </div>`,
    );
    const el = wrapper.querySelector('saar-test-sample')!;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 91, 154)');
    // The host keeps the user's default size (the widget's unit); its content takes the token.
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(getComputedStyle(status).fontSize).to.equal('20px');
  });

  it('follows a dark colour scheme of the page', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="color-scheme: dark"><saar-test-sample></saar-test-sample></div>`,
    );
    const el = wrapper.querySelector('saar-test-sample')!;
    await el.updateComplete;
    expect(getComputedStyle(el).color).to.equal('rgb(238, 241, 244)');
  });

  it('gives buttons a 44 px target and a visible focus ring', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    const button = el.shadowRoot!.querySelector('button')!;
    const box = button.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    const rule = [...el.shadowRoot!.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .find((r) => r instanceof CSSStyleRule && r.selectorText === ':focus-visible');
    expect(rule?.cssText).to.contain('outline');
  });

  describe('default colour contrast (WCAG 2.2)', () => {
    const pairs: Array<[string, string, number]> = [
      ['color-text', 'color-surface', 4.5],
      ['color-text', 'color-surface-raised', 4.5],
      ['color-text-muted', 'color-surface', 4.5],
      ['color-text-muted', 'color-surface-raised', 4.5],
      ['color-brand-contrast', 'color-brand', 4.5],
      ['color-brand', 'color-surface', 4.5],
      ['color-error', 'color-surface', 4.5],
      ['color-success', 'color-surface', 4.5],
      ['color-warning', 'color-surface', 4.5],
      ['color-border', 'color-surface', 3],
      ['color-focus', 'color-surface', 3],
      ['color-focus', 'color-surface-raised', 3],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [foreground, background, minimum] of pairs) {
        it(`${foreground} on ${background} (${scheme}) is at least ${minimum}:1`, () => {
          const ratio = contrast(colour(foreground, scheme), colour(background, scheme));
          expect(ratio).to.be.at.least(minimum);
        });
      }
    }
  });
});

function colour(name: string, scheme: 'light' | 'dark'): string {
  const token = TOKENS.find((t) => t.name === name)!;
  return scheme === 'dark' ? token.dark! : token.value;
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
