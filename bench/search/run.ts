/**
 * Benchmark of the service finder's search on the real catalogue (`npm run bench:search`):
 * catalogue payload, index build time, query latency over a typing workload and top-3
 * relevance, for our German-aware index, MiniSearch with default options and Fuse.js.
 */
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Locale, ServiceCatalogue, ServiceSummary } from '../../src/api/schemas/index.js';
import { ServiceSearchIndex } from '../../src/service-finder/search/index.js';
import { splitWords } from '../../src/service-finder/search/german.js';
import { compactCatalogue, loadCatalogue } from '../../test/relevance/catalogue.js';
import {
  describeMiss,
  evaluate,
  TOP,
  type RelevanceReport,
} from '../../test/relevance/evaluate.js';
import { RELEVANCE_CASES } from '../../test/relevance/queries.js';

const BUILD_RUNS = 7;
const QUERY_ROUNDS = 5;
const RANDOM_PREFIXES = 400;
const LIMIT = 10;

/** A search engine under test. */
interface Engine {
  name: string;
  build(catalogue: ServiceCatalogue, locale: Locale): Promise<(query: string) => string[]>;
}

/** The fields the two baselines see: German only, no folding, no stems. */
function plainDocument(service: ServiceSummary) {
  return {
    id: service.id,
    name: service.name.de,
    keywords: Object.values(service.keywords).flat().join(' '),
    summary: service.summary?.de ?? '',
  };
}

const engines: Engine[] = [
  {
    name: 'ServiceSearchIndex (ours)',
    async build(catalogue, locale) {
      const index = await ServiceSearchIndex.build(catalogue, locale);
      return (query) => index.search(query, { limit: LIMIT }).map((hit) => hit.service.id);
    },
  },
  {
    name: 'MiniSearch, default options',
    async build(catalogue) {
      const miniSearch = new MiniSearch({ fields: ['name', 'keywords', 'summary'] });
      miniSearch.addAll(catalogue.services.map(plainDocument));
      return (query) =>
        miniSearch
          .search(query)
          .slice(0, LIMIT)
          .map((result) => result.id as string);
    },
  },
  {
    name: 'Fuse.js, default options',
    async build(catalogue) {
      const fuse = new Fuse(catalogue.services.map(plainDocument), {
        keys: ['name', 'keywords', 'summary'],
      });
      return (query) => fuse.search(query, { limit: LIMIT }).map((result) => result.item.id);
    },
  },
];

/** A deterministic pseudo-random generator (mulberry32), so every run types the same prefixes. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The typing workload: every relevance query as typed keystroke by keystroke (from the second
 * character), plus prefixes of words of random service names ("Reisep", "Hundesteu").
 */
function workload(catalogue: ServiceCatalogue): string[] {
  const queries: string[] = [];
  for (const { query } of RELEVANCE_CASES) {
    for (let end = 2; end <= query.length; end++) queries.push(query.slice(0, end));
  }
  const next = random(20);
  for (let i = 0; i < RANDOM_PREFIXES; i++) {
    const service = catalogue.services[Math.floor(next() * catalogue.services.length)]!;
    const words = splitWords(service.name.de);
    const first = Math.floor(next() * words.length);
    const text = words.slice(first, first + 1 + Math.floor(next() * 2)).join(' ');
    queries.push(text.slice(0, 2 + Math.floor(next() * Math.max(1, text.length - 1))));
  }
  return queries;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

interface EngineResult {
  name: string;
  buildMs: number;
  buildMinMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  relevance: RelevanceReport;
}

async function measure(engine: Engine, catalogue: ServiceCatalogue, queries: string[]) {
  const builds: number[] = [];
  let search: ((query: string) => string[]) | undefined;
  for (let run = 0; run < BUILD_RUNS; run++) {
    const start = performance.now();
    search = await engine.build(catalogue, 'de');
    builds.push(performance.now() - start);
  }
  const searchDe = search!;
  for (const query of queries) searchDe(query); // warm-up round, not measured
  const samples: number[] = [];
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (const query of queries) {
      const start = performance.now();
      searchDe(query);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  // Each locale searches the catalogue its finder downloads (`GET /services?lang=`).
  const byLocale = new Map<Locale, (query: string) => string[]>([['de', searchDe]]);
  for (const locale of new Set(RELEVANCE_CASES.map((entry) => entry.locale ?? 'de'))) {
    if (!byLocale.has(locale)) {
      byLocale.set(locale, await engine.build(loadCatalogue(locale), locale));
    }
  }
  const relevance = evaluate(RELEVANCE_CASES, (query, locale) => byLocale.get(locale)!(query));
  return {
    name: engine.name,
    buildMs: median(builds),
    buildMinMs: Math.min(...builds),
    medianMs: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    maxMs: samples.at(-1)!,
    relevance,
  } satisfies EngineResult;
}

/** Minified + gzipped size of the search module with MiniSearch, as the finder's chunk holds it. */
async function bundleSize(): Promise<string> {
  try {
    // esbuild comes with the toolchain (tsx, the test runner's plugin); not a direct dependency.
    const esbuild = await import('esbuild');
    const size = async (contents: string) => {
      const result = await esbuild.build({
        stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
      });
      return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
    };
    const all = await size("export * from './src/service-finder/search/index.ts';");
    const miniSearch = await size("export { default } from 'minisearch';");
    return `${kB(all)} gzip (of which MiniSearch ${kB(miniSearch)})`;
  } catch (error) {
    return `not measured (${String(error)})`;
  }
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(3) : value.toFixed(1);
}

/**
 * The longest stretch the build runs without yielding (what a keystroke may wait for), and how
 * often it yields: a `scheduler.yield` stand-in that notes the time between calls.
 */
async function longestSlice(catalogue: ServiceCatalogue): Promise<{ max: number; yields: number }> {
  const global = globalThis as { scheduler?: unknown };
  const saved = global.scheduler;
  let last = performance.now();
  let max = 0;
  let yields = 0;
  global.scheduler = {
    yield: () => {
      max = Math.max(max, performance.now() - last);
      yields += 1;
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          last = performance.now();
          resolve();
        }),
      );
    },
  };
  try {
    last = performance.now();
    await ServiceSearchIndex.build(catalogue, 'de');
    max = Math.max(max, performance.now() - last);
  } finally {
    global.scheduler = saved;
  }
  return { max, yields };
}

/** Sizes of `GET /services?lang=` for each language: JSON, gzip -9 (as served), brotli -11. */
function payloads(): Array<{ locale: Locale; json: number; gzip: number; br: number }> {
  return (['de', 'en', 'fr', 'de-x-ls'] as const).map((locale) => {
    const body = Buffer.from(JSON.stringify(compactCatalogue(locale)), 'utf8');
    return {
      locale,
      json: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      br: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

async function main() {
  const sizes = payloads();
  const catalogue = loadCatalogue('de');
  const queries = workload(catalogue);

  console.log(
    `Catalogue: ${catalogue.services.length} services, ${catalogue.lifeSituations.length} life situations`,
  );
  for (const size of sizes) {
    console.log(
      `Payload GET /services?lang=${size.locale}: ${kB(size.json)} JSON, ${kB(size.gzip)} gzip -9, ${kB(size.br)} brotli -11`,
    );
  }
  console.log(
    `Workload: ${queries.length} queries (${RELEVANCE_CASES.length} relevance queries typed keystroke by keystroke + ${RANDOM_PREFIXES} random name prefixes) on the German index, ${QUERY_ROUNDS} rounds after a warm-up`,
  );
  console.log(`Node ${process.version}, build of the German index: median of ${BUILD_RUNS}\n`);

  const results: EngineResult[] = [];
  for (const engine of engines) results.push(await measure(engine, catalogue, queries));

  const header = [
    'engine',
    'build ms (min)',
    'query median ms',
    'query p95 ms',
    'query max ms',
    `top-${TOP} share`,
  ];
  const rows = results.map((result) => [
    result.name,
    `${ms(result.buildMs)} (${ms(result.buildMinMs)})`,
    ms(result.medianMs),
    ms(result.p95Ms),
    ms(result.maxMs),
    `${(result.relevance.share * 100).toFixed(1)} % (${result.relevance.hits}/${result.relevance.total})`,
  ]);
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));

  const slice = await longestSlice(catalogue);
  console.log(
    `\nBuilding yields ${slice.yields} times; the longest stretch without a yield: ${ms(slice.max)} ms`,
  );
  const stats = (await ServiceSearchIndex.build(catalogue, 'de')).stats();
  const extra = ((stats.partPostings / stats.wordPostings) * 100).toFixed(0);
  console.log(
    `Index (de): ${stats.terms} distinct terms, of which ${stats.partOnlyTerms} only from compound parts (parts are mostly catalogue words); ${stats.wordPostings} word postings, compound parts add ${stats.partPostings} (+${extra} %)`,
  );
  console.log(`Search module bundle: ${await bundleSize()}`);

  const ours = results[0]!;
  console.log(
    `\nTargets: p95 ≤ 2 ms ${ours.p95Ms <= 2 ? 'met' : 'MISSED'}, build ≤ 150 ms ${ours.buildMs <= 150 ? 'met' : 'MISSED'}, payload (de) ≤ 60 kB gzip ${sizes[0]!.gzip <= 60 * 1024 ? 'met' : 'MISSED'}`,
  );
  if (ours.relevance.misses.length > 0) {
    console.log(`\nOur misses:`);
    for (const miss of ours.relevance.misses) console.log(`  ${describeMiss(miss)}`);
  }
}

await main();
