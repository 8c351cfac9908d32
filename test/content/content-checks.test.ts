/**
 * Every citizen-facing text passes the content checks: French typography, the Leichte Sprache
 * linter, figures kept in translation and the glossary (`scripts/content/`, `docs/glossary.json`).
 * The corpus is the seed's services, authorities, competence rules and life situations, the six
 * form definitions and the UI strings in `xliff/`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  checkFigures,
  checkFrench,
  checkLeichteSpracheTexts,
  type Finding,
} from '../../scripts/content/checks.js';
import { formFiles, loadCorpus } from '../../scripts/content/corpus.js';
import { checkGlossary, glossaryMarkdown, loadGlossary } from '../../scripts/content/glossary.js';

const corpus = loadCorpus();
const glossary = loadGlossary();

/** Findings, one per line, so a failure says what to fix and where. */
const report = (findings: readonly Finding[]) =>
  findings.map(
    (finding) => `${finding.rule} [${finding.locale}] ${finding.where}: ${finding.message}`,
  );

describe('the corpus', () => {
  it('holds the service texts, the six forms and the UI strings in every language', () => {
    const scopes = new Set(corpus.map((entry) => entry.scope));
    for (const scope of ['service', 'form', 'ui', 'authority', 'life-situation'] as const) {
      assert.ok(scopes.has(scope), `no ${scope} texts`);
    }
    assert.equal(formFiles().length, 6);
    const ui = corpus.filter((entry) => entry.scope === 'ui');
    assert.ok(ui.length >= 140, `${ui.length} UI strings`);
    for (const entry of ui) {
      assert.deepEqual(Object.keys(entry.texts).sort(), ['de-x-ls', 'en', 'fr'], entry.where);
    }
  });
});

describe('content checks', () => {
  it('French typography: narrow no-break spaces before ? ! ; : and inside « », one apostrophe, elision', () => {
    assert.deepEqual(report(checkFrench(corpus)), []);
  });

  it('Leichte Sprache: short sentences, one statement, no passive, genitive or unexplained abbreviation, numbers, dates and times as the rules want', () => {
    assert.deepEqual(report(checkLeichteSpracheTexts(corpus, glossary)), []);
  });

  it('no translation drops or adds a figure, date or deadline its German states', () => {
    assert.deepEqual(report(checkFigures(corpus)), []);
  });

  it('the glossary: one name per term, no ruled-out name, every kept German term and hard word explained', () => {
    assert.deepEqual(report(checkGlossary(glossary, corpus)), []);
  });
});

describe('the glossary', () => {
  it('has unique ids and valid patterns', () => {
    const ids = glossary.terms.map((term) => term.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const term of glossary.terms) {
      const patterns = [
        term.de.match,
        ...(['en', 'fr', 'de-x-ls'] as const).flatMap((locale) => [
          term[locale]?.match,
          ...(term[locale]?.forbid ?? []),
        ]),
      ].filter((pattern): pattern is string => pattern !== undefined);
      for (const pattern of patterns) assert.doesNotThrow(() => new RegExp(pattern, 'u'), term.id);
    }
  });

  it('is published as docs/glossary.md, generated from docs/glossary.json', () => {
    const page = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
    assert.equal(
      page,
      glossaryMarkdown(glossary),
      'run npx tsx scripts/content/check.ts --glossary after editing docs/glossary.json',
    );
  });
});
