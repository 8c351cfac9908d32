/**
 * All content checks over all texts: French typography, Leichte Sprache, figures kept in
 * translation, and the glossary. `test/content/` runs them; `scripts/content/check.ts` prints
 * what they find.
 */
import { loadCorpus, TARGET_LOCALES, type TextEntry } from './corpus.js';
import { compareFigures } from './figures.js';
import type { Finding } from './finding.js';
import { checkFrenchTypography } from './french-typography.js';
import { checkGlossary, explainedCapitals, loadGlossary, type Glossary } from './glossary.js';
import { checkLeichteSprache } from './leichte-sprache.js';

export type { Finding } from './finding.js';

/** Figures dropped or added by each translation of each text. */
export function checkFigures(corpus: readonly TextEntry[]): Finding[] {
  return corpus.flatMap((entry) =>
    entry.kind !== 'prose'
      ? []
      : TARGET_LOCALES.flatMap((locale) => {
          const text = entry.texts[locale];
          if (text === undefined) return [];
          const { dropped, added } = compareFigures(entry.de, text, locale);
          const findings: Finding[] = [];
          if (dropped.length > 0) {
            findings.push({
              rule: 'figures.dropped',
              locale,
              where: entry.where,
              message: `drops ${dropped.join(', ')} the German states: ${text.slice(0, 160)}`,
            });
          }
          if (added.length > 0) {
            findings.push({
              rule: 'figures.added',
              locale,
              where: entry.where,
              message: `adds ${added.join(', ')} the German does not state: ${text.slice(0, 160)}`,
            });
          }
          return findings;
        }),
  );
}

/** French typography of every French text (search terms included). */
export function checkFrench(corpus: readonly TextEntry[]): Finding[] {
  return corpus.flatMap((entry) =>
    entry.texts.fr === undefined ? [] : checkFrenchTypography(entry.texts.fr, entry.where),
  );
}

/** The Leichte Sprache linter over every Leichte Sprache text. */
export function checkLeichteSpracheTexts(
  corpus: readonly TextEntry[],
  glossary: Glossary,
): Finding[] {
  const allowed = explainedCapitals(glossary);
  const fixedTerms = glossary.terms.flatMap((term) => {
    const ls = term['de-x-ls'];
    return ls !== undefined && ls.term.includes(' ') ? [ls.term] : [];
  });
  return corpus.flatMap((entry) => {
    const text = entry.texts['de-x-ls'];
    return text === undefined || entry.kind !== 'prose'
      ? []
      : checkLeichteSprache(text, entry.where, allowed, fixedTerms);
  });
}

/** Every finding of every check. */
export function runContentChecks(
  corpus: readonly TextEntry[] = loadCorpus(),
  glossary: Glossary = loadGlossary(),
): Finding[] {
  return [
    ...checkFrench(corpus),
    ...checkLeichteSpracheTexts(corpus, glossary),
    ...checkFigures(corpus),
    ...checkGlossary(glossary, corpus),
  ];
}
