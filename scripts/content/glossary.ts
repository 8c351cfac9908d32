/**
 * The glossary (`docs/glossary.json`, shown as `docs/glossary.md`): one name per term and
 * language, used everywhere. Checks:
 * - `glossary.missing-term`: the German names the term and the translation does not use its
 *   name (another name, or none: a dropped office, card or condition);
 * - `glossary.forbidden`: a name the glossary rules out (a second name for the same office, a
 *   misleading equivalent such as "taxe professionnelle") appears at all;
 * - `glossary.unexplained`: a term kept in German ("Familienkasse") or a hard word in Leichte
 *   Sprache ("Standes-Amt") is used in a unit (one service, one form, one UI string) that
 *   nowhere carries its explanation.
 */
import { readFileSync } from 'node:fs';
import type { Scope, TargetLocale, TextEntry } from './corpus.js';
import type { Finding } from './finding.js';

/** How a term is named in one language. */
export interface LocaleTerm {
  /** The one name to use. */
  term: string;
  /** Regular expression (source) of the name's accepted forms; default: the term itself. */
  match?: string;
  /** When the German names the term, the translation must too (default: true, false for LS). */
  required?: boolean;
  /** Text that must appear in every unit that uses the term (kept German, hard LS word). */
  explanation?: string;
  /**
   * Where the explanation is needed (default: everywhere). A term with an equivalent carries
   * its German name once per service, for orientation, but not in every form label.
   */
  explainIn?: Scope[];
  /** Regular expressions (source) of names never to use in this language. */
  forbid?: string[];
  /** Match the name case-sensitively (abbreviations such as "aG", "EU"); default: not. */
  caseSensitive?: boolean;
}

/** One glossary entry. */
export interface GlossaryTerm {
  id: string;
  de: { term: string; match?: string };
  en?: LocaleTerm;
  fr?: LocaleTerm;
  'de-x-ls'?: LocaleTerm;
  /** Where the entry applies (default: everywhere). */
  scopes?: Scope[];
  /** Why this name, for the glossary page. */
  note?: string;
}

/** The glossary file. */
export interface Glossary {
  terms: GlossaryTerm[];
}

const GLOSSARY_FILE = new URL('../../docs/glossary.json', import.meta.url);

/** The project's glossary. */
export function loadGlossary(): Glossary {
  return JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as Glossary;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word, Unicode-aware pattern (JavaScript's `\b` does not know umlauts). */
export const wholeWords = (source: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);

const localeMatch = (term: LocaleTerm) =>
  wholeWords(term.match ?? escape(term.term), term.caseSensitive === true ? 'u' : 'iu');
const germanMatch = (term: GlossaryTerm) => wholeWords(term.de.match ?? escape(term.de.term));
const applies = (term: GlossaryTerm, entry: TextEntry) =>
  term.scopes === undefined || term.scopes.includes(entry.scope);
/** English texts may still use the straight apostrophe; the glossary's names use ’. */
const readable = (text: string | undefined, locale: TargetLocale) =>
  locale === 'en' ? text?.replace(/'/g, '’') : text;
const isRequired = (term: LocaleTerm, locale: TargetLocale) =>
  term.required ?? locale !== 'de-x-ls';

/** Leichte Sprache glossary terms in capitals ("EU", "PIN") the LS linter accepts as explained. */
export function explainedCapitals(glossary: Glossary): Set<string> {
  return new Set(
    glossary.terms.flatMap((term) => {
      const ls = term['de-x-ls'];
      return ls?.explanation !== undefined ? ls.term.split(/[\s-]+/) : [];
    }),
  );
}

/** Every glossary finding over the corpus. */
export function checkGlossary(glossary: Glossary, corpus: readonly TextEntry[]): Finding[] {
  const findings: Finding[] = [];
  const prose = corpus.filter((entry) => entry.kind === 'prose');
  const units = new Map<string, TextEntry[]>();
  for (const entry of prose) {
    const unit = units.get(entry.unit);
    if (unit === undefined) units.set(entry.unit, [entry]);
    else unit.push(entry);
  }

  for (const term of glossary.terms) {
    const german = germanMatch(term);
    for (const locale of ['en', 'fr', 'de-x-ls'] as const) {
      const named = term[locale];
      if (named === undefined) continue;
      const accepted = localeMatch(named);
      const forbidden = (named.forbid ?? []).map((source) => wholeWords(source, 'iu'));
      for (const entry of corpus) {
        const text = readable(entry.texts[locale], locale);
        // Search terms may hold the wrong names citizens type: only prose must avoid them.
        if (text === undefined || !applies(term, entry) || entry.kind !== 'prose') continue;
        for (const pattern of forbidden) {
          const hit = pattern.exec(text);
          if (hit) {
            findings.push({
              rule: 'glossary.forbidden',
              locale,
              where: entry.where,
              message: `"${hit[0]}": the glossary's name for ${term.de.term} is "${named.term}"`,
            });
          }
        }
        if (isRequired(named, locale) && german.test(entry.de) && !accepted.test(text)) {
          findings.push({
            rule: 'glossary.missing-term',
            locale,
            where: entry.where,
            message: `the German names ${term.de.term}; say "${named.term}": ${text.slice(0, 120)}`,
          });
        }
      }
      const explanation = named.explanation;
      if (explanation === undefined) continue;
      for (const [unit, entries] of units) {
        const texts = entries
          .filter((entry) => applies(term, entry))
          .filter((entry) => named.explainIn === undefined || named.explainIn.includes(entry.scope))
          .map((entry) => readable(entry.texts[locale], locale))
          .filter((text): text is string => text !== undefined);
        if (!texts.some((text) => accepted.test(text))) continue;
        const explained = explanation.toLocaleLowerCase();
        if (texts.some((text) => text.toLocaleLowerCase().includes(explained))) continue;
        findings.push({
          rule: 'glossary.unexplained',
          locale,
          where: entries[0]!.where.replace(/ › [^›]*$/, ''),
          message: `${unit} uses "${named.term}" without its explanation "${explanation}"`,
        });
      }
    }
  }
  return findings;
}

/** The glossary as a Markdown page (`docs/glossary.md`). */
export function glossaryMarkdown(glossary: Glossary): string {
  const cell = (term: LocaleTerm | undefined) =>
    term === undefined
      ? '—'
      : [
          term.term,
          term.explanation === undefined ? '' : `<br>explained as: ${term.explanation}`,
          term.forbid === undefined || term.forbid.length === 0
            ? ''
            : `<br>never: ${term.forbid.map((source) => `\`${source}\``).join(', ')}`,
        ].join('');
  const rows = glossary.terms.map((term) =>
    [
      term.de.term,
      cell(term.en),
      cell(term.fr),
      cell(term['de-x-ls']),
      `${term.scopes === undefined ? '' : `(${term.scopes.join(', ')}) `}${term.note ?? ''}`,
    ]
      .map((text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' '))
      .join(' | '),
  );
  return `${GLOSSARY_HEADER}\n| Deutsch | English | Français | Leichte Sprache | Note |\n|---|---|---|---|---|\n${rows
    .map((row) => `| ${row} |`)
    .join('\n')}\n`;
}

const GLOSSARY_HEADER = `# Glossary

<!-- Generated from docs/glossary.json by \`npx tsx scripts/content/check.ts --glossary\`; edit the JSON. -->

One name per term and language, used in every service text, form and UI string. \`npm test\`
checks it (\`test/content/\`): where the German names a term, the translation uses the name
below; the names under "never" appear nowhere; a term kept in German (where France and
Luxembourg have no equivalent) and a hard word in Leichte Sprache carry their explanation once
in every service, form or UI string that uses them. See also
[decision 0100](decisions/0100-content-in-four-languages.md).
`;
