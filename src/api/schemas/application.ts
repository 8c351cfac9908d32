/** A submitted application. */
import * as z from 'zod/mini';
import { ArsSchema, LanguageMapSchema, TimestampSchema, TrustLevelSchema } from './common.js';
import { FormAnswersSchema } from './form.js';
import { ServiceIdSchema } from './service.js';
import { ACCESS_CODE_PATTERN } from '../rules/identifiers.js';
import { ReferenceSchema, StatusEventSchema, StatusValueSchema } from './status.js';

/** The secret that, with the reference number, opens an application without logging in. */
export const AccessCodeSchema = z.string().check(z.regex(ACCESS_CODE_PATTERN));

/** Body of `POST /applications`; unknown fields are refused. */
export const ApplicationInputSchema = z.strictObject({
  serviceId: ServiceIdSchema,
  ars: ArsSchema,
  answers: FormAnswersSchema,
  /** The draft this came from; it is deleted once the application is stored. */
  resumeToken: z.optional(z.string()),
});
/** What a widget submits. */
export type ApplicationInput = z.infer<typeof ApplicationInputSchema>;

/** An application as its citizen sees it. */
export const ApplicationSchema = z.object({
  reference: ReferenceSchema,
  serviceId: ServiceIdSchema,
  serviceName: LanguageMapSchema,
  ars: ArsSchema,
  authorityName: z.string(),
  status: StatusValueSchema,
  submittedAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** The trust level the citizen had when submitting, if logged in. */
  trustLevel: z.optional(TrustLevelSchema),
  events: z._default(z.array(StatusEventSchema), []),
});
/** An application. */
export type Application = z.infer<typeof ApplicationSchema>;

/** Answer of `POST /applications`: the only time the access code is shown. */
export const ApplicationReceiptSchema = z.object({
  ...ApplicationSchema.shape,
  accessCode: AccessCodeSchema,
});
/** Receipt of a submission. */
export type ApplicationReceipt = z.infer<typeof ApplicationReceiptSchema>;

/** Answer of `GET /me/applications`. */
export const ApplicationListSchema = z.object({ applications: z.array(ApplicationSchema) });
/** A citizen's applications. */
export type ApplicationList = z.infer<typeof ApplicationListSchema>;
