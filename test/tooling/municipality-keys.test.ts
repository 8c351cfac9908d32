/**
 * Every municipality key that webmasters and designers read (README, docs, demo pages, stories
 * and the fixture data the stories show) is a real key of the town it is said to be: checked
 * against the seed's areas (`server/seed/areas.json`, from the official code list). Issue 14,
 * point 4: the docs named Dillingen/Saar's key as Saarlouis's.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface SeedArea {
  ars: string;
  ags?: string;
  name: string;
  type: string;
}

const areas = JSON.parse(readFileSync(join(ROOT, 'server/seed/areas.json'), 'utf8')) as SeedArea[];
const byKey = new Map<string, SeedArea>();
for (const area of areas) {
  byKey.set(area.ars, area);
  if (area.ags) byKey.set(area.ags, area);
}
/** Keys of the official code list that the seed leaves out (the uninhabited condominium). */
const officialKeys = new Set(
  readFileSync(join(ROOT, 'server/seed/raw/saarland-regional-keys.csv'), 'utf8').match(/\d{12}/g),
);

/** Files whose keys people copy: docs, the README, demo pages, stories and their fixture data. */
function readerFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(ROOT, path)).isDirectory() ? walk(path) : [path];
    });
  return [
    'README.md',
    ...walk('docs').filter((path) => path.endsWith('.md')),
    ...walk('demo').filter((path) => /\.(html|ts|js)$/.test(path)),
    ...walk('stories').filter((path) => path.endsWith('.ts')),
    'test/fixtures/finder-data.ts',
    'test/fixtures/responsibility-data.ts',
  ];
}

/** Normalised for comparing names: "St. Wendel", "Sankt Wendel" and "st wendel" are one. */
const sameName = (a: string, b: string) => {
  const norm = (name: string) =>
    name
      .toLowerCase()
      .replace(/\bsankt\b/g, 'st')
      .replace(/[^a-zäöüß]+/g, ' ')
      .trim();
  return norm(a) === norm(b) || norm(a).startsWith(`${norm(b)} `) || norm(b).startsWith(norm(a));
};

/**
 * The keys a text states, with the town it names for each where it names one: "`KEY` for Town",
 * "KEY (Town)", or a fixture object `{ ars: 'KEY', ags: …, name: 'Town' }`.
 */
function statedKeys(text: string): Array<{ key: string; town?: string }> {
  const found: Array<{ key: string; town?: string }> = [];
  const named = new Set<number>();
  const patterns = [
    /`?(\d{12}|\d{8})`?\s+(?:for|für|=|–|-)\s+([A-ZÄÖÜ][\p{L}./-]*(?: [A-ZÄÖÜ][\p{L}./-]*)?)/gu,
    /(\d{12}|\d{8})\s*\(([A-ZÄÖÜ][\p{L}./ -]*)\)/gu,
    /ars:\s*'(\d{12})'[^}]*?name:\s*'([^']+)'/gsu,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      found.push({ key: match[1]!, town: match[2]!.trim() });
      named.add(match.index! + match[0].indexOf(match[1]!));
    }
  }
  // Every other 12-digit ARS or municipality="…" value must at least exist.
  for (const match of text.matchAll(/(?<![\d.])(10\d{10})(?!\d)|municipality="(\d+)"/g)) {
    const key = match[1] ?? match[2]!;
    const at = match.index! + match[0].indexOf(key);
    if (!named.has(at)) found.push({ key });
  }
  return found;
}

test('every municipality key in docs, README, demo pages and stories is the town it says', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const file of readerFiles()) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const { key, town } of statedKeys(text)) {
      checked += 1;
      const area = byKey.get(key);
      if (!area) {
        if (!officialKeys.has(key)) problems.push(`${file}: ${key} is no key of the seed's areas`);
      } else if (town !== undefined && !sameName(area.name, town)) {
        problems.push(`${file}: ${key} is ${area.name}, not ${town}`);
      }
    }
  }
  assert.ok(checked >= 5, `only ${checked} keys found: is the pattern still right?`);
  assert.deepEqual(problems, [], `${problems.length} wrong keys`);
});
