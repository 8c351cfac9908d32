/**
 * Splits German compound words against a vocabulary taken from the catalogue itself, so that
 * `genehmigung` finds `Baugenehmigung` and `steuer` finds `Hundesteuer` without shipping a
 * dictionary: a part counts when the catalogue also uses it as a word of its own.
 */
import { stem } from './german.js';

// A compound's head (its last part) carries the meaning citizens search for; shorter heads
// than this are mostly noise (`amt`, `art`), while modifiers such as `bau`, `kfz` still count.
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
// Words shorter than this are too short to be two parts of useful length.
const MIN_COMPOUND = MIN_HEAD + MIN_MODIFIER;

/** Splits folded words into parts that the catalogue also uses as words of their own. */
export class Decompounder {
  private readonly words = new Set<string>();
  private readonly stems = new Set<string>();

  /** Learns the folded standalone words of the catalogue (stop words already removed). */
  addWord(folded: string): void {
    if (folded.length < MIN_MODIFIER || this.words.has(folded)) return;
    this.words.add(folded);
    this.stems.add(stem(folded));
  }

  /** Whether a folded string is a catalogue word, in any inflected form. */
  isWord(folded: string): boolean {
    return this.words.has(folded) || this.stems.has(stem(folded));
  }

  /**
   * The parts of a folded compound (heads and modifiers), folded, not stemmed: for
   * `zweitwohnungsteur` that is `steur`, `zweitwohnung`, `wohnung`, `zweit` as far as the
   * catalogue knows them. Not the word itself.
   */
  parts(folded: string, depth = 0): string[] {
    if (folded.length < MIN_COMPOUND || /\d/.test(folded)) return [];
    const found = new Set<string>();
    // A head's stem is the word's stem cut at the same place (the ending is the word's), so
    // the stemmer runs once per word instead of once per cut: indexing time matters.
    const wordStem = stem(folded);
    for (let cut = MIN_MODIFIER; cut <= folded.length - MIN_HEAD; cut++) {
      const head = folded.slice(cut);
      const headStem = wordStem.slice(cut);
      if (this.words.has(head) || (headStem.length >= MIN_MODIFIER && this.stems.has(headStem))) {
        found.add(head);
      }
      // Modifiers are prefixes, inflected or not (`hunde|steuer` starts with `hund` too).
      const modifier = folded.slice(0, cut);
      if (this.isKnownForm(modifier)) found.add(modifier);
      // A linking -s- (`wohnungs|steuer`) is no part of the modifier.
      else if (modifier.endsWith('s') && this.isKnownForm(modifier.slice(0, -1))) {
        found.add(modifier.slice(0, -1));
      }
    }
    if (depth === 0) {
      // One level down finds middle parts: `zweitwohnung` → `wohnung`.
      for (const part of [...found]) for (const inner of this.parts(part, 1)) found.add(inner);
    }
    found.delete(folded);
    return [...found];
  }

  private isKnownForm(folded: string): boolean {
    return folded.length >= MIN_MODIFIER && (this.words.has(folded) || this.stems.has(folded));
  }

  /**
   * Splits a folded query word that the index does not know into two parts it does know
   * (`hundeanmeldung` → `hunde` + `anmeldung`), preferring the longest head; or undefined.
   */
  split(folded: string, isKnown: (folded: string) => boolean): [string, string] | undefined {
    for (let cut = MIN_MODIFIER; cut <= folded.length - MIN_HEAD; cut++) {
      const modifier = folded.slice(0, cut);
      const head = folded.slice(cut);
      if (!isKnown(head)) continue;
      if (isKnown(modifier)) return [modifier, head];
      if (modifier.endsWith('s') && isKnown(modifier.slice(0, -1))) {
        return [modifier.slice(0, -1), head];
      }
    }
    return undefined;
  }
}
