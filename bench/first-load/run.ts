/**
 * `npm run bench:first-load`: what a citizen's first visit to the Saarbrücken demo page costs, in
 * Debian's Chromium against the real local stack (`npm start`'s stack on free ports, the same
 * build, the same town page with its CSP). Every run is a cold visit: a new browser context, so
 * an empty HTTP cache.
 *
 * Two kinds of visit, each run several times (medians, with min–max):
 * - **load**: the page loads and nobody touches it; bytes on the wire (compressed bodies plus
 *   headers, by origin and kind) until the network is idle. This is the first load.
 * - **search**: a citizen types a query the moment the search box appears; when the box is there,
 *   when the first result shows, the longest main-thread task (Long Tasks API) and how many
 *   exceeded 50 ms until the network is idle again, and the bytes of that visit.
 *
 * Knobs (environment): BENCH_RUNS (default 7), BENCH_QUERY (default "Hund"), BENCH_PAGE
 * (default "/", a path on the Saarbrücken site), BENCH_FILES=1 prints every response's bytes,
 * BENCH_NETWORK=4g emulates a phone's mobile connection (Chromium's network emulation: 70 ms
 * round trip, 12 Mbit/s down, 4 Mbit/s up) instead of localhost's near-zero latency.
 * BENCH_FRAMES=1 prints each visit's long animation frames with the scripts in them.
 * The machine's load average is printed too: the timings mean little on a busy machine.
 */
import { loadavg } from 'node:os';
import type { Browser, CDPSession, Page, Response } from 'playwright-core';
import { launchChromium } from '../../test/e2e/support/browser.js';
import { startE2eStack, type E2eStack } from '../../test/e2e/support/demo-stack.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Network conditions a citizen's phone might have (`BENCH_NETWORK=4g`), else none. */
const NETWORK =
  process.env.BENCH_NETWORK === '4g'
    ? { latency: 70, downloadThroughput: 12e6 / 8, uploadThroughput: 4e6 / 8 }
    : undefined;
const QUERY = process.env.BENCH_QUERY ?? 'Hund';
const PAGE = process.env.BENCH_PAGE ?? '/';

/** What one cold visit measured (milliseconds from navigation start, bytes). */
interface Visit {
  searchBoxMs: number;
  firstResultMs?: number;
  longestTaskMs: number;
  longTasks: number;
  bytes: Map<string, number>;
}

/**
 * Runs in the page before its own scripts: records long tasks, notes when the finder's search
 * box exists and, for a search visit, types the query into it at once and notes when the first
 * result shows. Plain JavaScript in a string: tsx would add helpers the page does not have.
 */
const PROBE = `(() => {
  const marks = {};
  const tasks = [];
  globalThis.__bench = { marks, tasks };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  globalThis.__frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        globalThis.__frames.push(Math.round(entry.duration) + ' ms: ' + entry.scripts.map((script) =>
          Math.round(script.duration) + ' ' + script.invokerType + ' ' + script.invoker + ' ' + (script.sourceURL || '').replace(/^.*[/]/, '') + ':' + script.sourceFunctionName).join(' | '));
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const step = () => {
    const root = document.querySelector('saar-service-finder')?.shadowRoot;
    const input = root?.querySelector('#search');
    if (input && marks.searchBox === undefined) {
      marks.searchBox = performance.now();
      if (QUERY) {
        input.value = QUERY;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
    }
    if (marks.searchBox !== undefined && (!QUERY || root?.querySelector('#results [role="option"]'))) {
      if (QUERY) marks.firstResult = performance.now();
      return;
    }
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})();`;

/** What the probe leaves on the page. */
interface Probed {
  __bench: {
    marks: { searchBox?: number; firstResult?: number };
    tasks: number[];
  };
}

/** Bytes a response cost on the wire: encoded body plus headers. */
async function wireBytes(response: Response): Promise<number> {
  const sizes = await response.request().sizes();
  return sizes.responseBodySize + sizes.responseHeadersSize;
}

function kindOf(url: URL, portal: string): string {
  if (url.origin !== portal) return 'town page';
  if (url.pathname.startsWith('/cdn/')) return 'widget code';
  if (url.pathname.startsWith('/api/v1/services')) return 'catalogue';
  return 'other API';
}

/**
 * The value of `expression` in the page, through the DevTools protocol. Playwright's own
 * `evaluate` and `waitForFunction` first inject its script engine into the page: a task of
 * 50–60 ms on a cold page, which the Long Tasks API would count against the page.
 */
async function valueInPage<T>(session: CDPSession, expression: string): Promise<T> {
  const { result } = await session.send('Runtime.evaluate', { expression, returnByValue: true });
  return result.value as T;
}

/** Polls `expression` in the page every 50 ms until it is true (at most 30 s). */
async function waitInPage(session: CDPSession, expression: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await valueInPage<boolean>(session, expression)) !== true) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function visit(
  browser: Browser,
  stack: E2eStack,
  pageUrl: string,
  query: string,
): Promise<Visit> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  const session = await context.newCDPSession(page);
  if (NETWORK) {
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
  }
  await page.addInitScript({ content: PROBE.replaceAll('QUERY', JSON.stringify(query)) });
  const pending: Promise<[string, number]>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.protocol === 'data:') return;
    pending.push(
      response
        .finished()
        .then(() => wireBytes(response))
        .then((bytes) => {
          if (process.env.BENCH_FILES) console.log(`  ${url.pathname}${url.search} ${bytes}`);
          return [kindOf(url, stack.urls.portal), bytes] as [string, number];
        }),
    );
  });
  await page.goto(pageUrl);
  await waitInPage(
    session,
    `globalThis.__bench.marks.${query === '' ? 'searchBox' : 'firstResult'} !== undefined`,
  );
  await page.waitForLoadState('networkidle');
  // The long tail and the whole index come after the first result: wait them out too.
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  const { marks, tasks } = await valueInPage<Probed['__bench']>(session, 'globalThis.__bench');
  if (process.env.BENCH_FRAMES) console.log(await valueInPage(session, 'globalThis.__frames'));
  const bytes = new Map<string, number>();
  for (const [kind, size] of await Promise.all(pending)) {
    bytes.set(kind, (bytes.get(kind) ?? 0) + size);
  }
  await context.close();
  return {
    searchBoxMs: marks.searchBox!,
    ...(marks.firstResult === undefined ? {} : { firstResultMs: marks.firstResult }),
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    bytes,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const spread = (values: number[], unit: (value: number) => string) =>
  `${unit(median(values))} (${unit(Math.min(...values))}–${unit(Math.max(...values))})`;

function printBytes(visits: Visit[]): void {
  const kinds = [...new Set(visits.flatMap((entry) => [...entry.bytes.keys()]))].sort();
  const total = (entry: Visit) => [...entry.bytes.values()].reduce((sum, size) => sum + size, 0);
  const portal = (entry: Visit) => total(entry) - (entry.bytes.get('town page') ?? 0);
  for (const kind of kinds) {
    console.log(`  ${kind.padEnd(26)} ${kB(median(visits.map((v) => v.bytes.get(kind) ?? 0)))}`);
  }
  console.log(`  ${'from the portal'.padEnd(26)} ${kB(median(visits.map(portal)))}`);
  console.log(`  ${'total'.padEnd(26)} ${kB(median(visits.map(total)))}`);
}

const stack = await startE2eStack();
const browser = await launchChromium();
try {
  const town = stack.urls.towns.find((entry) => entry.id === 'saarbruecken')!;
  const pageUrl = `${town.origin}${PAGE}`;
  const loadBefore = loadavg()[0]!;
  // One visit to warm the server (its first answers compile templates, open the database).
  await visit(browser, stack, pageUrl, QUERY);
  const loads: Visit[] = [];
  const searches: Visit[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    loads.push(await visit(browser, stack, pageUrl, ''));
    searches.push(await visit(browser, stack, pageUrl, QUERY));
  }
  const loadAfter = loadavg()[0]!;

  const network = NETWORK ? ', emulated 4G (70 ms round trip, 12 Mbit/s)' : ', localhost';
  console.log(`Cold visits to ${pageUrl} in Chromium${network}, ${RUNS} of each kind`);
  console.log(`(load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after)\n`);
  console.log('first load, nobody types: on the wire (median)');
  printBytes(loads);
  console.log(`\na citizen types "${QUERY}" as soon as the search box is there`);
  console.log('  on the wire (median)');
  printBytes(searches);
  console.log('  timings from navigation start: median (min–max)');
  const row = (label: string, values: number[], unit = ms) =>
    console.log(`  ${label.padEnd(26)} ${spread(values, unit)}`);
  row(
    'search box shown',
    searches.map((v) => v.searchBoxMs),
  );
  row(
    'first result shown',
    searches.map((v) => v.firstResultMs!),
  );
  row(
    'longest main-thread task',
    [...loads, ...searches].map((v) => v.longestTaskMs),
  );
  row(
    'tasks over 50 ms',
    [...loads, ...searches].map((v) => v.longTasks),
    (value) => String(value),
  );
  // The goal is about every visit, not the median one: count the visits that miss it.
  const visits = [...loads, ...searches];
  const slow = searches.filter((v) => (v.firstResultMs ?? Infinity) > 500).length;
  console.log(`  ${'first result after 0.5 s'.padEnd(26)} ${slow} of ${searches.length} visits`);
  const blocked = visits.filter((v) => v.longTasks > 0).length;
  console.log(`  ${'a task over 50 ms'.padEnd(26)} ${blocked} of ${visits.length} visits`);
} finally {
  await browser.close();
  await stack.stop();
}
