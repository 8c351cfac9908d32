/**
 * Building blocks shared by every resource of the portal API contract.
 *
 * Written with `zod/mini` so the browser bundle stays small; the server, the fixtures and the
 * OpenAPI generator import the very same objects.
 */
import * as z from 'zod/mini';
import { LEVELS, LOCALES, TRUST_LEVELS } from '../vocabulary.js';
import {
  AGS_PATTERN,
  ARS_PATTERN,
  LEIKA_KEY_PATTERN,
  POSTCODE_PATTERN,
} from '../rules/identifiers.js';

export {
  LEVELS,
  LOCALES,
  meetsTrustLevel,
  pickText,
  TRUST_LEVELS,
  type Level,
  type Locale,
  type TrustLevel,
} from '../vocabulary.js';

/** Schema of a supported locale code. */
export const LocaleSchema = z.enum(LOCALES);

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

/** A non-empty, trimmed text. */
export const TextSchema = nonEmpty();

/**
 * A text in several languages: German is always there, the others when translated. A missing
 * language means the text exists only in German: no answer fills it with another language, so
 * a widget can say so and mark the German `lang="de"` (decision 0101).
 */
export const LanguageMapSchema = z.object({
  de: nonEmpty(),
  en: z.optional(nonEmpty()),
  fr: z.optional(nonEmpty()),
  'de-x-ls': z.optional(nonEmpty()),
});
export type { LanguageMap } from '../vocabulary.js';

/** A list of texts per language (for example search terms); every language is optional. */
export const LanguageListMapSchema = z.partialRecord(LocaleSchema, z.array(nonEmpty()));
/** Lists of texts per language. */
export type LanguageListMap = z.infer<typeof LanguageListMapSchema>;

/** The 14-digit key of the federal service catalogue (Leistungskatalog, LeiKa). */
export const LeikaKeySchema = z.string().check(z.regex(LEIKA_KEY_PATTERN));

/** Official regional key (ARS): state (2), district (5) or municipality (12 digits). */
export const ArsSchema = z.string().check(z.regex(ARS_PATTERN));
/** Official municipality key (AGS), 8 digits. */
export const AgsSchema = z.string().check(z.regex(AGS_PATTERN));

/** German postcode, 5 digits. */
export const PostcodeSchema = z.string().check(z.regex(POSTCODE_PATTERN));

/** An ISO 8601 timestamp with offset, as the API sends it. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** An absolute http(s) URL. */
export const UrlSchema = z.url({ protocol: /^https?$/ });

/** Schema of a trust level ("Vertrauensniveau"). */
export const TrustLevelSchema = z.enum(TRUST_LEVELS);

/** Schema of an administrative level. */
export const LevelSchema = z.enum(LEVELS);
