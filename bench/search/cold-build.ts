/**
 * The curated index build as a first visit runs it (`npm run bench:search:cold`): instructions
 * counted by valgrind's callgrind while Node runs without its JIT (`--jitless`), as a cold
 * engine's interpreter runs every line. Unlike a timing on a shared machine, the count repeats
 * to about 1 %: decision 0090 compares changes to the analyser with it. Needs valgrind
 * (Debian's `valgrind` package). BENCH_RUNS sets the rounds (default 3).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceCatalogue } from '../../src/api/schemas/index.js';
import { ServiceSearchIndex } from '../../src/service-finder/search/index.js';

const ROUNDS = Number(process.env.BENCH_RUNS ?? 3);
const [, , role, mode, cataloguePath] = process.argv;

/** Instructions of one child run (`none`: load only; `build`: load and index). */
function instructions(script: string, childMode: string, path: string): number {
  const run = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--jitless'].concat([
      '--import',
      'tsx',
      script,
      '--child',
      childMode,
      path,
    ]),
    { encoding: 'utf8' },
  );
  const collected = /Collected : (\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !collected) throw new Error(`valgrind failed:\n${run.stderr}`);
  return Number(collected[1]);
}

if (role === '--child') {
  // Both modes load the same modules and the same catalogue; only `build` indexes it, so the
  // difference of the two counts is the build (with the typo word tree that follows it).
  const curated = JSON.parse(readFileSync(cataloguePath!, 'utf8')) as ServiceCatalogue;
  if (mode === 'build') await ServiceSearchIndex.build(curated, 'de');
} else {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('valgrind is not installed (apt-get install valgrind).');
    process.exit(1);
  }
  const { catalogueInParts } = await import('../../test/relevance/catalogue.js');
  const { isCuratedService } = await import('../../src/api/rules/catalogue-parts.js');
  const whole = catalogueInParts('de');
  const curated = { ...whole, services: whole.services.filter(isCuratedService) };
  const dir = mkdtempSync(join(tmpdir(), 'saar-bench-'));
  const path = join(dir, 'curated.json');
  writeFileSync(path, JSON.stringify(curated));
  const script = fileURLToPath(import.meta.url);
  const counts: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      counts.push(instructions(script, 'build', path) - instructions(script, 'none', path));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const millions = counts.map((count) => Math.round(count / 1e6)).sort((a, b) => a - b);
  console.log(`Curated part (de): ${curated.services.length} services`);
  console.log(
    `Index build in a cold engine (node --jitless, callgrind): ${millions[Math.floor(millions.length / 2)]} M instructions ` +
      `(median of ${ROUNDS}; all: ${millions.join(', ')} M)`,
  );
}
