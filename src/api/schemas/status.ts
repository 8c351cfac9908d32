/** The citizen-facing processing status of an application and its history. */
import * as z from 'zod/mini';
import { LanguageMapSchema, TimestampSchema, UrlSchema } from './common.js';
import { STATUS_VALUES } from '../vocabulary.js';
import { REFERENCE_PATTERN } from '../rules/identifiers.js';

export { FINAL_STATUSES, STATUS_VALUES, type StatusValue } from '../vocabulary.js';

/** Schema of a status value. */
export const StatusValueSchema = z.enum(STATUS_VALUES);

/** A reference number such as `SAAR-2026-7KQ4-M2XH`. */
export const ReferenceSchema = z.string().check(z.regex(REFERENCE_PATTERN));

/** One change of status, with what it means for the citizen. */
export const StatusEventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  reference: ReferenceSchema,
  status: StatusValueSchema,
  at: TimestampSchema,
  details: z.optional(LanguageMapSchema),
  /** Where the citizen can act, for `ACTION_REQUIRED`. */
  actionUrl: z.optional(UrlSchema),
});
/** A status event. */
export type StatusEvent = z.infer<typeof StatusEventSchema>;

/** Answer of `GET /applications/{reference}/events`. */
export const StatusEventListSchema = z.object({ events: z.array(StatusEventSchema) });

/** Longest status note, per language, in characters. */
export const STATUS_NOTE_MAX_LENGTH = 2000;

const note = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(STATUS_NOTE_MAX_LENGTH));

/** Body of a caseworker's status change; unknown fields are refused, notes are bounded. */
export const StatusChangeSchema = z.strictObject({
  status: StatusValueSchema,
  details: z.optional(
    z.strictObject({
      de: note(),
      en: z.optional(note()),
      fr: z.optional(note()),
      'de-x-ls': z.optional(note()),
    }),
  ),
  actionUrl: z.optional(UrlSchema.check(z.maxLength(2000))),
});
/** A caseworker's status change. */
export type StatusChange = z.infer<typeof StatusChangeSchema>;
