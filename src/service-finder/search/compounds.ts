/**
 * Splits German compound words against a vocabulary taken from the catalogue itself, so that
 * `genehmigung` finds `Baugenehmigung` and `steuer` finds `Hundesteuer` without shipping a
 * dictionary: a part counts when the catalogue also uses it as a word of its own.
 */
import { hasDigit, stem } from './german.js';

/** The parts of a compound word, folded. */
export interface CompoundParts {
  /** Last parts: what the compound is (`Hunde|steuer` is a `Steuer`). */
  heads: string[];
  /** Earlier parts: what kind it is (`Hunde|steuer` is about a `Hund`). */
  modifiers: string[];
}

// A compound's head (its last part) carries the meaning citizens search for; shorter heads
// than this are mostly noise (`amt`, `art`), while modifiers such as `bau`, `kfz` still count.
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
// Words shorter than this are too short to be two parts of useful length.
const MIN_COMPOUND = MIN_HEAD + MIN_MODIFIER;
// A first part the catalogue does not know still leaves a head from this length on (shorter
// ones make junk such as `gew|erbe`).
const MIN_UNKNOWN_MODIFIER = 5;
// Compounds of more than four parts are rare; the limit keeps a long word cheap to split.
const MAX_DEPTH = 3;
// Letters German puts between the parts of a compound (`Wohnung|s|steuer`, `Hund|e|steuer`).
const LINKING_ELEMENTS = ['s', 'es', 'e', 'n', 'en', 'er'];
const LINKING_ENDS = new Set(LINKING_ELEMENTS.map((linking) => linking[linking.length - 1]!));

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
   * The parts of a folded compound, folded, not stemmed, as far as the catalogue knows them:
   * heads (what the compound is: `zweitwohnungsteur` is a `steur`) and modifiers (what kind:
   * `zweitwohnung`, `zweit`, `wohnung`). A split counts only when both sides are words of the
   * catalogue (or the right side splits again), so `gew|erbe` or `grun|dsteuer` never do.
   */
  parts(folded: string): CompoundParts {
    const heads = new Set<string>();
    const modifiers = new Set<string>();
    if (!this.collectSplits(folded, heads, modifiers, 0)) {
      const head = this.longestKnownHead(folded);
      if (head !== undefined) heads.add(head);
    }
    for (const head of heads) modifiers.delete(head);
    return { heads: [...heads], modifiers: [...modifiers] };
  }

  /** Collects the parts of every valid split of `folded`; whether there was one. */
  private collectSplits(
    folded: string,
    heads: Set<string>,
    modifiers: Set<string>,
    depth: number,
  ): boolean {
    if (folded.length < MIN_COMPOUND || depth > MAX_DEPTH || hasDigit(folded)) return false;
    const wordStem = stem(folded);
    let found = false;
    for (let cut = MIN_MODIFIER; cut <= folded.length - MIN_HEAD; cut++) {
      const modifier = this.modifierForm(folded.slice(0, cut));
      if (modifier === undefined) continue;
      const head = folded.slice(cut);
      const isHead = this.isHead(head, wordStem.slice(cut));
      // The right side may be a compound itself: `zweit|wohnungsteuer`, and a head's own head
      // is a head too (`landes|blindengeld` is a `geld`).
      const splits = this.collectSplits(head, heads, modifiers, depth + 1);
      if (isHead || splits) {
        if (isHead) heads.add(head);
        modifiers.add(modifier);
        // The parts of a modifier are modifiers too (`zweitwohnung` → `zweit`, `wohnung`).
        this.collectSplits(modifier, modifiers, modifiers, depth + 1);
        found = true;
      }
    }
    return found;
  }

  /**
   * For a compound whose first part the catalogue does not know (`wohnungsgeber|bestätigung`):
   * its longest known head after a long enough first part. Only the longest: shorter ones are
   * mostly accidents (`bestä|tigung`).
   */
  private longestKnownHead(folded: string): string | undefined {
    if (folded.length < MIN_UNKNOWN_MODIFIER + MIN_HEAD || hasDigit(folded)) return undefined;
    const wordStem = stem(folded);
    for (let cut = MIN_UNKNOWN_MODIFIER; cut <= folded.length - MIN_HEAD; cut++) {
      const head = folded.slice(cut);
      if (this.isHead(head, wordStem.slice(cut))) return head;
    }
    return undefined;
  }

  /**
   * Whether the right part of a word is a catalogue word. Its stem is the word's stem cut at
   * the same place (the ending is the word's), so the stemmer runs once per word, not per cut.
   */
  private isHead(head: string, headStem: string): boolean {
    return this.words.has(head) || (headStem.length >= MIN_MODIFIER && this.stems.has(headStem));
  }

  /**
   * The catalogue word a compound's left part stands for, without a linking element
   * (`wohnungs` → `wohnung`, `hunde` → `hund`), or undefined. Three-letter parts must be
   * words of their own (`bau`, `kfz`), not just the stem of one.
   */
  private modifierForm(left: string): string | undefined {
    if (this.isKnownForm(left)) return left;
    // Most left parts end in a letter no linking element ends in: no need to try them in turn.
    if (!LINKING_ENDS.has(left[left.length - 1]!)) return undefined;
    for (const linking of LINKING_ELEMENTS) {
      if (left.endsWith(linking)) {
        const bare = left.slice(0, -linking.length);
        if (this.isKnownForm(bare)) return bare;
      }
    }
    return undefined;
  }

  private isKnownForm(folded: string): boolean {
    return this.words.has(folded) || (folded.length > MIN_MODIFIER && this.stems.has(folded));
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
