#!/usr/bin/env node
// Writes translations into the XLIFF files: for each id in a JSON file
// `{ "<id>": { "en": "…", "fr": "…", "de-x-ls": "…" } }`, sets the `<target>` of that
// `<trans-unit>` (adding or replacing it). Placeholders are written `{0}`, `{1}`, … and become
// the source's `<x id="0" …/>` elements, so they always match the source.
//
//   npm run localize:extract && node scripts/add-translations.mjs new-strings.json
import { readFileSync, writeFileSync } from 'node:fs';

const LOCALES = ['en', 'fr', 'de-x-ls'];
const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/add-translations.mjs <translations.json>');
  process.exit(2);
}
const translations = JSON.parse(readFileSync(file, 'utf8'));

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let missing = 0;
for (const locale of LOCALES) {
  const path = `xliff/${locale}.xlf`;
  let xliff = readFileSync(path, 'utf8');
  for (const [id, byLocale] of Object.entries(translations)) {
    const text = byLocale[locale];
    if (text === undefined) continue;
    const unit = new RegExp(
      `(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*<source>([\\s\\S]*?)</source>)(\\s*<target>[\\s\\S]*?</target>)?`,
    );
    const match = unit.exec(xliff);
    if (!match) {
      console.error(`${path}: no <trans-unit id="${id}"> (run npm run localize:extract first)`);
      missing += 1;
      continue;
    }
    const placeholders = [...match[2].matchAll(/<x id="(\d+)"[^>]*\/>/g)];
    const target = escapeXml(text).replace(/\{(\d+)\}/g, (whole, index) => {
      const element = placeholders.find((placeholder) => placeholder[1] === index);
      if (!element) throw new Error(`${id} (${locale}): no placeholder {${index}} in the source`);
      return element[0];
    });
    xliff = xliff.replace(unit, `${match[1]}\n  <target>${target}</target>`);
  }
  writeFileSync(path, xliff);
}
process.exit(missing > 0 ? 1 : 0);
