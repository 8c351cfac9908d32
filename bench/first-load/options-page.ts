/**
 * The browser side of `bench/first-load/options.ts`: each way of getting a searchable index after
 * the catalogue arrived, timed in the page (bundled by the runner, run under a CSP without
 * `unsafe-eval`, as on a town page, so zod checks as it does there).
 */
import * as z from 'zod/mini';
import MiniSearch from 'minisearch';
import {
  ServiceCatalogueEnvelopeSchema,
  ServiceCatalogueSchema,
  ServiceSummarySchema,
  type ServiceCatalogue,
  type ServiceSummary,
} from '../../src/api/schemas/index.js';
import { yieldToEventLoop } from '../../src/api/yield.js';
import { ServiceSearchIndex } from '../../src/service-finder/search/index.js';

/** How long one option took until search could answer, and its longest task. */
export interface OptionResult {
  readyMs: number;
  longestTaskMs: number;
  longTasks: number;
}

async function text(path: string): Promise<string> {
  return (await fetch(path)).text();
}

/** The catalogue check the client runs: the envelope, then one service at a time in slices. */
async function checkInSlices(json: unknown): Promise<ServiceCatalogue> {
  const envelope = z.parse(ServiceCatalogueEnvelopeSchema, json);
  const services: ServiceSummary[] = [];
  let start = performance.now();
  for (const item of envelope.services) {
    services.push(z.parse(ServiceSummarySchema, item));
    if (performance.now() - start > 8) {
      await yieldToEventLoop();
      start = performance.now();
    }
  }
  return { services, lifeSituations: envelope.lifeSituations };
}

const OPTIONS: Record<string, () => Promise<void>> = {
  // What the finder did before: the whole catalogue, checked in one go, indexed in slices.
  'whole catalogue, checked at once': async () => {
    const body = await text('/whole.json');
    const catalogue = z.parse(ServiceCatalogueSchema, JSON.parse(body));
    await ServiceSearchIndex.build(catalogue, 'de');
  },
  'whole catalogue, checked in slices': async () => {
    const body = await text('/whole.json');
    await ServiceSearchIndex.build(await checkInSlices(JSON.parse(body)), 'de');
  },
  // The smaller first index: the curated part only (the long tail follows on the first search).
  'curated part first (chosen)': async () => {
    const body = await text('/curated.json');
    await ServiceSearchIndex.build(await checkInSlices(JSON.parse(body)), 'de');
  },
  // An index built on the server and shipped ready: MiniSearch's own part of it only (the
  // vocabulary for typos and compounds, the phrases and the catalogue itself come on top).
  'MiniSearch index shipped ready (its part only)': async () => {
    const [catalogueBody, indexBody] = await Promise.all([
      text('/whole.json'),
      text('/minisearch.json'),
    ]);
    await checkInSlices(JSON.parse(catalogueBody));
    MiniSearch.loadJSON(indexBody, {
      fields: ['name', 'nameHeads', 'keywords', 'keywordHeads', 'summary', 'modifiers'],
    });
  },
};

/** Runs one option and measures it. */
export async function runOption(name: string): Promise<OptionResult> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  await OPTIONS[name]!();
  const readyMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { readyMs, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length };
}

/** Whether a worker starts on this page: one that says hello, or the error that stopped it. */
function tryWorker(make: () => Worker): Promise<string> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = make();
    } catch (error) {
      resolve(`refused (${error instanceof Error ? error.name : String(error)})`);
      return;
    }
    const done = (outcome: string) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.addEventListener('message', () => done('started'));
    worker.addEventListener('error', () => done('refused (error event: CSP)'));
    setTimeout(() => done('no answer in 2 s'), 2000);
  });
}

/** Whether this page may start a search worker: from the portal's origin, or from a blob. */
export async function canStartWorker(portalUrl: string): Promise<Record<string, string>> {
  const hello = 'postMessage("hello")';
  return {
    'from the portal (cross-origin URL)': await tryWorker(
      () => new Worker(portalUrl, { type: 'module' }),
    ),
    'from a blob: URL': await tryWorker(
      () => new Worker(URL.createObjectURL(new Blob([hello], { type: 'text/javascript' }))),
    ),
  };
}

export const OPTION_NAMES = Object.keys(OPTIONS);
