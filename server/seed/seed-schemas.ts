/**
 * Schemas of the seed records: the contract's schemas plus the seed-only keys that tell the
 * reference server who is responsible (`office`) and where an authority works (`servesArs`).
 */
import * as z from 'zod/mini';
import { ArsSchema, RouteSchema, ServiceSchema } from '../../src/api/schemas/index.js';
import { OFFICE_KEYS } from './offices.js';

/** Schema of an office key. */
export const OfficeKeySchema = z.enum(OFFICE_KEYS);

/** A seed service: a contract service plus the office responsible for it. */
export const SeedServiceSchema = z.object({
  ...ServiceSchema.shape,
  office: OfficeKeySchema,
});

/**
 * A seed authority: a contract route plus the areas it serves (regional keys of any length; a
 * key serves every area whose key starts with it) and the offices it houses.
 */
export const SeedAuthoritySchema = z.object({
  ...RouteSchema.shape,
  servesArs: z.array(ArsSchema).check(z.minLength(1)),
  offices: z.array(OfficeKeySchema).check(z.minLength(1)),
});
