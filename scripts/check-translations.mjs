#!/usr/bin/env node
// Fails when a `msg()` in src/ has no translation in one of the target XLIFF files, when a
// translation's placeholders do not match its source, or when a `msg()` lacks a stable `id`.
// It analyses the sources itself (like `lit-localize extract`), so a new `msg()` is caught
// even before anyone runs the extraction.
//
//   node scripts/check-translations.mjs      (npm run localize:check)
//
// The flow for new strings: npm run localize:extract → translate the new <trans-unit>s in
// xliff/en.xlf, fr.xlf, de-x-ls.xlf (add a <target>) → npm run localize:build.
import { resolve } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

const config = readConfigFileAndWriteSchema(resolve('lit-localize.json'));
const localizer = new RuntimeLitLocalizer(config);

const problems = [];
const { messages, errors } = localizer.extractSourceMessages();
for (const error of errors) problems.push(`source: ${error.messageText}`);

const where = (message) => {
  const { line } = message.file.getLineAndCharacterOfPosition(message.node.getStart());
  return `${message.file.fileName.replace(`${process.cwd()}/`, '')}:${line + 1}`;
};

// lit-localize makes ids like s1a2b3c4d5e6f7a8b from the text when none is given; such an id
// changes with every edit of the German text and orphans its translations.
for (const message of messages) {
  if (/^[sh][0-9a-f]{16}$/.test(message.name)) {
    problems.push(`${where(message)}: msg() without a stable { id } (${message.name})`);
  }
}

const { translations } = localizer.readTranslationsSync();
const sourceIds = new Set(messages.map((message) => message.name));
const unused = [];
for (const locale of config.targetLocales) {
  const translated = new Set((translations.get(locale) ?? []).map((message) => message.name));
  for (const message of messages) {
    if (!translated.has(message.name)) {
      problems.push(
        `xliff/${locale}.xlf: no translation for "${message.name}" (${where(message)})`,
      );
    }
  }
  for (const id of translated) if (!sourceIds.has(id)) unused.push(`${locale}: ${id}`);
}

for (const error of localizer.validateTranslations().errors) problems.push(error);

if (unused.length > 0) {
  console.warn(
    `Translations no msg() uses any more (harmless; extract to tidy):\n  ${unused.join('\n  ')}`,
  );
}
if (problems.length > 0) {
  console.error(`Translation check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Translations complete: ${messages.length} messages in ${config.targetLocales.join(', ')}.`,
);
