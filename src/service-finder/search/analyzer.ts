/**
 * Turns the words of the catalogue into index terms: stems for the word fields, and the stems
 * of compound parts (heads and modifiers apart) for the parts fields. Only stems are indexed:
 * one term per word keeps the index small and a prefix from counting a word twice; the query
 * side makes up for it (query.ts). Results are cached per word: a catalogue repeats its words.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { Decompounder } from './compounds.js';
import { fold, indexStems, isStopWord, stem } from './german.js';

interface WordTerms {
  folded: string;
  stems: string[];
  /** Computed on first use: only German words are split, and splitting is the costly part. */
  parts?: { heads: string[]; modifiers: string[] };
}

const NO_PARTS = { heads: [], modifiers: [] };

/** Analyses catalogue words into index terms, with a vocabulary learnt from the catalogue. */
export class TermAnalyzer {
  /** The compound splitter, fed with every standalone word of the catalogue. */
  readonly decompounder = new Decompounder();
  /** Every term the index holds, to check query words against. */
  readonly indexTerms = new Set<string>();
  /** The catalogue's words by folded form: as first written, and how often they occur. */
  readonly words = new Map<string, { word: string; count: number }>();
  private readonly foldCache = new Map<string, string>();
  private wordsTree: SearchableMap<true> | undefined;
  private readonly termCache = new Map<string, WordTerms>();

  /** Learns words of the catalogue for the decompounder (first pass over the catalogue). */
  learn(words: readonly string[]): void {
    for (const word of words) {
      const folded = this.fold(word);
      if (isStopWord(folded)) continue;
      this.decompounder.addWord(folded);
      const known = this.words.get(folded);
      if (known) known.count += 1;
      else this.words.set(folded, { word, count: 1 });
      this.wordsTree = undefined;
    }
  }

  /**
   * Catalogue words (folded) within `maxDistance` edits of a folded query word, with their
   * distance. Typos are matched against words, not stems: the stemmer cannot be trusted with a
   * misspelt ending (`einbürgerrung` keeps an `-er` that `einbürgerung` loses).
   */
  nearWords(folded: string, maxDistance: number): Array<[word: string, distance: number]> {
    return [...this.wordTree().fuzzyGet(folded, maxDistance)].map(([word, [, distance]]) => [
      word,
      distance,
    ]);
  }

  /** The catalogue's words in a radix tree, for typo look-ups; built once after learning. */
  wordTree(): SearchableMap<true> {
    for (const _step of this.buildWordTree()); // runs the steps to the end
    return this.wordsTree!;
  }

  /** Builds the word tree a step at a time (`stepSize` words), for a build that yields. */
  *buildWordTree(stepSize = Infinity): Generator<void> {
    if (this.wordsTree) return;
    const tree = new SearchableMap<true>();
    let count = 0;
    for (const word of this.words.keys()) {
      tree.set(word, true);
      if (++count % stepSize === 0) {
        yield;
        // Built meanwhile by a look-up that could not wait.
        if (this.wordsTree) return;
      }
    }
    this.wordsTree = tree;
  }

  /** Distinct terms of words, and those that only compound parts bring (for `stats`). */
  termCounts(): { words: number; partsOnly: number } {
    const words = new Set<string>();
    const parts = new Set<string>();
    for (const terms of this.termCache.values()) {
      for (const term of terms.stems) words.add(term);
      for (const term of terms.parts?.heads ?? []) parts.add(term);
      for (const term of terms.parts?.modifiers ?? []) parts.add(term);
    }
    for (const term of words) parts.delete(term);
    return { words: words.size, partsOnly: parts.size };
  }

  /** The index terms of a word: its stems (none for stop words and single letters). */
  stems(word: string): string[] {
    return this.analyse(word).stems;
  }

  /**
   * A key for a phrase that ignores word order, inflection and stop words: `Hund anmelden` and
   * `Anmeldung Hund` both give `anmeld hund`.
   */
  phraseKey(words: readonly string[]): string {
    const stems = new Set<string>();
    for (const word of words) {
      // Read the cache but never fill it: a query's words must not enter the vocabulary.
      const cached = this.termCache.get(word);
      const folded = cached === undefined ? fold(word) : '';
      const first = cached
        ? cached.stems[0]
        : folded.length < 2 || isStopWord(folded)
          ? undefined
          : stem(folded);
      if (first !== undefined && first.length > 0) stems.add(first);
    }
    return [...stems].sort().join(' ');
  }

  /** The stems of a compound's heads (`Hundesteuer` → `steu`). */
  heads(word: string): string[] {
    return this.partsOf(word).heads;
  }

  /** The stems of a compound's modifiers (`Hundesteuer` → `hund`). */
  modifiers(word: string): string[] {
    return this.partsOf(word).modifiers;
  }

  private partsOf(word: string): { heads: string[]; modifiers: string[] } {
    const terms = this.analyse(word);
    if (terms.parts === undefined) {
      if (terms.stems.length === 0) {
        terms.parts = NO_PARTS;
      } else {
        const parts = this.decompounder.parts(terms.folded);
        const heads = stemsOf(parts.heads, terms.stems);
        const modifiers = stemsOf(parts.modifiers, [...terms.stems, ...heads]);
        for (const term of heads) this.indexTerms.add(term);
        for (const term of modifiers) this.indexTerms.add(term);
        terms.parts = { heads, modifiers };
      }
    }
    return terms.parts;
  }

  private fold(word: string): string {
    let folded = this.foldCache.get(word);
    if (folded === undefined) this.foldCache.set(word, (folded = fold(word)));
    return folded;
  }

  private analyse(word: string): WordTerms {
    let terms = this.termCache.get(word);
    if (terms === undefined) {
      const folded = this.fold(word);
      const stems = folded.length < 2 || isStopWord(folded) ? [] : indexStems(folded);
      for (const term of stems) this.indexTerms.add(term);
      terms = { folded, stems };
      this.termCache.set(word, terms);
    }
    return terms;
  }
}

/** The distinct stems of some parts, leaving out those already indexed otherwise. */
function stemsOf(parts: readonly string[], taken: readonly string[]): string[] {
  const stems = new Set(parts.flatMap(indexStems));
  for (const term of taken) stems.delete(term);
  return [...stems];
}
