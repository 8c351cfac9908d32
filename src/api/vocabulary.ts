/**
 * The contract's fixed vocabularies and the helpers built on them, without zod: widgets import
 * these at start-up, while the schemas (and zod) load with the first answer they validate.
 * The schemas in `schemas/` are built from these same constants.
 */

/** The locales the widgets speak: German (source), English, French and Leichte Sprache. */
export const LOCALES = ['de', 'en', 'fr', 'de-x-ls'] as const;
/** A locale the widgets speak. `de-x-ls` is Leichte Sprache (easy German). */
export type Locale = (typeof LOCALES)[number];

/** A text in several languages; German is required (the shape of `LanguageMapSchema`). */
export type LanguageMap = { de: string } & {
  [locale in Exclude<Locale, 'de'>]?: string | undefined;
};

/** Picks the text for `locale` from a language map, falling back to German. */
export function pickText(map: LanguageMap, locale: Locale): { text: string; lang: Locale } {
  const text = map[locale];
  return text === undefined ? { text: map.de, lang: 'de' } : { text, lang: locale };
}

/** Trust levels of the citizen account (BundID), lowest to highest. */
export const TRUST_LEVELS = [
  'STORK-QAA-Level-1',
  'STORK-QAA-Level-3',
  'STORK-QAA-Level-4',
] as const;
/** A trust level of the citizen account. */
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/** Whether `actual` meets or exceeds `required`. */
export function meetsTrustLevel(actual: TrustLevel, required: TrustLevel): boolean {
  return TRUST_LEVELS.indexOf(actual) >= TRUST_LEVELS.indexOf(required);
}

/** Administrative levels, which decide who is responsible for a service. */
export const LEVELS = ['municipal', 'district', 'state', 'federal'] as const;
/** An administrative level. */
export type Level = (typeof LEVELS)[number];

/** The 14 OZG topic fields. */
export const TOPIC_FIELDS = [
  'familie_kind',
  'bauen_wohnen',
  'mobilitaet_reisen',
  'arbeit_ruhestand',
  'ein_auswanderung',
  'unternehmensfuehrung_entwicklung',
  'steuern_zoll',
  'gesundheit',
  'bildung',
  'engagement_hobby',
  'recht_ordnung',
  'umwelt',
  'querschnittsleistungen',
  'forschung_foerderung',
] as const;
/** An OZG topic field. */
export type TopicField = (typeof TOPIC_FIELDS)[number];

/** Who a service is for. */
export const ADDRESSEES = ['citizens', 'businesses'] as const;
/** An addressee group. */
export type Addressee = (typeof ADDRESSEES)[number];

/** Kinds of area. */
export const AREA_TYPES = ['municipality', 'district', 'state'] as const;

/** Days of the week, ISO order. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/**
 * Whose place decides the responsible office: the citizen's residence, or where the event
 * happened (a birth or death is registered, and its certificates issued, by the registry office
 * of the place of the event, §§ 18, 28, 55 PStG; a marriage certificate by that of the wedding).
 */
export const ROUTING_BASES = [
  'residence',
  'placeOfBirth',
  'placeOfDeath',
  'placeOfMarriage',
] as const;
/** Whose place decides the responsible office. */
export type RoutingBasis = (typeof ROUTING_BASES)[number];

/**
 * What a destination is: the competent authority, or an operator that runs the service for the
 * authorities without being one (the Entsorgungsverband Saar collects bulky waste for the towns).
 */
export const DESTINATION_ROLES = ['authority', 'operator'] as const;
/** What a destination is. */
export type DestinationRole = (typeof DESTINATION_ROLES)[number];

/** The facts of a route that carry a source: a fact without one is not given at all. */
export const SOURCED_FACTS = ['responsibility', 'address', 'openingHours', 'contacts'] as const;
/** A fact of a route that carries a source. */
export type SourcedFact = (typeof SOURCED_FACTS)[number];

/** Status values, after the federal citizen mailbox's processing status. */
export const STATUS_VALUES = [
  'SUBMITTED',
  'RECEIVED',
  'PROCESSING',
  'ACTION_REQUIRED',
  'COMPLETED',
  'REJECTED',
  'WITHDRAWN',
] as const;
/** A status value. */
export type StatusValue = (typeof STATUS_VALUES)[number];

/** Statuses after which nothing more happens. */
export const FINAL_STATUSES: readonly StatusValue[] = ['COMPLETED', 'REJECTED', 'WITHDRAWN'];

// Limits of the documents a citizen sends later (decision 0057): the schema checks them, and the
// status tracker tells the citizen before sending. Here, not in the schema's file, so that the
// tracker need not load zod to show them.
/** Most files in one answer. */
export const DOCUMENTS_MAX_FILES = 10;
/** Longest message with the files, in characters (after trimming). */
export const DOCUMENTS_MESSAGE_MAX_LENGTH = 2000;

/** The media type of problem details. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
