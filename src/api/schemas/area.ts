/** An area: a municipality, a district or the state, keyed by its regional key. */
import * as z from 'zod/mini';
import { AgsSchema, ArsSchema, PostcodeSchema } from './common.js';

import { AREA_TYPES } from '../vocabulary.js';

export { AREA_TYPES } from '../vocabulary.js';
/** Schema of an area kind. */
export const AreaTypeSchema = z.enum(AREA_TYPES);

/** An area (FIT-Connect `areas` look-up). */
export const AreaSchema = z.object({
  ars: ArsSchema,
  /** Municipality key, for municipalities only. */
  ags: z.optional(AgsSchema),
  name: z.string().check(z.minLength(1)),
  type: AreaTypeSchema,
  postcodes: z._default(z.array(PostcodeSchema), []),
  /** The regional key of the area this one belongs to (district or state). */
  parentArs: z.optional(ArsSchema),
  /** The name of the area this one belongs to. */
  parentName: z.optional(z.string()),
  /**
   * Districts and villages of a municipality (Ortsteile) by which citizens name their place
   * ("Dudweiler" for Saarbrücken); a search for one finds the municipality.
   */
  places: z.optional(z.array(z.string().check(z.minLength(1)))),
});
/** An area. */
export type Area = z.infer<typeof AreaSchema>;

/** Answer of `GET /areas?q=`. */
export const AreaListSchema = z.object({ areas: z.array(AreaSchema) });
/** A list of areas. */
export type AreaList = z.infer<typeof AreaListSchema>;
