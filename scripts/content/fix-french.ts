/**
 * Applies `fixFrenchTypography` to every French text in the seed's JSON files and in
 * `xliff/fr.xlf`, in place, changing nothing else in the files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formFiles, serviceFiles, xliffText } from './corpus.js';
import { fixFrenchTypography } from './french-typography.js';

const ROOT = new URL('../../', import.meta.url);
const JSON_FILES = [
  ...serviceFiles(),
  ...formFiles(),
  'server/seed/authorities.json',
  'server/seed/competences.json',
  'server/seed/life-situations.json',
];

/** The French strings of a JSON document: values of `fr` keys, strings or lists of strings. */
function frenchStrings(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => frenchStrings(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'fr' && typeof child === 'string') found.add(child);
      else if (key === 'fr' && Array.isArray(child)) {
        child.forEach((item) => typeof item === 'string' && found.add(item));
      } else frenchStrings(child, found);
    }
  }
  return found;
}

/** Fixes the files; returns how many texts changed. */
export function fixFrenchInFiles(): number {
  let changed = 0;
  for (const file of JSON_FILES) {
    const url = new URL(file, ROOT);
    let text = readFileSync(url, 'utf8');
    for (const french of frenchStrings(JSON.parse(text), new Set())) {
      const fixed = fixFrenchTypography(french);
      if (fixed === french) continue;
      changed += 1;
      text = text.split(`"fr": ${JSON.stringify(french)}`).join(`"fr": ${JSON.stringify(fixed)}`);
      // Search terms are list items, not "fr": values.
      text = text.split(`${JSON.stringify(french)}`).join(JSON.stringify(fixed));
    }
    writeFileSync(url, text);
  }
  const xliff = new URL('xliff/fr.xlf', ROOT);
  const xml = readFileSync(xliff, 'utf8').replace(
    /<target>([\s\S]*?)<\/target>/g,
    (whole, target: string) => {
      const fixed = fixFrenchTypography(target);
      if (fixed === target) return whole;
      changed += 1;
      if (xliffText(fixed).includes('<')) throw new Error(`fixing broke markup: ${target}`);
      return `<target>${fixed}</target>`;
    },
  );
  writeFileSync(xliff, xml);
  return changed;
}
