/**
 * What a program can see of the Leichte Sprache rules (Netzwerk Leichte Sprache, "Leichte
 * Sprache – Ein Ratgeber", BMAS 2014; DIN SPEC 33429:2025 "Empfehlungen für Deutsche Leichte
 * Sprache"). Whether a text is understood only readers with learning difficulties can say; this
 * linter finds what breaks the rules on the surface:
 * - sentences longer than `MAX_WORDS` words, and sentences that join a second statement with a
 *   comma and a conjunction or relative pronoun, or with a semicolon;
 * - the passive (a form of "werden" with a past participle);
 * - the genitive ("des", "eines", genitive prepositions such as "wegen", "innerhalb");
 * - abbreviations ("z. B.", "bzw.", "Nr.", letters in capitals such as "EU", "PIN");
 * - numbers written as words (the rules want digits: "5 Frauen", not "fünf Frauen"), dates as
 *   "27.03.1985" instead of "27. März 1985", times as "08:00" or "8:00–12:00" instead of
 *   "8 Uhr bis 12 Uhr", special signs (§, %);
 * - verbs split by a hyphen ("an-melden": only nouns are split, "Bürger-Büro").
 * Words that need an explanation come from the glossary (`docs/glossary.json`), checked there.
 * Negations are counted (`countNegations`) but not refused: many cannot be avoided ("Sie wissen
 * es nicht?"). Those with a plain positive wording are refused (`AVOIDABLE_NEGATIONS`): "kostet
 * nichts" is "ist kostenlos", "passt nicht in die Tonne" is "ist zu groß für die Tonne".
 */
import type { Finding } from './finding.js';

/** The most words a sentence may have. */
export const MAX_WORDS = 12;

/**
 * Where a sentence ends: after `.`, `!` or `?`, but not after an abbreviation ("z. B.", "Co.")
 * or an ordinal number ("am 3. Werk-Tag", "1. Mai"); or after a colon that opens a list.
 */
const SENTENCE_END =
  /(?<=[.!?])(?<!(?:^|[\s(])(?:z|d|u|o|v|s|i|bzw|usw|ggf|evtl|ca|Nr|Str|Tel|inkl|zzgl|sog|vgl|etc|Co|Abs|Art|bspw|einschl)\.)(?<!\d\.)\s+|(?<=:)\s+(?=[-•]|$)/u;

/** Sentences of an LS text: a line, or up to `.`, `!`, `?` or a line-ending colon. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\{\d+\}/g, '9')
    .split(/\n+/)
    .flatMap((line) => line.split(SENTENCE_END))
    .map((sentence) => sentence.replace(/^[-•*]\s+/, '').trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** The words of a sentence (letters or digits, hyphenated compounds count once). */
export function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
}

/** A regular expression for whole words (JavaScript's `\b` does not know umlauts). */
const words = (alternatives: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);

/**
 * A comma and a word that opens a second statement: a conjunction, or a relative pronoun
 * ("…, die umziehen"), though not an article before a noun in a list ("…, den Tag und die Uhrzeit").
 */
const SECOND_STATEMENT = new RegExp(
  `,\\s*(?:${words('dass|weil|obwohl|damit|sodass|nachdem|bevor|während|falls|ob|wenn|wo|wie|was|wer|deren|dessen|welche[rsnm]?|und|aber|oder|denn|sondern', 'iu').source}|${words('der|die|das|den|dem', 'iu').source}(?!\\s+(?!(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ich|Wir)\\s)\\p{Lu}))`,
  'iu',
);

const WERDEN = words('wird|werden|wurde|wurden|worden|würde|würden', 'iu');
const PARTICIPLE = words(
  'ge\\p{Ll}{2,}(?:t|en)|\\p{Ll}+iert|(?:ab|an|auf|aus|ein|mit|nach|vor|zu|zurück|weiter|fest|fort|her|hin|los|weg|zusammen)ge\\p{Ll}+(?:t|en)',
);

const GENITIVE = words(
  'des|eines|keines|meines|deines|seines|ihres|Ihres|unseres|wegen|trotz|innerhalb|außerhalb|aufgrund|anhand|bezüglich|mittels|zwecks|infolge|seitens|anstatt',
);
/** "der" between two nouns ("das Amt der Stadt"); pronouns (Sie, Ihnen) before it are datives. */
const GENITIVE_DER =
  /(?<=\p{L}\s)(?!(?:Sie|Ihnen|Ihr|Ihre)\s)\p{Lu}[\p{L}-]*\s+der\s+(?:\p{Ll}+\s+)?\p{Lu}/u;

const ABBREVIATION = new RegExp(
  `${words('[a-zA-Z]\\.\\s?[a-zA-Z]{1,2}\\.').source}|${words('bzw|usw|ggf|evtl|ca|Nr|Str|Tel|inkl|zzgl|sog|vgl|etc|max|min|mind|Abs|bspw|einschl|Std|Mio|Mrd|Kfz|Lkw|Pkw|Hbf').source}`,
  'u',
);
/** Words with two capitals or more ("EU", "PIN", "BAföG", "ELSTER"); the glossary may explain one. */
const CAPITALS = /(?<![\p{L}\p{N}])\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*(?![\p{L}\p{N}])/gu;

const NUMBER_WORDS = words(
  'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|zweimal|dreimal',
  'iu',
);
const NUMERIC_DATE = /(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)/u;
/** "08:00", "14:30" without "Uhr", "8–12 Uhr": Leichte Sprache writes "9:30 Uhr", "8 Uhr bis 12 Uhr". */
const CLOCK_TIME =
  /(?<!\d)(?:0\d:\d{2}|\d{1,2}:\d{2}(?!\d)(?!\s*Uhr))|\d\s*[–-]\s*\d+(?::\d{2})?\s*Uhr/u;
/** An identifier such as "SAAR-2026-7KQ4-M2XH": capitals and digits in hyphenated groups. */
const IDENTIFIER =
  /(?<![\p{L}\p{N}-])(?=[\p{Lu}\p{N}-]*\p{N})[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)+(?![\p{L}\p{N}-])/gu;
const SPECIAL_SIGNS = /[§%&]/u;
const HYPHENATED_VERB = /(?<![\p{L}\p{N}-])(\p{Ll}{2,}-\p{Ll}{2,})(?![\p{L}\p{N}])/u;

/** Negations the rules ask to say positively, each with the positive wording to use. */
const AVOIDABLE_NEGATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [words('kost(?:et|en)\\s+(?:auch\\s+)?(?:nichts|kein\\s+Geld)', 'iu'), 'ist kostenlos'],
  [words('pass(?:t|en)\\s+nicht\\s+in', 'iu'), 'ist zu groß für'],
];

const NEGATION = words('nicht|nichts|nie|niemals|niemand|kein|keine|keinen|keinem|keiner|keines');

/**
 * The Leichte Sprache findings of one text. `allowedCapitals` are explained glossary terms;
 * `fixedTerms` are the glossary's Leichte Sprache terms, whose wording is given ("Grad der
 * Behinderung" is the name on the notice, not a genitive to rephrase).
 */
export function checkLeichteSprache(
  text: string,
  where: string,
  allowedCapitals: ReadonlySet<string> = new Set(),
  fixedTerms: readonly string[] = [],
): Finding[] {
  const findings: Finding[] = [];
  const report = (rule: string, message: string) =>
    findings.push({ rule, locale: 'de-x-ls', where, message });

  const readable = text.replace(/(?:https?:\/\/|www\.)\S+|\S+@\S+/g, 'Adresse');
  // "Offene Handels-Gesellschaft (OHG)": an abbreviation after its long form is explained.
  const explainedSentences = sentencesOf(
    readable.replace(/(\p{L}[\p{L}-]{3,})\s*\([^)]*\)/gu, '$1'),
  );
  for (const explained of explainedSentences) {
    const abbreviation = ABBREVIATION.exec(explained);
    if (abbreviation) report('ls.abbreviation', `abbreviation "${abbreviation[0]}": ${explained}`);
    // Names of classes and codes ("Klasse AM", "SB-AB 123", the reference number
    // "SAAR-2026-7KQ4-M2XH") are not abbreviations to explain.
    const names = explained
      .replace(/(?:Klassen?|Kenn-Zeichen|Merk-Zeichen)\s+\p{Lu}+/gu, '')
      .replace(IDENTIFIER, '')
      .replace(/\p{Lu}{1,3}(?:-\p{Lu}{1,2})?\s?\d+/gu, '');
    for (const capitals of names.match(CAPITALS) ?? []) {
      if (!allowedCapitals.has(capitals)) {
        report('ls.abbreviation', `abbreviation "${capitals}" without explanation: ${explained}`);
      }
    }
    const sign = SPECIAL_SIGNS.exec(explained);
    if (sign) report('ls.special-sign', `sign "${sign[0]}" (write it as a word): ${explained}`);
  }
  for (const sentence of sentencesOf(readable)) {
    const words = wordsOf(sentence);
    if (words.length > MAX_WORDS) {
      report('ls.sentence-length', `${words.length} words (at most ${MAX_WORDS}): ${sentence}`);
    }
    if (SECOND_STATEMENT.test(sentence) || sentence.includes(';')) {
      report('ls.one-statement', `more than one statement: ${sentence}`);
    }
    if (WERDEN.test(sentence) && PARTICIPLE.test(sentence)) {
      report('ls.passive', `passive (say who does it): ${sentence}`);
    }
    const withoutTerms = fixedTerms.reduce((rest, term) => rest.split(term).join('X'), sentence);
    const genitive = GENITIVE.exec(withoutTerms) ?? GENITIVE_DER.exec(withoutTerms);
    if (genitive) report('ls.genitive', `genitive "${genitive[0]}" (use "von"): ${sentence}`);
    const numberWord = NUMBER_WORDS.exec(sentence);
    if (numberWord) report('ls.number-as-word', `"${numberWord[0]}": write digits: ${sentence}`);
    if (NUMERIC_DATE.test(sentence))
      report('ls.date', `write the date as "27. März 1985": ${sentence}`);
    if (CLOCK_TIME.test(sentence)) {
      report('ls.time', `write times as "8 Uhr bis 12 Uhr": ${sentence}`);
    }
    for (const [negation, positive] of AVOIDABLE_NEGATIONS) {
      const found = negation.exec(sentence);
      if (found)
        report('ls.negation', `"${found[0]}": say it positively ("${positive}"): ${sentence}`);
    }
    const verb = HYPHENATED_VERB.exec(sentence);
    if (verb) report('ls.hyphenated-verb', `"${verb[1]}": only nouns are split: ${sentence}`);
  }
  return findings;
}

/** Negations in a text ("nicht", "kein…", "nie", "nichts"), for the report, not the test. */
export function countNegations(text: string): number {
  return (text.match(new RegExp(NEGATION.source, 'giu')) ?? []).length;
}
