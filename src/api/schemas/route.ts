/**
 * The authority responsible for a service in an area, modelled on the FIT-Connect routing
 * response (`destinationName`, `address`, `contactPersons`, `processingDuration`, ...).
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
import { WEEKDAYS } from '../vocabulary.js';

export { WEEKDAYS } from '../vocabulary.js';

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

/** One responsible authority ("Zuständigkeit"). */
export const RouteSchema = z.object({
  destinationId: z.string().check(z.minLength(1)),
  destinationName: z.string().check(z.minLength(1)),
  level: LevelSchema,
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
});
/** A responsible authority. */
export type Route = z.infer<typeof RouteSchema>;

/** Answer of `GET /routes?leikaKey=&ars=`: possibly empty when no office is known. */
export const RouteListSchema = z.object({
  leikaKey: LeikaKeySchema,
  ars: ArsSchema,
  routes: z.array(RouteSchema),
});
/** The routes for a service in an area. */
export type RouteList = z.infer<typeof RouteListSchema>;
