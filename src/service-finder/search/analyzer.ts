/**
 * Turns the words of the catalogue into index terms: the folded word and its stem for the
 * word fields, and the parts of compounds (each folded and stemmed) for the parts fields.
 * Results are cached per word: a catalogue repeats its words a lot.
 */
import { Decompounder } from './compounds.js';
import { fold, isStopWord, stem } from './german.js';

/** Analyses catalogue words into index terms, with a vocabulary learnt from the catalogue. */
export class TermAnalyzer {
  /** The compound splitter, fed with every standalone word of the catalogue. */
  readonly decompounder = new Decompounder();
  /** Every term the index holds, to check query words against. */
  readonly indexTerms = new Set<string>();
  /** The catalogue's words by folded form: as first written, and how often they occur. */
  readonly words = new Map<string, { word: string; count: number }>();
  private readonly termCache = new Map<string, string[]>();
  private readonly partCache = new Map<string, string[]>();

  private readonly foldCache = new Map<string, string>();

  /** Learns words of the catalogue for the decompounder (first pass over the catalogue). */
  learn(words: readonly string[]): void {
    for (const word of words) {
      const folded = this.fold(word);
      if (isStopWord(folded)) continue;
      this.decompounder.addWord(folded);
      const known = this.words.get(folded);
      if (known) known.count += 1;
      else this.words.set(folded, { word, count: 1 });
    }
  }

  private fold(word: string): string {
    let folded = this.foldCache.get(word);
    if (folded === undefined) this.foldCache.set(word, (folded = fold(word)));
    return folded;
  }

  /** The index terms of a word: folded and stemmed (empty for stop words and single letters). */
  terms(word: string): string[] {
    let terms = this.termCache.get(word);
    if (terms === undefined) {
      const folded = this.fold(word);
      terms = folded.length < 2 || isStopWord(folded) ? [] : unique([folded, stem(folded)]);
      for (const term of terms) this.indexTerms.add(term);
      this.termCache.set(word, terms);
    }
    return terms;
  }

  /** The index terms of a word's compound parts, each folded and stemmed. */
  parts(word: string): string[] {
    let parts = this.partCache.get(word);
    if (parts === undefined) {
      const terms = this.terms(word);
      parts =
        terms.length === 0
          ? []
          : unique(this.decompounder.parts(terms[0]!).flatMap((part) => [part, stem(part)])).filter(
              (part) => !terms.includes(part),
            );
      for (const part of parts) this.indexTerms.add(part);
      this.partCache.set(word, parts);
    }
    return parts;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
