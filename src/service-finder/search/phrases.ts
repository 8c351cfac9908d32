/**
 * How well a query matches a service's own phrases: its names (in every language) and its
 * keywords. A query that is one of them, or all of whose words a short name holds, says more
 * than the same words scattered over a long keyword list.
 */
import type { TermAnalyzer } from './analyzer.js';

/** The words of a query as the phrase matcher sees them. */
export interface QueryWords {
  /** Stems of the finished words. */
  stems: readonly string[];
  /** The word still being typed: its stem, or (folded) a prefix; absent after a space. */
  typed?: { stem: string; prefix: string };
}

/** A name or keyword of a service, as words. */
export interface PhraseSource {
  /** Its words. */
  words: string[];
  /** Whether it is German (only German words are split into compound parts). */
  german: boolean;
}

interface Phrase {
  /**
   * Stems of its words (credit 1) and of their compound heads (`Hundesteuer` holds `steu`, for
   * half a word: the word itself is the better match).
   */
  terms: Map<string, number>;
  /** How many distinct words it has. */
  size: number;
}

const HEAD_CREDIT = 0.5;

/** Keeps the phrases of every service and scores queries against them. */
export class PhraseMatcher {
  private readonly phrases = new Map<string, Phrase[]>();

  constructor(private readonly analyzer: TermAnalyzer) {}

  /** Records the phrases of a service. */
  add(id: string, phrases: readonly PhraseSource[]): void {
    const list: Phrase[] = [];
    for (const { words, german } of phrases) {
      const terms = new Map<string, number>();
      let size = 0;
      for (const word of words) {
        const stems = this.analyzer.stems(word);
        if (stems.length === 0) continue;
        size += 1;
        const heads = german ? this.analyzer.heads(word) : [];
        for (const term of heads) if (!terms.has(term)) terms.set(term, HEAD_CREDIT);
        for (const term of stems) terms.set(term, 1);
      }
      if (size > 0) list.push({ terms, size });
    }
    this.phrases.set(id, list);
  }

  /**
   * The share of the best phrase of a service that the query covers, when the query's words
   * are all in it: 1 for a query that is a name or keyword, ½ for one word of a two-word name
   * (¼ if that word is only the head of a compound there), 0 when no phrase holds all of it.
   */
  match(id: string, query: QueryWords): number {
    const { typed } = query;
    const count = query.stems.length + (typed === undefined ? 0 : 1);
    if (count === 0) return 0;
    let best = 0;
    for (const phrase of this.phrases.get(id) ?? []) {
      if (phrase.size < count || count / phrase.size <= best) continue;
      let credit = 0;
      for (const term of query.stems) credit += phrase.terms.get(term) ?? Number.NEGATIVE_INFINITY;
      if (typed) {
        credit +=
          phrase.terms.get(typed.stem) ??
          (hasPrefix(phrase.terms, typed.prefix) ? 1 : Number.NEGATIVE_INFINITY);
      }
      best = Math.max(best, credit / phrase.size);
    }
    return best;
  }
}

function hasPrefix(terms: Map<string, number>, prefix: string): boolean {
  for (const term of terms.keys()) if (term.startsWith(prefix)) return true;
  return false;
}
