/**
 * Turns what a citizen typed into one MiniSearch query per word: the word's stem and folded
 * form, a prefix search on the word still being typed, typo tolerance on longer words, and,
 * for words the index does not know, participles without `ge` and compound splits.
 */
import type { Query } from 'minisearch';
import type { TermAnalyzer } from './analyzer.js';
import {
  SEPARABLE_PARTICLES,
  alternativeStems,
  fold,
  indexStems,
  isStopWord,
  splitWords,
  stem,
} from './german.js';

/** The query for one word of the citizen's input. */
export interface WordQuery {
  /** The word as typed. */
  word: string;
  /** The MiniSearch query that finds it. */
  query: Query;
  /** Adds to the score but does not count as a matched word (a stop word still being typed). */
  optional: boolean;
  /** Its stem. */
  stem: string;
  /** Its folded form. */
  folded: string;
  /** Whether it is still being typed. */
  typed: boolean;
}

/** Most words of one query that are searched: a pasted paragraph must not stall typing. */
const MAX_WORDS = 12;

/** Shortest word (folded) still being typed that gets a prefix search. */
const MIN_PREFIX = 2;

/** Edit distance tolerated for a folded word: none for short words, where typos make others. */
export function typoTolerance(folded: string): number {
  if (folded.length >= 9) return 2;
  if (folded.length >= 5) return 1;
  return 0;
}

/** Builds one query per meaningful word of the input; empty when nothing is left to search. */
export function buildWordQueries(input: string, analyzer: TermAnalyzer): WordQuery[] {
  const split = splitWords(input);
  const words = joinSeparableVerb(split, analyzer);
  // The last word is still being typed unless the input ends with a space or punctuation, or
  // it was a verb particle that went back to its verb.
  const typing = words.length === split.length && words.length > 0 && /[\p{L}\p{N}]$/u.test(input);
  const queries: WordQuery[] = [];
  words.forEach((word, i) => {
    const folded = fold(word);
    const isTyped = typing && i === words.length - 1;
    if (isStopWord(folded)) {
      if (isTyped && folded.length >= MIN_PREFIX) {
        queries.push({
          word,
          query: { queries: [folded], prefix: true },
          optional: true,
          stem: folded,
          folded,
          typed: true,
        });
      }
      return;
    }
    if (folded.length < MIN_PREFIX || queries.length >= MAX_WORDS) return;
    queries.push({
      word,
      query: wordQuery(folded, isTyped, analyzer),
      optional: false,
      stem: stem(folded),
      folded,
      typed: isTyped,
    });
  });
  return queries;
}

// Weight of a prefix match against an exact one, while a word is being typed; lower when what
// was typed is already a word of the catalogue (`steuer` rather than `steurnummer`), so its
// continuations come after it instead of piling up above it.
const PREFIX_WEIGHT = 0.6;
const COMPLETE_WORD_PREFIX_WEIGHT = 0.2;
const FUZZY_WEIGHT = 0.4;
// The start of an ending the stemmer would remove once typed in full (`anmeldu|ng`).
const PARTIAL_ENDING = /(?:u|un|ung|unge)$/;

/**
 * Puts a separable verb back together (`wo melde ich mein Auto ab` → `abmelde … Auto`): a
 * particle at the end joins the nearest word before it when the index knows the result.
 */
export function joinSeparableVerb(words: string[], analyzer: TermAnalyzer): string[] {
  const particle = words.at(-1);
  if (words.length < 2 || !SEPARABLE_PARTICLES.has(fold(particle!))) return words;
  for (let i = words.length - 2; i >= 0; i--) {
    const joined = particle! + words[i]!;
    if (analyzer.indexTerms.has(stem(fold(joined)))) {
      return [...words.slice(0, i), joined, ...words.slice(i + 1, -1)];
    }
  }
  return words;
}

function wordQuery(folded: string, isTyped: boolean, analyzer: TermAnalyzer): Query {
  const known = (term: string) => analyzer.indexTerms.has(term);
  const stemmed = stem(folded);
  const alternatives: Query[] = [];
  if (isTyped) {
    const weights = {
      prefix: known(stemmed) ? COMPLETE_WORD_PREFIX_WEIGHT : PREFIX_WEIGHT,
      fuzzy: FUZZY_WEIGHT,
    };
    // The index holds stems only: `anmeldu` is a prefix of no stem, `anmeld` is.
    const partial = folded.replace(PARTIAL_ENDING, '');
    const prefixes = new Set([stemmed, folded]);
    if (partial !== folded && partial.length >= 4) prefixes.add(stem(partial));
    for (const prefix of prefixes) alternatives.push({ queries: [prefix], prefix: true, weights });
  } else {
    alternatives.push(stemmed);
  }
  const typos = typoQuery(folded, analyzer);
  if (typos) alternatives.push(typos);
  if (!known(stemmed)) {
    for (const alternative of alternativeStems(folded)) {
      if (known(alternative)) alternatives.push(alternative);
    }
    const knownForm = (part: string) => (known(part) ? part : known(stem(part)) ? stem(part) : '');
    const split = analyzer.decompounder.split(folded, (part) => knownForm(part) !== '');
    if (split) {
      alternatives.push({ combineWith: 'AND', queries: split.map(knownForm) });
    }
  }
  return { combineWith: 'OR', queries: alternatives };
}

/**
 * The stems of the catalogue words a few edits away from a longer word, each weighted down by
 * its distance as MiniSearch weighs its own fuzzy matches; undefined when there are none.
 */
function typoQuery(folded: string, analyzer: TermAnalyzer): Query | undefined {
  const tolerance = typoTolerance(folded);
  if (tolerance === 0) return undefined;
  const weights = new Map<string, number>();
  for (const [word, distance] of analyzer.nearWords(folded, tolerance)) {
    if (distance === 0) continue;
    const weight = (FUZZY_WEIGHT * word.length) / (word.length + distance);
    for (const term of indexStems(word)) {
      weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    }
  }
  if (weights.size === 0) return undefined;
  return {
    combineWith: 'OR',
    queries: [...weights.keys()],
    boostTerm: (term: string) => weights.get(term) ?? 0,
  };
}
