/**
 * "Did you mean …?" for a search that found nothing: each unknown word is replaced by the
 * nearest word of the catalogue, as the catalogue writes it.
 */
import { fold, isStopWord, stem, wordSpans } from './german.js';
import type { ServiceSearchIndex } from './service-index.js';

/**
 * A corrected query that finds something, or undefined. Words the index knows are kept; each
 * other word becomes the catalogue's nearest word (fewest edits, then most frequent).
 */
export function suggestQuery(index: ServiceSearchIndex, query: string): string | undefined {
  const { indexTerms, words } = index.analyzer;
  let suggestion = '';
  let position = 0;
  let changed = false;
  for (const span of wordSpans(query)) {
    const folded = fold(span.word);
    suggestion += query.slice(position, span.start);
    position = span.end;
    const known = indexTerms.has(folded) || indexTerms.has(stem(folded));
    const replacement =
      known || isStopWord(folded) || folded.length < 3 ? undefined : nearestWord(folded, words);
    changed ||= replacement !== undefined;
    suggestion += replacement ?? span.word;
  }
  suggestion += query.slice(position);
  if (!changed || index.search(suggestion, { limit: 1 }).length === 0) return undefined;
  return suggestion;
}

function nearestWord(
  folded: string,
  words: ReadonlyMap<string, { word: string; count: number }>,
): string | undefined {
  // Allow one edit more than the search itself tolerates: the search already tried those.
  const maxDistance = folded.length >= 8 ? 3 : folded.length >= 5 ? 2 : 1;
  let best: { word: string; count: number; distance: number } | undefined;
  for (const [candidate, { word, count }] of words) {
    if (Math.abs(candidate.length - folded.length) > maxDistance) continue;
    const distance = editDistance(folded, candidate, maxDistance);
    if (distance > maxDistance) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { word, count, distance };
    }
  }
  return best?.word;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours, the commonest
 * typo), giving up with `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
