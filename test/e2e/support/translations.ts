/**
 * The widgets' strings as the translators wrote them (`xliff/*.xlf`), so the journeys find
 * labels in any language without restating them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../server/config.js';

/** A locale with an XLIFF file, or `de` for the German source text. */
export type TranslatedLocale = 'de' | 'en' | 'fr' | 'de-x-ls';

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** The text of message `id` in `locale`; throws when the file has no such translation. */
export function translation(locale: TranslatedLocale, id: string): string {
  const file = join(REPO_ROOT, 'xliff', `${locale === 'de' ? 'fr' : locale}.xlf`);
  const xliff = readFileSync(file, 'utf8');
  const unit = new RegExp(
    `<trans-unit id="${id.replaceAll('.', '\\.')}"[^>]*>([\\s\\S]*?)</trans-unit>`,
  ).exec(xliff);
  const element = locale === 'de' ? 'source' : 'target';
  const text = unit && new RegExp(`<${element}>([\\s\\S]*?)</${element}>`).exec(unit[1]!);
  if (!text) throw new Error(`No ${locale} text for "${id}" in ${file}`);
  return unescapeXml(text[1]!.trim());
}
