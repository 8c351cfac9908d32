/** A saved, unfinished application ("save and return later"). */
import * as z from 'zod/mini';
import { ArsSchema, TimestampSchema } from './common.js';
import { FormAnswersSchema } from './form.js';
import { ServiceIdSchema } from './service.js';
import { RESUME_TOKEN_PATTERN } from '../rules/identifiers.js';

/** The opaque token that opens a draft; whoever holds it may resume. */
export const ResumeTokenSchema = z.string().check(z.regex(RESUME_TOKEN_PATTERN));

/** Body of `POST /drafts` and `PUT /drafts/{token}`; unknown fields are refused. */
export const DraftInputSchema = z.strictObject({
  serviceId: ServiceIdSchema,
  ars: z.optional(ArsSchema),
  answers: FormAnswersSchema,
  /** The step the citizen was on. */
  stepId: z.optional(z.string().check(z.regex(/^S\w+$/))),
});
/** What a widget sends to save a draft. */
export type DraftInput = z.infer<typeof DraftInputSchema>;

/** A stored draft. */
export const DraftSchema = z.object({
  ...DraftInputSchema.shape,
  resumeToken: ResumeTokenSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  expiresAt: TimestampSchema,
});
/** A stored draft. */
export type Draft = z.infer<typeof DraftSchema>;

/** Answer of `GET /me/drafts`. */
export const DraftListSchema = z.object({ drafts: z.array(DraftSchema) });
/** A citizen's drafts. */
export type DraftList = z.infer<typeof DraftListSchema>;
