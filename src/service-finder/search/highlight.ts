/**
 * Splits a text into plain and matched segments for a template to render with `<mark>`:
 * no HTML strings, so nothing from the wire is ever parsed as markup.
 */
import { foldWithOffsets, stem, wordSpans } from './german.js';

/** A piece of text, matched or not. */
export interface HighlightSegment {
  /** The text, exactly as in the original. */
  text: string;
  /** Whether it matched a search term. */
  match: boolean;
}

// Endings a stem may be followed by inside the same word (`anmeld` + `ung`, `hund` + `e`);
// the others only at the end of the word (`steuer` + `n`).
const INNER_ENDINGS = ['ung', 'e'];
const FINAL_ENDINGS = ['ungen', 'ung', 'ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'];
// Shorter terms would light up every other word (`an`, `ab`).
const MIN_INNER_TERM = 3;

/**
 * Splits `text` into segments, marking what `matchedTerms` (index terms from a `SearchHit`:
 * folded, stemmed, or compound parts) match, regardless of case, umlaut spelling (`ä`/`ae`)
 * or `ß`. Offsets are mapped back through the folding, so `Führerschein` matched by
 * `fuhrerschein` marks exactly `Führerschein`.
 */
export function splitForHighlight(
  text: string,
  matchedTerms: readonly string[],
): HighlightSegment[] {
  const terms = [...new Set(matchedTerms)].filter((term) => term.length > 0);
  const ranges: Array<[number, number]> = [];
  if (terms.length > 0) {
    for (const span of wordSpans(text)) {
      const folded = foldWithOffsets(span.word);
      for (const [start, end] of matchesInWord(folded.text, terms)) {
        ranges.push([span.start + folded.starts[start]!, span.start + folded.ends[end - 1]!]);
      }
    }
  }
  return toSegments(text, mergeRanges(ranges));
}

/** Folded ranges `[start, end)` of a folded word that the terms match. */
function matchesInWord(word: string, terms: readonly string[]): Array<[number, number]> {
  const wordStem = stem(word);
  if (terms.some((term) => term === word || term === wordStem)) return [[0, word.length]];
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (term.length < MIN_INNER_TERM) continue;
    for (let at = word.indexOf(term); at >= 0; at = word.indexOf(term, at + 1)) {
      ranges.push([at, at + term.length + endingLength(word, at + term.length)]);
    }
  }
  return ranges;
}

/** Length of the inflection ending that follows a matched stem at `from`, if any. */
function endingLength(word: string, from: number): number {
  const rest = word.slice(from);
  const final = FINAL_ENDINGS.find((ending) => rest === ending);
  if (final) return final.length;
  return INNER_ENDINGS.find((ending) => rest.startsWith(ending))?.length ?? 0;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function toSegments(text: string, ranges: Array<[number, number]>): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: false });
  return segments;
}
