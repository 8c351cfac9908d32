/**
 * Schemas of the seed records: the contract's schemas plus the seed-only keys that tell the
 * reference server who is responsible. Services name their office (`office`); authorities are
 * the bodies that can be routed to; competence rules (`competences.json`) say which authority
 * handles an office where, each with its source; `event-place.json` names the services routed
 * by the place of an event rather than the residence.
 */
import * as z from 'zod/mini';
import {
  ArsSchema,
  ContactSchema,
  FactSourceSchema,
  LanguageMapSchema,
  OpeningPeriodSchema,
  PostalAddressSchema,
  type RoutingBasis,
  RouteSchema,
  ServiceIdSchema,
  ServiceSchema,
  SourceSchema,
  UrlSchema,
} from '../../src/api/schemas/index.js';
import { OFFICE_KEYS } from './offices.js';

/** Schema of an office key. */
export const OfficeKeySchema = z.enum(OFFICE_KEYS);

/**
 * Where the LeiKa key of an authored service comes from: a source that confirms it, or
 * `unverified` (no source found; the key may be project-assigned or wrong).
 */
export const LeikaKeyEvidenceSchema = z.union([
  z.object({ status: z.literal('verified'), source: SourceSchema }),
  z.object({ status: z.literal('unverified'), note: z.optional(z.string()) }),
]);

/** A seed service: a contract service plus the office responsible for it. */
export const SeedServiceSchema = z.object({
  ...ServiceSchema.shape,
  office: OfficeKeySchema,
  /** Authored services say whether a source confirms their LeiKa key; PVOG services need not. */
  leikaKeyEvidence: z.optional(LeikaKeyEvidenceSchema),
});

/**
 * A seed authority: a contract route (only sourced facts, with their `sources`) plus whether it
 * is a general administration (a town hall, a district authority) whose routes name the office
 * inside it ("Landkreis Saarlouis, Kfz-Zulassungsstelle").
 */
export const SeedAuthoritySchema = z.object({
  ...RouteSchema.shape,
  generalAdministration: z._default(z.boolean(), false),
});

/** Where an office sits and how it is reached, where that differs from its authority's seat. */
export const OfficeLocationSchema = z.object({
  /** The office's own name, appended to the authority's ("Zentrale Wohngeldstelle"). */
  name: z.optional(z.string().check(z.minLength(1))),
  address: z.optional(PostalAddressSchema),
  contactPersons: z.optional(z.array(ContactSchema)),
  openingHours: z.optional(z.array(OpeningPeriodSchema)),
  openingHoursNote: z.optional(LanguageMapSchema),
  websiteUrl: z.optional(UrlSchema),
  /** One source for each fact given here (`address`, `contacts`, `openingHours`). */
  sources: z.array(FactSourceSchema),
});

/**
 * Who handles the services of some offices in some areas. The most specific area wins (a key
 * serves every area whose key starts with it), so a city that acts as its own authority is one
 * more rule for its own key. `authority` is `municipality` (the area's own town hall),
 * `district` (its Landkreis or the Regionalverband) or an authority's `destinationId`; a rule
 * with `notOffered` instead says the service does not exist there.
 */
export const SeedCompetenceSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  offices: z.array(OfficeKeySchema).check(z.minLength(1)),
  areas: z.array(ArsSchema).check(z.minLength(1)),
  authority: z.optional(z.string().check(z.minLength(1))),
  notOffered: z.optional(LanguageMapSchema),
  office: z.optional(OfficeLocationSchema),
  /** The law and paragraph or the pages that say so. Empty only for an `unverified` default. */
  sources: z.array(SourceSchema),
  /** Why a rule has no source: a level default kept until a source confirms or corrects it. */
  unverified: z.optional(z.string().check(z.minLength(1))),
});

const EVENT_PLACE_BASES = [
  'placeOfBirth',
  'placeOfDeath',
  'placeOfMarriage',
] as const satisfies readonly RoutingBasis[];

/** Services whose office is decided by the place of an event (birth, death, wedding). */
export const SeedEventPlaceSchema = z.object({
  services: z.array(ServiceIdSchema).check(z.minLength(1)),
  routedBy: z.enum(EVENT_PLACE_BASES),
  sources: z.array(SourceSchema).check(z.minLength(1)),
});
