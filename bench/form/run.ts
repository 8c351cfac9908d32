/**
 * `npm run bench:form`: how fast `<saar-application-form>` renders a 150-field definition and
 * answers a change, in Debian's Chromium. Bundles `page.ts` with esbuild, serves it from a local
 * server, runs it headless and prints median, 90th percentile and maximum per measurement, next
 * to the targets of issue 11 (render ≤ 50 ms, validation per change ≤ 2 ms). Figures only: no
 * test asserts on them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BenchResults } from './page.js';
import { launchChromium } from '../../test/e2e/support/browser.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const TARGETS: Record<string, string> = {
  'first render (fetch from memory, schema check, render)': '≤ 50 ms',
  'leaving a field (check of the answer, render)': '≤ 2 ms (check)',
  'form model: check of all 150 answers': '≤ 2 ms',
};

function percentile(samples: number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'saar-bench-form-'));
  try {
    await build({
      entryPoints: [join(HERE, 'page.ts')],
      bundle: true,
      format: 'esm',
      splitting: true,
      outdir: dir,
      minify: true,
      target: 'es2022',
      tsconfig: join(HERE, '../../tsconfig.json'),
      logLevel: 'error',
      // package.json's `sideEffects` names the built files; the sources' define modules count too.
      ignoreAnnotations: true,
    });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="de"><meta charset="utf-8"><title>bench</title><body><script type="module" src="page.js"></script></body></html>',
    );
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = join(dir, path === '/' ? 'index.html' : path);
      try {
        const body = readFileSync(file);
        const type = extname(file) === '.html' ? 'text/html' : 'text/javascript';
        response.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address !== 'object') throw new Error('no server address');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.waitForFunction(() => window.benchResults ?? window.benchError, undefined, {
        timeout: 300_000,
      });
      const error = await page.evaluate(() => window.benchError);
      if (error) throw new Error(error);
      const results = (await page.evaluate(() => window.benchResults)) as BenchResults;
      const version = browser.version();
      const load = loadavg()
        .map((value) => value.toFixed(1))
        .join(' ');
      console.log(`<saar-application-form>, 150 fields in one step — Chromium ${version}`);
      console.log(`${cpus().length} cores, load average ${load} (figures rise with load)\n`);
      console.log(
        `${'measurement'.padEnd(56)} ${'runs'.padStart(5)} ${'median'.padStart(9)} ${'p90'.padStart(9)} ${'max'.padStart(9)}  target`,
      );
      for (const [name, samples] of Object.entries(results)) {
        const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(9);
        console.log(
          `${name.padEnd(56)} ${String(samples.length).padStart(5)} ${ms(percentile(samples, 0.5))} ${ms(percentile(samples, 0.9))} ${ms(Math.max(...samples))}  ${TARGETS[name] ?? ''}`,
        );
      }
      console.log(
        "\nFirst render includes the first mount of the element and the zod check of the definition; runs after the first reuse warm code, as a citizen's second form would.",
      );
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
