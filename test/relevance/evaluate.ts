/** Scores a search engine against the relevance table: share of queries with a hit in the top 3. */
import type { Locale } from '../../src/api/schemas/index.js';
import type { RelevanceCase } from './queries.js';

/** A search as the evaluation sees it: ids of the best services for a query, best first. */
export type TopIds = (query: string, locale: Locale) => string[];

/** A query whose expected services were not in the top 3. */
export interface RelevanceMiss {
  /** The case that missed. */
  case: RelevanceCase;
  /** What came back instead. */
  got: string[];
}

/** The outcome of a relevance run. */
export interface RelevanceReport {
  /** Queries with an expected service among the first `depth` results. */
  hits: number;
  /** Queries run. */
  total: number;
  /** `hits / total`. */
  share: number;
  /** Every query that missed. */
  misses: RelevanceMiss[];
}

/** How deep an expected service may sit. */
export const TOP = 3;

/** Runs every case through `search` and counts the ones with an expected id in the top 3. */
export function evaluate(cases: readonly RelevanceCase[], search: TopIds): RelevanceReport {
  const misses: RelevanceMiss[] = [];
  for (const relevanceCase of cases) {
    const got = search(relevanceCase.query, relevanceCase.locale ?? 'de').slice(0, TOP);
    if (!relevanceCase.expected.some((id) => got.includes(id))) {
      misses.push({ case: relevanceCase, got });
    }
  }
  const total = cases.length;
  const hits = total - misses.length;
  return { hits, total, share: total === 0 ? 0 : hits / total, misses };
}

/** One line per miss, for the test output and the benchmark. */
export function describeMiss({ case: relevanceCase, got }: RelevanceMiss): string {
  const where =
    relevanceCase.locale && relevanceCase.locale !== 'de' ? ` [${relevanceCase.locale}]` : '';
  return `"${relevanceCase.query}"${where} (${relevanceCase.kind}): expected ${relevanceCase.expected.join(' | ')}, got ${got.join(', ') || 'nothing'}`;
}
