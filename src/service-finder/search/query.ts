/**
 * Turns what a citizen typed into one MiniSearch query per word: the word's stem and folded
 * form, a prefix search on the word still being typed, typo tolerance on longer words, and,
 * for words the index does not know, participles without `ge` and compound splits.
 */
import type { Query } from 'minisearch';
import type { TermAnalyzer } from './analyzer.js';
import { alternativeStems, fold, isStopWord, splitWords, stem } from './german.js';

/** The query for one word of the citizen's input. */
export interface WordQuery {
  /** The word as typed. */
  word: string;
  /** The MiniSearch query that finds it. */
  query: Query;
  /** Adds to the score but does not count as a matched word (a stop word still being typed). */
  optional: boolean;
}

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
  const words = splitWords(input);
  // The last word is still being typed unless the input ends with a space or punctuation.
  const typing = words.length > 0 && /[\p{L}\p{N}]$/u.test(input);
  const queries: WordQuery[] = [];
  words.forEach((word, i) => {
    const folded = fold(word);
    const isTyped = typing && i === words.length - 1;
    if (isStopWord(folded)) {
      if (isTyped && folded.length >= MIN_PREFIX) {
        queries.push({ word, query: { queries: [folded], prefix: true }, optional: true });
      }
      return;
    }
    if (folded.length < MIN_PREFIX) return;
    queries.push({ word, query: wordQuery(folded, isTyped, analyzer), optional: false });
  });
  return queries;
}

function wordQuery(folded: string, isTyped: boolean, analyzer: TermAnalyzer): Query {
  const known = (term: string) => analyzer.indexTerms.has(term);
  const stemmed = stem(folded);
  const alternatives: Query[] = [
    {
      queries: [folded],
      prefix: isTyped,
      fuzzy: typoTolerance(folded),
    },
  ];
  if (stemmed !== folded) alternatives.push(stemmed);
  if (!known(folded) && !known(stemmed)) {
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
