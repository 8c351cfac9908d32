/**
 * Documents a citizen sends later: the answer to `ACTION_REQUIRED` (`POST
 * /applications/{reference}/documents`), and how a caseworker sees what was sent.
 */
import * as z from 'zod/mini';
import { ATTACHMENT_ID_PATTERN } from '../rules/identifiers.js';
import { DOCUMENTS_MAX_FILES, DOCUMENTS_MESSAGE_MAX_LENGTH } from '../vocabulary.js';
import { ApplicationSchema } from './application.js';
import { TimestampSchema } from './common.js';
import { AttachmentRefSchema } from './form.js';

export { DOCUMENTS_MAX_FILES, DOCUMENTS_MESSAGE_MAX_LENGTH } from '../vocabulary.js';

/** The id of an upload (`POST /attachments` answers it). */
export const AttachmentIdSchema = z.string().check(z.regex(ATTACHMENT_ID_PATTERN));

/**
 * Body of `POST /applications/{reference}/documents`: files uploaded before with
 * `POST /attachments` (each once), and an optional message. Unknown fields are refused.
 */
export const SendDocumentsInputSchema = z.strictObject({
  attachmentIds: z.array(AttachmentIdSchema).check(
    z.minLength(1),
    z.maxLength(DOCUMENTS_MAX_FILES),
    z.refine((ids) => new Set(ids).size === ids.length, 'Each file only once.'),
  ),
  /** A note for the caseworker; an empty one counts as none. */
  message: z.optional(z.string().check(z.trim(), z.maxLength(DOCUMENTS_MESSAGE_MAX_LENGTH))),
});
/** What a citizen sends in answer to `ACTION_REQUIRED`. */
export type SendDocumentsInput = z.infer<typeof SendDocumentsInputSchema>;

/** One answer of the citizen: the files (the server's record of each) and the message. */
export const DocumentDeliverySchema = z.object({
  id: z.string().check(z.minLength(1)),
  sentAt: TimestampSchema,
  files: z.array(AttachmentRefSchema),
  message: z.optional(z.string()),
  /** The status event that recorded it in the timeline. */
  eventId: z.string().check(z.minLength(1)),
});
/** Documents sent later. */
export type DocumentDelivery = z.infer<typeof DocumentDeliverySchema>;

/** An application as a caseworker sees it: the citizen's view and the documents sent later. */
export const CaseworkerApplicationSchema = z.object({
  ...ApplicationSchema.shape,
  documentDeliveries: z._default(z.array(DocumentDeliverySchema), []),
});
/** An application in the caseworker's list. */
export type CaseworkerApplication = z.infer<typeof CaseworkerApplicationSchema>;

/** Answer of `GET /caseworker/applications`. */
export const CaseworkerApplicationListSchema = z.object({
  applications: z.array(CaseworkerApplicationSchema),
});
/** The caseworker's list. */
export type CaseworkerApplicationList = z.infer<typeof CaseworkerApplicationListSchema>;
