/**
 * German-aware text analysis for the service finder: folding, word splitting, a light stemmer
 * and stop words. Pure functions, no dictionary beyond a few dozen words, so the whole module
 * stays a few hundred bytes in the finder's chunk.
 *
 * Folding goes to the bare vowel: `ä`, `ae` and `a` all become `a` (likewise ö/oe/o, ü/ue/u),
 * `ß` becomes `ss`. Index and query are folded the same way, so `führerschein`,
 * `fuehrerschein` and `fuhrerschein` all become `fuhrerschein`. A genuine `ue` after a
 * consonant is folded too (`Quelle` → `qulle`); both sides fold alike, so that costs nothing but
 * a few harmless collisions (`Mutter`/`Mütter`). After a vowel, `ue` is never an umlaut
 * (`neue`, `bauen`, `Steuer`) and stays, so the stemmer still sees the ending.
 */

/** A folded text with, for each folded UTF-16 unit, the original range it came from. */
export interface FoldedText {
  /** The folded text (lowercase, no diacritics, `ß` → `ss`, `ae`/`oe`/`ue` → `a`/`o`/`u`). */
  text: string;
  /** For each unit of `text`, the start offset in the original text. */
  starts: number[];
  /** For each unit of `text`, the end offset (exclusive) in the original text. */
  ends: number[];
}

const COMBINING_MARKS = /\p{M}/gu;
const DIGRAPH_VOWELS = new Set(['a', 'o', 'u']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Whether an `e` after `before2`, `before1` spells an umlaut (`fu|e|hrer`): after a, o or u,
 * unless that vowel is itself the second half of a diphthong (`ne|u|e`, `ba|u|en`, `ste|u|er`),
 * where the `e` starts an ending the stemmer must still see.
 */
function isUmlautE(before2: string | undefined, before1: string | undefined): boolean {
  return (
    before1 !== undefined &&
    DIGRAPH_VOWELS.has(before1) &&
    (before2 === undefined || !VOWELS.has(before2))
  );
}

/** Lowercases and strips diacritics of one code point; `ß` becomes `ss`. */
function foldCodePoint(codePoint: string): string {
  const lower = codePoint.toLowerCase();
  if (lower === 'ß' || lower === 'ẞ') return 'ss';
  if (lower.charCodeAt(0) < 0x80 && lower.length === 1) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '');
}

/** Folds a text and keeps the mapping back to original offsets (for highlighting). */
export function foldWithOffsets(original: string): FoldedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const codePoint of original) {
    const end = offset + codePoint.length;
    for (const char of foldCodePoint(codePoint)) {
      // `ae`, `oe`, `ue` spell an umlaut: fold them onto the bare vowel, like `ä`, `ö`, `ü`.
      const previous = chars.length - 1;
      if (char === 'e' && isUmlautE(chars[previous - 1], chars[previous])) {
        ends[previous] = end;
        continue;
      }
      chars.push(char);
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  }
  return { text: chars.join(''), starts, ends };
}

// Most catalogue words are plain ASCII without a vowel before an `e`: those fold by lowercasing
// alone. Checked by regular expressions, which run as native code even before the JIT warms up
// (a cold first visit folds every word of the catalogue once).
const PLAIN_ASCII = /^[A-Za-z0-9]*$/;
const UMLAUT_DIGRAPH = /[aou]e/;

/** Folds a text: lowercase, no diacritics, `ß` → `ss`, `ae`/`oe`/`ue` → `a`/`o`/`u`. */
export function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) {
    const lower = text.toLowerCase();
    if (!UMLAUT_DIGRAPH.test(lower)) return lower;
  }
  let out = '';
  for (const codePoint of text) {
    for (const char of foldCodePoint(codePoint)) {
      if (char === 'e' && isUmlautE(out.at(-2), out.at(-1))) continue;
      out += char;
    }
  }
  return out;
}

/** A word of a text with its original offsets. */
export interface WordSpan {
  /** The word as written. */
  word: string;
  /** Start offset in the text. */
  start: number;
  /** End offset in the text (exclusive). */
  end: number;
}

// Letters and digits make words; hyphens, apostrophes (`d'identité`), slashes and spaces split.
const WORD = /[\p{L}\p{N}]+/gu;

/** Splits a text into words (letters and digits), with their offsets. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Splits a text into words (letters and digits). */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Stop words of German, English and French, folded. Kept short on purpose: words that carry
 * meaning in a service name (`ab`, `an`, `aus`, `um` as verb particles) are left out.
 */
const STOP_WORDS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder fur von vom zu zum zur ' +
    'im in ist mit bei beim als auch auf wie was wo wer wann sich sie er es ich wir ihr man ' +
    'mein meine meinen meiner meinem dein deine sein seine ihre ihren nicht kein keine ' +
    'brauche brauch mocht mochte will wollen muss mussen kann konnen bitte ' +
    'the a an of for and or to my i how what where do does is in on with ' +
    'le la les un une des du de d l et ou pour au aux en mon ma mes je comment'
  ).split(' '),
);

/** Whether a folded word is a stop word (in German, English or French). */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/**
 * Strong verbs and a few derivations no suffix rule can join, folded and stemmed, mapped onto
 * the stem of the noun citizens meet in service names.
 */
const IRREGULAR_STEMS: Record<string, string> = {
  umzieh: 'umzug',
  umgezog: 'umzug',
  beantrag: 'antrag',
  verlor: 'verlust',
  verlier: 'verlust',
  gebor: 'geburt',
  gestorb: 'sterb',
  verstorb: 'sterb',
  verheirat: 'heirat',
  geschied: 'scheid',
  gefund: 'fund',
  beiss: 'biss',
  beisst: 'biss',
  gebiss: 'biss',
  gestohl: 'diebstahl',
  stehl: 'diebstahl',
};

// Letters after which a final -s is an ending and not part of the word (Snowball's rule).
const S_ENDING_LETTERS = new Set('bdfghklmnrt');

const DIGIT = /[0-9]/;

/** Whether a word contains a digit (such words are neither stemmed nor split). */
export function hasDigit(word: string): boolean {
  // A regular expression, not a loop: it runs as native code even in a cold engine, and the
  // index build asks this of every word and every part of a compound.
  return DIGIT.test(word);
}

/**
 * A light German stemmer on a folded word, after Snowball's German stemmer, cut down: it joins
 * the forms citizens type (`anmelden`, `Anmeldung`, `Anmeldungen` → `anmeld`; `Kinder` →
 * `kind`; `Steuern` → `steur`) without the long tail of rules a search of service names never
 * needs. Participles (`angemeldet`) are resolved at query time against the index's vocabulary.
 * It runs for every part of every compound while the index is built, hence no regular
 * expressions.
 */
export function stem(folded: string): string {
  const regular = regularStem(folded);
  return IRREGULAR_STEMS[regular] ?? regular;
}

/**
 * The stems a catalogue word is indexed under: its stem, and, where a strong verb maps it onto
 * a noun (`beantragen` → `antrag`), the regular one too, so typing `beantr…` still finds it.
 */
export function indexStems(folded: string): string[] {
  const regular = regularStem(folded);
  const irregular = IRREGULAR_STEMS[regular];
  return irregular === undefined ? [regular] : [irregular, regular];
}

/** The stem by the suffix rules alone, before strong verbs are mapped onto nouns. */
function regularStem(folded: string): string {
  const length = folded.length;
  if (length <= 3 || hasDigit(folded)) return folded;
  const last = folded[length - 1];
  const secondLast = folded[length - 2]!;
  let cut = 0;
  // English verb forms, for the English keywords and names (`registering` → `register`);
  // German words rarely end so, and the length limits keep `Ring` and `gering` whole.
  if (length >= 8 && folded.endsWith('ing')) return regularStem(folded.slice(0, -3));
  if (length >= 7 && folded.endsWith('ed')) return regularStem(folded.slice(0, -2));
  // Step 1: inflection endings, leaving at least three letters.
  if (folded.endsWith('ern') && length > 5) cut = 3;
  else if (last === 'm' || last === 'r' || last === 'n' || last === 's') {
    if (secondLast === 'e' && length > 4) cut = 2;
    // A final -n after r or l is an infinitive whose `e` the folding ate (`steuern` → `steurn`).
    else if (last === 'n' && (secondLast === 'r' || secondLast === 'l')) cut = 1;
    else if (last === 's' && S_ENDING_LETTERS.has(secondLast)) cut = 1;
  } else if (last === 'e') cut = 1;
  let word = cut > 0 ? folded.slice(0, length - cut) : folded;
  if (word.endsWith('niss')) word = word.slice(0, -1);
  // Step 2: derivational endings that make nouns of verbs and adjectives.
  if (word.length > 5 && word.endsWith('ung')) {
    word = word.slice(0, -3);
    // `Förderung` / `fördern`, `Änderung` / `ändern`: the verb's -er- belongs to the ending.
    if (word.length > 4 && word.endsWith('er')) word = word.slice(0, -2);
  } else if (word.length > 6 && (word.endsWith('heit') || word.endsWith('keit'))) {
    word = word.slice(0, -4);
  }
  return word;
}

/**
 * Separable verb particles (`ab` in `melde … ab`, `an` in `an-ge-meldet`), folded. Only the
 * unambiguous ones: `zu` and `mit` are far more often prepositions.
 */
export const SEPARABLE_PARTICLES = new Set([
  'ab',
  'an',
  'auf',
  'aus',
  'ein',
  'um',
  'weg',
  'zuruck',
  'vor',
  'nach',
  'fest',
]);

// Separable verb particles that take the participle's `ge` after them (`an-ge-meldet`).
const PARTICIPLE =
  /^(ab|an|auf|aus|bei|ein|fest|frei|her|hin|mit|nach|um|vor|weg|zu|zuruck)?ge(.{3,}?)(et|t|en)$/;

/**
 * Other stems a query word may stand for, for when its own stem is not in the index: the
 * participle without `ge` (`angemeldet` → `anmeld`, `beantragt` → `beantrag` → `antrag`).
 * Only tried against the index's vocabulary, so a noun like `Gericht` never loses its `ge`.
 */
export function alternativeStems(folded: string): string[] {
  const out: string[] = [];
  const participle = PARTICIPLE.exec(folded);
  if (participle) out.push(stem((participle[1] ?? '') + participle[2]!));
  if (folded.endsWith('et') && folded.length > 5) out.push(stem(folded.slice(0, -2)));
  if (folded.endsWith('t') && folded.length > 4) out.push(stem(folded.slice(0, -1)));
  return out;
}
