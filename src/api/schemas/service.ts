/** A public service ("Leistung") of the catalogue, modelled on the PVOG service description. */
import * as z from 'zod/mini';
import {
  LanguageListMapSchema,
  LanguageMapSchema,
  LeikaKeySchema,
  LevelSchema,
  TrustLevelSchema,
  UrlSchema,
} from './common.js';
import { ADDRESSEES, TOPIC_FIELDS } from '../vocabulary.js';

export { ADDRESSEES, TOPIC_FIELDS, type Addressee, type TopicField } from '../vocabulary.js';

/** Schema of an OZG topic field. */
export const TopicFieldSchema = z.enum(TOPIC_FIELDS);

/** Schema of an addressee group. */
export const AddresseeSchema = z.enum(ADDRESSEES);

/** Code of a life situation ("Lebenslage"), a 7-digit code tree such as `1030000`. */
export const LifeSituationCodeSchema = z.string().check(z.regex(/^\d{7}$/));

/** A life situation with its name, used to browse the catalogue. */
export const LifeSituationSchema = z.object({
  code: LifeSituationCodeSchema,
  name: LanguageMapSchema,
});
/** A life situation. */
export type LifeSituation = z.infer<typeof LifeSituationSchema>;

/** The online service where a service can be applied for, and the trust level it requires. */
export const OnlineServiceSchema = z.object({
  name: LanguageMapSchema,
  /** Absent when the portal's own form is the only way to apply. */
  url: z.optional(UrlSchema),
  trustLevel: TrustLevelSchema,
  /** Set when the portal's own application form handles it (`GET /forms/{serviceId}`). */
  hasPortalForm: z._default(z.boolean(), false),
});
/** An online service link. */
export type OnlineService = z.infer<typeof OnlineServiceSchema>;

/** The text modules of a service description. */
export const ServiceTextsSchema = z.object({
  description: z.optional(LanguageMapSchema),
  prerequisites: z.optional(LanguageMapSchema),
  requiredDocuments: z.optional(LanguageMapSchema),
  costs: z.optional(LanguageMapSchema),
  deadlines: z.optional(LanguageMapSchema),
  processingTime: z.optional(LanguageMapSchema),
  legalBasis: z.optional(LanguageMapSchema),
  procedure: z.optional(LanguageMapSchema),
});
/** Text modules of a service. */
export type ServiceTexts = z.infer<typeof ServiceTextsSchema>;

/** Service id: URL-safe, stable (for authored services a slug, for PVOG ones their id). */
export const ServiceIdSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/));

/** The compact form of a service, as listed in the catalogue and searched in the browser. */
export const ServiceSummarySchema = z.object({
  id: ServiceIdSchema,
  leikaKey: LeikaKeySchema,
  name: LanguageMapSchema,
  summary: z.optional(LanguageMapSchema),
  keywords: z._default(LanguageListMapSchema, {}),
  addressees: z.array(AddresseeSchema).check(z.minLength(1)),
  topicField: TopicFieldSchema,
  lifeSituations: z._default(z.array(LifeSituationCodeSchema), []),
  level: LevelSchema,
  /** The trust level of its online service, when one exists. */
  onlineTrustLevel: z.optional(TrustLevelSchema),
});
/** A service as listed in the catalogue. */
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;

/** A full service description (`GET /services/{id}`). */
export const ServiceSchema = z.object({
  ...ServiceSummarySchema.shape,
  texts: ServiceTextsSchema,
  onlineServices: z._default(z.array(OnlineServiceSchema), []),
  updatedAt: z.optional(z.iso.date()),
});
/** A full service description. */
export type Service = z.infer<typeof ServiceSchema>;

/** The whole catalogue (`GET /services`), compact, with the life situations to browse by. */
export const ServiceCatalogueSchema = z.object({
  services: z.array(ServiceSummarySchema),
  lifeSituations: z.array(LifeSituationSchema),
});
/** The service catalogue. */
export type ServiceCatalogue = z.infer<typeof ServiceCatalogueSchema>;

/**
 * The catalogue with its services left for later: the client checks those one at a time, in
 * slices between which the page may render and take input, so the check of a thousand services
 * never freezes a page (decision 0090). Together the two checks are `ServiceCatalogueSchema`.
 */
export const ServiceCatalogueEnvelopeSchema = z.object({
  services: z.array(z.unknown()),
  lifeSituations: z.array(LifeSituationSchema),
});
