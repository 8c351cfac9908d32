/**
 * `npm run bench:first-load:options`: the ways of
 * getting a searchable index after the catalogue arrived, measured in Debian's Chromium on a page
 * with a town's Content-Security-Policy (no `unsafe-eval`): time until search answers and the
 * longest main-thread task, median of several cold pages each; what each sends over the wire
 * (brotli); and whether the page may start a search worker at all. Decision 0090 has the figures.
 *
 * Knobs: BENCH_RUNS (default 7).
 */
import { createServer, type Server } from 'node:http';
import { loadavg } from 'node:os';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import type MiniSearch from 'minisearch';
import { freePort } from '../../demo/stack.js';
import { loadSeedData } from '../../server/seed/index.js';
import { catalogueForLanguage } from '../../server/domain/catalogue-language.js';
import { compactSummary } from '../../server/store/catalogue-seed.js';
import { cataloguePartOf } from '../../src/api/rules/catalogue-parts.js';
import * as z from 'zod/mini';
import { ServiceCatalogueSchema, type ServiceCatalogue } from '../../src/api/schemas/index.js';
import { ServiceSearchIndex } from '../../src/service-finder/search/index.js';
import { launchChromium } from '../../test/e2e/support/browser.js';
import type { OptionResult } from './options-page.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** The page module, bundled for the browser (esbuild, as bench/form does). */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./options-page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    target: 'es2022',
    tsconfig: new URL('../../tsconfig.json', import.meta.url).pathname,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** The files the page fetches: the catalogue whole and its curated part, a prebuilt index. */
async function files(): Promise<Record<string, string>> {
  const seed = loadSeedData();
  const all: ServiceCatalogue = {
    services: seed.services.map(compactSummary),
    lifeSituations: seed.lifeSituations,
  };
  const whole = catalogueForLanguage(all, 'de');
  const curated = catalogueForLanguage(
    {
      services: all.services.filter((service) => cataloguePartOf(service) === 'curated'),
      lifeSituations: all.lifeSituations,
    },
    'de',
  );
  // Parsed, as the client holds it (the compact form leaves defaults out).
  const index = await ServiceSearchIndex.build(z.parse(ServiceCatalogueSchema, whole), 'de');
  // The bench reaches into the index for what a server would serialise.
  const miniSearch = (index as unknown as { miniSearch: MiniSearch }).miniSearch;
  return {
    '/whole.json': JSON.stringify(whole),
    '/curated.json': JSON.stringify(curated),
    '/minisearch.json': JSON.stringify(miniSearch),
  };
}

function serve(port: number, routes: Record<string, { type: string; body: string }>): Server {
  return createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': route.type,
        // A town page's policy: scripts from itself (and the portal), no eval, no blob: workers.
        'content-security-policy': "default-src 'self'; script-src 'self'; connect-src 'self'",
      })
      .end(route.body);
  }).listen(port, '127.0.0.1');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const [code, data] = await Promise.all([bundle(), files()]);
const kB = (body: string) => `${(brotliCompressSync(body).length / 1000).toFixed(1)} kB`;
const port = await freePort('127.0.0.1');
const origin = `http://127.0.0.1:${port}`;
const server = serve(port, {
  '/': {
    type: 'text/html',
    body: '<!doctype html><html lang="de"><head><script type="module" src="/bench.js"></script></head><body></body></html>',
  },
  '/bench.js': { type: 'text/javascript', body: code },
  ...Object.fromEntries(
    Object.entries(data).map(([path, body]) => [path, { type: 'application/json', body }]),
  ),
});
const browser = await launchChromium();
try {
  const loadBefore = loadavg()[0]!;
  const names = await (async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const result = await page.evaluate(async () => {
      const module = await import('/bench.js' as string);
      return {
        names: module.OPTION_NAMES as string[],
        workers: (await module.canStartWorker('http://localhost:9/worker.js')) as Record<
          string,
          string
        >,
      };
    });
    await page.close();
    return result;
  })();
  const results = new Map<string, OptionResult[]>(names.names.map((name) => [name, []]));
  for (let run = 0; run < RUNS; run += 1) {
    for (const name of names.names) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      const result = await page.evaluate(async (option) => {
        const module = await import('/bench.js' as string);
        return (await module.runOption(option)) as OptionResult;
      }, name);
      results.get(name)!.push(result);
      await context.close();
    }
  }
  const loadAfter = loadavg()[0]!;
  console.log(
    `Search ready after the catalogue arrived, Chromium, ${RUNS} cold pages each ` +
      `(load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after)\n`,
  );
  console.log(
    'option'.padEnd(48) + 'ready (median)'.padStart(16) + 'longest task'.padStart(14) + '  >50 ms',
  );
  for (const [name, list] of results) {
    console.log(
      name.padEnd(48) +
        `${Math.round(median(list.map((r) => r.readyMs)))} ms`.padStart(16) +
        `${Math.round(median(list.map((r) => r.longestTaskMs)))} ms`.padStart(14) +
        `  ${median(list.map((r) => r.longTasks))}`,
    );
  }
  console.log('\non the wire (brotli)');
  console.log(`  whole catalogue (de)                   ${kB(data['/whole.json']!)}`);
  console.log(`  curated part (de)                      ${kB(data['/curated.json']!)}`);
  console.log(`  MiniSearch index, serialised           ${kB(data['/minisearch.json']!)}`);
  console.log('\na search worker on a page with a town’s CSP');
  for (const [how, outcome] of Object.entries(names.workers)) {
    console.log(`  ${how.padEnd(38)} ${outcome}`);
  }
} finally {
  await browser.close();
  server.close();
}
