/**
 * Building blocks shared by every resource of the portal API contract.
 *
 * Written with `zod/mini` so the browser bundle stays small; the server, the fixtures and the
 * OpenAPI generator import the very same objects.
 */
import * as z from 'zod/mini';

/** The locales the widgets speak: German (source), English, French and Leichte Sprache. */
export const LOCALES = ['de', 'en', 'fr', 'de-x-ls'] as const;
/** A locale the widgets speak. `de-x-ls` is Leichte Sprache (easy German). */
export type Locale = (typeof LOCALES)[number];
/** Schema of a supported locale code. */
export const LocaleSchema = z.enum(LOCALES);

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

/** A non-empty, trimmed text. */
export const TextSchema = nonEmpty();

/** A text in several languages: German is always there, the others when translated. */
export const LanguageMapSchema = z.object({
  de: nonEmpty(),
  en: z.optional(nonEmpty()),
  fr: z.optional(nonEmpty()),
  'de-x-ls': z.optional(nonEmpty()),
});
/** A text in several languages; German is required. */
export type LanguageMap = z.infer<typeof LanguageMapSchema>;

/** A list of texts per language (for example search terms); every language is optional. */
export const LanguageListMapSchema = z.partialRecord(LocaleSchema, z.array(nonEmpty()));
/** Lists of texts per language. */
export type LanguageListMap = z.infer<typeof LanguageListMapSchema>;

/** The 14-digit key of the federal service catalogue (Leistungskatalog, LeiKa). */
export const LeikaKeySchema = z.string().check(z.regex(/^99\d{12}$/));

/** Official regional key (ARS): state (2), district (5) or municipality (12 digits). */
export const ArsSchema = z.string().check(z.regex(/^\d{2}(?:\d{3}(?:\d{7})?)?$/));
/** Official municipality key (AGS), 8 digits. */
export const AgsSchema = z.string().check(z.regex(/^\d{8}$/));

/** German postcode, 5 digits. */
export const PostcodeSchema = z.string().check(z.regex(/^\d{5}$/));

/** An ISO 8601 timestamp with offset, as the API sends it. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** An absolute http(s) URL. */
export const UrlSchema = z.url({ protocol: /^https?$/ });

/** Trust levels of the citizen account (BundID), lowest to highest. */
export const TRUST_LEVELS = [
  'STORK-QAA-Level-1',
  'STORK-QAA-Level-3',
  'STORK-QAA-Level-4',
] as const;
/** Schema of a trust level ("Vertrauensniveau"). */
export const TrustLevelSchema = z.enum(TRUST_LEVELS);
/** A trust level of the citizen account. */
export type TrustLevel = z.infer<typeof TrustLevelSchema>;

/** Whether `actual` meets or exceeds `required`. */
export function meetsTrustLevel(actual: TrustLevel, required: TrustLevel): boolean {
  return TRUST_LEVELS.indexOf(actual) >= TRUST_LEVELS.indexOf(required);
}

/** Administrative levels, which decide who is responsible for a service. */
export const LEVELS = ['municipal', 'district', 'state', 'federal'] as const;
/** Schema of an administrative level. */
export const LevelSchema = z.enum(LEVELS);
/** An administrative level. */
export type Level = z.infer<typeof LevelSchema>;

/** Picks the text for `locale` from a language map, falling back to German. */
export function pickText(map: LanguageMap, locale: Locale): { text: string; lang: Locale } {
  const text = map[locale];
  return text === undefined ? { text: map.de, lang: 'de' } : { text, lang: locale };
}
