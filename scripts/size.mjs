#!/usr/bin/env node
// Prints the raw and gzip size of every CDN file and fails (exit 1) when one is over budget.
// Builds first when dist/cdn is missing.
//
//   node scripts/size.mjs      (npm run size)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN = 'dist/cdn';
const KB = 1000;

/** Gzip budgets in bytes, by kind of file; widgets may have their own (from their issues). */
const BUDGETS = {
  entry: 3 * KB,
  // 20 kB from the foundation issue; 18.5 kB measured before decision 0091 trimmed it to 16.5.
  shared: 18 * KB,
  // zod and the schemas, loaded with the first request (docs/decisions/0005-contract-chunk.md);
  // each part of the contract has its own budget below (decision 0091).
  contract: 14 * KB,
  widget: 25 * KB,
  // Parts some widgets share (src/ui/): the combobox, fields, area picker, feedback, labels.
  common: 12 * KB,
  locale: 8 * KB,
};
/**
 * The parts of the contract (decision 0091): the core with zod (14 kB until the contract was
 * split and trimmed to the schemas the client checks; it measured 10.9 kB then), and the
 * schemas of forms, drafts, applications and status (1.3 kB then).
 */
const CONTRACT_BUDGETS = { core: 12 * KB, applications: 3 * KB };
const WIDGET_BUDGETS = {
  // The optional provider element: its own chunk, loaded only where its tag is (decision 0091).
  'saar-portal-provider': 2 * KB,
  'saar-service-finder': 25 * KB,
  // Its own chunk; the login code (oauth4webapi) is a common chunk loaded when someone logs in.
  'saar-login-button': 15 * KB,
  // Issue 12: the tracker's own chunk stays within 15 kB (the event-stream parser is a common chunk).
  'saar-status-tracker': 15 * KB,
};

if (!existsSync(join(CDN, 'manifest.json'))) {
  console.log('dist/cdn is missing: building first.');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}

const manifest = JSON.parse(readFileSync(join(CDN, 'manifest.json'), 'utf8'));
const rows = Object.entries(manifest.files).map(([file, info]) => {
  const bytes = readFileSync(join(CDN, file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const budget =
    info.kind === 'widget'
      ? (WIDGET_BUDGETS[info.widget] ?? BUDGETS.widget)
      : info.kind === 'contract'
        ? (CONTRACT_BUDGETS[info.part] ?? BUDGETS.contract)
        : BUDGETS[info.kind];
  return { file, kind: info.kind, info, raw: bytes.length, gzip, budget };
});
const order = ['entry', 'shared', 'contract', 'common', 'widget', 'locale'];
rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.file.localeCompare(b.file));

const kb = (bytes) => `${(bytes / KB).toFixed(2)} kB`;
const table = [['file', 'kind', 'raw', 'gzip', 'budget', '']];
for (const row of rows) {
  const over = row.budget !== undefined && row.gzip > row.budget;
  row.over = over;
  table.push([
    row.file,
    row.kind,
    kb(row.raw),
    kb(row.gzip),
    row.budget === undefined ? '—' : kb(row.budget),
    over ? 'OVER' : 'ok',
  ]);
}
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
for (const [index, line] of table.entries()) {
  const cells = line.map((cell, column) =>
    column >= 2 && column <= 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
  );
  console.log(cells.join('  ').trimEnd());
  if (index === 0) console.log(widths.map((width) => '─'.repeat(width)).join('  '));
}

// What a page with one widget downloads before the widget shows (German needs no locale file):
// the entry, the widget's chunk and its static imports, and the parts of the contract its code
// loads (dynamic imports, but every widget needs the core part for its first answer, and the
// form and the tracker the applications part; decision 0091), so that no saving is hidden.
const entry = rows.find((row) => row.kind === 'entry');
const byFile = new Map(rows.map((row) => [row.file, row]));
console.log('');
for (const widget of rows.filter((row) => row.kind === 'widget')) {
  const files = new Set([entry.file]);
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const info = byFile.get(file)?.info;
    for (const imported of info?.imports ?? []) visit(imported);
    for (const loaded of info?.dynamicImports ?? []) {
      if (byFile.get(loaded)?.kind === 'contract') visit(loaded);
    }
  };
  visit(widget.file);
  const total = [...files].reduce((sum, file) => sum + (byFile.get(file)?.gzip ?? 0), 0);
  console.log(`A page with <${widget.info.widget}>: ${kb(total)} gzip in ${files.size} files.`);
}

const over = rows.filter((row) => row.over);
if (over.length > 0) {
  console.error(
    `\nOver budget: ${over.map((row) => `${row.file} (${kb(row.gzip)} > ${kb(row.budget)})`).join(', ')}`,
  );
  process.exit(1);
}
console.log('\nEvery CDN file is within its budget.');
