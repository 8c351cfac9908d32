#!/usr/bin/env -S npx tsx
/**
 * Prints what the content checks find (`test/content/` fails on the same findings):
 *
 *   npx tsx scripts/content/check.ts               counts per rule and language
 *   npx tsx scripts/content/check.ts --list [rule] every finding (of rules starting with `rule`)
 *   npx tsx scripts/content/check.ts --glossary    writes docs/glossary.md from docs/glossary.json
 *   npx tsx scripts/content/check.ts --fix-french  sets apostrophes, « » and narrow no-break
 *                                                  spaces in every French text (not elision)
 *   npx tsx scripts/content/check.ts --root <dir>  counts for another checkout (say, main) with
 *                                                  this checkout's rules and glossary
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runContentChecks } from './checks.js';
import { loadCorpus } from './corpus.js';
import { fixFrenchInFiles } from './fix-french.js';
import { glossaryMarkdown, loadGlossary } from './glossary.js';
import { countNegations } from './leichte-sprache.js';

const [command, argument] = process.argv.slice(2);

if (command === '--glossary') {
  writeFileSync(
    new URL('../../docs/glossary.md', import.meta.url),
    glossaryMarkdown(loadGlossary()),
  );
  console.log('docs/glossary.md written.');
} else if (command === '--fix-french') {
  console.log(`${fixFrenchInFiles()} French texts changed.`);
} else {
  const root = command === '--root' && argument ? pathToFileURL(`${argument}/`) : undefined;
  const corpus = loadCorpus(root);
  const findings = runContentChecks(corpus);
  if (command === '--list') {
    for (const finding of findings.filter((item) => item.rule.startsWith(argument ?? ''))) {
      console.log(`${finding.rule} [${finding.locale}] ${finding.where}\n    ${finding.message}`);
    }
  }
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const key = `${finding.rule} [${finding.locale}]`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const texts = (locale: 'en' | 'fr' | 'de-x-ls') =>
    corpus.filter((entry) => entry.texts[locale] !== undefined).length;
  const negations = corpus.reduce(
    (sum, entry) => sum + countNegations(entry.texts['de-x-ls'] ?? ''),
    0,
  );
  console.log(
    `Texts: ${corpus.length} (en ${texts('en')}, fr ${texts('fr')}, Leichte Sprache ${texts('de-x-ls')}; ${negations} negations in Leichte Sprache)`,
  );
  for (const [key, count] of [...counts].sort())
    console.log(`${String(count).padStart(5)}  ${key}`);
  console.log(`${findings.length} findings.`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}
