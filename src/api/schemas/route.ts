/**
 * The authority responsible for a service in an area, modelled on the FIT-Connect routing
 * response (`destinationName`, `address`, `contactPersons`, `processingDuration`, ...), plus what
 * the real split of competences needs: the source of every fact, operators that are not
 * authorities, services routed by the place of an event, and services a town does not offer.
 */
import * as z from 'zod/mini';
import {
  ArsSchema,
  LanguageMapSchema,
  LeikaKeySchema,
  LevelSchema,
  PostcodeSchema,
  UrlSchema,
} from './common.js';
import { DESTINATION_ROLES, ROUTING_BASES, SOURCED_FACTS, WEEKDAYS } from '../vocabulary.js';

export { DESTINATION_ROLES, ROUTING_BASES, SOURCED_FACTS, WEEKDAYS } from '../vocabulary.js';
export type { DestinationRole, RoutingBasis, SourcedFact } from '../vocabulary.js';

/** Where a fact comes from: a law and paragraph, or a public page. */
export const SourceSchema = z.object({
  /** The law and paragraph ("§ 1 StVZustG Saarland") or the page's publisher and subject. */
  title: z.string().check(z.minLength(1)),
  url: z.optional(UrlSchema),
});
/** A source. */
export type Source = z.infer<typeof SourceSchema>;

/** The source of one fact of a route. */
export const FactSourceSchema = z.object({
  fact: z.enum(SOURCED_FACTS),
  ...SourceSchema.shape,
});
/** The source of one fact of a route. */
export type FactSource = z.infer<typeof FactSourceSchema>;

/** Postal address of an authority. */
export const PostalAddressSchema = z.object({
  street: z.string().check(z.minLength(1)),
  houseNumber: z.optional(z.string()),
  zip: PostcodeSchema,
  city: z.string().check(z.minLength(1)),
});
/** A postal address. */
export type PostalAddress = z.infer<typeof PostalAddressSchema>;

/** A way to reach the authority. */
export const ContactSchema = z.object({
  name: z.optional(z.string()),
  tel: z.optional(z.string().check(z.regex(/^\+?[0-9 ()/-]{4,30}$/))),
  email: z.optional(z.email()),
});
/** Contact details. */
export type Contact = z.infer<typeof ContactSchema>;

const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** One opening period on one day of the week. */
export const OpeningPeriodSchema = z.object({
  day: z.enum(WEEKDAYS),
  opens: TimeOfDaySchema,
  closes: TimeOfDaySchema,
});
/** An opening period. */
export type OpeningPeriod = z.infer<typeof OpeningPeriodSchema>;

/** How long processing takes. */
export const ProcessingDurationSchema = z.object({
  minDuration: z.optional(z.int().check(z.gte(0))),
  maxDuration: z.optional(z.int().check(z.gte(0))),
  unit: z.enum(['days', 'weeks', 'months']),
});
/** Processing duration. */
export type ProcessingDuration = z.infer<typeof ProcessingDurationSchema>;

/**
 * One responsible authority ("Zuständigkeit"). Only sourced facts are given: opening hours and
 * phone numbers without a source are left out (link to `websiteUrl` instead), and `sources`
 * says where each given fact comes from. A route without a `responsibility` source carries the
 * level default (town hall, district) that no source has confirmed yet.
 */
export const RouteSchema = z.object({
  destinationId: z.string().check(z.minLength(1)),
  destinationName: z.string().check(z.minLength(1)),
  level: LevelSchema,
  /** `operator`: runs the service for the authorities without being one (e.g. a waste association). */
  role: z._default(z.enum(DESTINATION_ROLES), 'authority'),
  address: z.optional(PostalAddressSchema),
  contactPersons: z._default(z.array(ContactSchema), []),
  openingHours: z._default(z.array(OpeningPeriodSchema), []),
  /** Free-text note on opening hours, such as "appointments only". */
  openingHoursNote: z.optional(LanguageMapSchema),
  websiteUrl: z.optional(UrlSchema),
  accessibilityUrl: z.optional(UrlSchema),
  privacyPolicyUrl: z.optional(UrlSchema),
  processingDuration: z.optional(ProcessingDurationSchema),
  description: z.optional(LanguageMapSchema),
  /** Where each given fact comes from (`responsibility`, `address`, `openingHours`, `contacts`). */
  sources: z._default(z.array(FactSourceSchema), []),
});
/** A responsible authority. */
export type Route = z.infer<typeof RouteSchema>;

/** Why a service does not exist in an area, and who says so. */
export const NotOfferedSchema = z.object({
  reason: LanguageMapSchema,
  sources: z.array(SourceSchema).check(z.minLength(1)),
});
/** Why a service does not exist in an area. */
export type NotOffered = z.infer<typeof NotOfferedSchema>;

/**
 * Answer of `GET /routes?leikaKey=&ars=`. `routes` is empty when no office is known, or when the
 * service is not offered there (`notOffered` says why). With a `routedBy` other than
 * `residence`, `ars` must name the place of the event (birth, death, wedding), not the
 * citizen's residence: ask for it.
 */
export const RouteListSchema = z.object({
  leikaKey: LeikaKeySchema,
  ars: ArsSchema,
  routedBy: z._default(z.enum(ROUTING_BASES), 'residence'),
  notOffered: z.optional(NotOfferedSchema),
  routes: z.array(RouteSchema),
});
/** The routes for a service in an area. */
export type RouteList = z.infer<typeof RouteListSchema>;
