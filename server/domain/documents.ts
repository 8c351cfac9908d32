/**
 * Documents a citizen sends later, in answer to `ACTION_REQUIRED` (decision 0057). Who may: whoever
 * may read the application (its owner, or the access code). Which files: uploads that are the
 * caller's own (the rule of submissions), unexpired and used by no application; they are kept with
 * the application from then on. What it does: the application moves back to `PROCESSING` with a
 * status event in four languages, so the timeline and the live stream show it. Idempotent as
 * submissions are (`Idempotency-Key`, decision 0033): the same key and request answer the first
 * delivery and store nothing; the same key with another request is refused.
 */
import type {
  AttachmentRef,
  CaseworkerApplication,
  SendDocumentsInput,
  StatusEvent,
} from '../../src/api/schemas/index.js';
import type { AuthenticatedUser } from '../auth/user.js';
import type { ApplicationRecord } from '../store/portal-store.js';
import { openApplication, toApplication } from './application-access.js';
import type { DomainContext } from './context.js';
import { idempotencyKeyHash, requestFingerprint } from './idempotency.js';
import { Refusal } from './refusal.js';
import { documentsSentDetails } from './documents-details.js';
import { CITIZEN_ANSWER } from './status-machine.js';
import { isUploadOf } from './uploads.js';

/** Documents as the route hands them over. */
export interface DocumentsRequest {
  reference: string;
  user: AuthenticatedUser | undefined;
  /** The `X-Access-Code` header, when the caller is not the owner. */
  accessCode: string | undefined;
  input: SendDocumentsInput;
  /** The `Idempotency-Key` header. */
  idempotencyKey: string;
}

/** What became of it: sent now (with the event to announce), or sent before (a retry). */
export type DocumentsResult =
  | { kind: 'sent'; application: ApplicationRecord; event: StatusEvent }
  | { kind: 'replayed'; application: ApplicationRecord };

/** The 422 naming each upload that cannot be used, in the words of submissions. */
function unusableUploads(input: SendDocumentsInput, ids: readonly string[]): Refusal {
  return new Refusal(
    'unprocessable',
    'Some files were not uploaded, have expired or are not yours.',
    {
      invalidParams: input.attachmentIds.flatMap((id, index) =>
        ids.includes(id)
          ? [{ path: `attachmentIds[${index}]`, message: 'Unknown upload: upload the file again.' }]
          : [],
      ),
    },
  );
}

/** Sends documents for an application waiting for them, or answers the delivery a retry repeats. */
export async function sendDocuments(
  ctx: DomainContext,
  request: DocumentsRequest,
): Promise<DocumentsResult> {
  const { input, user } = request;
  const record = await openApplication(ctx, request.reference, user, request.accessCode);
  const message = input.message === undefined || input.message === '' ? undefined : input.message;

  // The caller's own uploads only; use and expiry are the store's to check, atomically.
  const uploads = new Map(
    (await ctx.store.attachments.get(input.attachmentIds)).map((upload) => [
      upload.attachmentId,
      upload,
    ]),
  );
  const foreign = input.attachmentIds.filter((id) => {
    const upload = uploads.get(id);
    return (
      upload === undefined || !isUploadOf(upload, { sub: user?.sub, draftTokenHash: undefined })
    );
  });
  if (foreign.length > 0) throw unusableUploads(input, foreign);

  const outcome = await ctx.store.applications.deliverDocuments({
    reference: record.reference,
    attachmentIds: input.attachmentIds,
    ...(message === undefined ? {} : { message }),
    sentAt: ctx.now().toISOString(),
    status: CITIZEN_ANSWER.to,
    details: documentsSentDetails(input.attachmentIds.length, message !== undefined),
    from: CITIZEN_ANSWER.from,
    idempotency: {
      keyHash: idempotencyKeyHash(request.idempotencyKey),
      // What was asked of which application by whom; a submission's key never matches it.
      fingerprint: requestFingerprint(user?.sub, {
        sendDocuments: record.reference,
        attachmentIds: input.attachmentIds,
        ...(message === undefined ? {} : { message }),
      }),
    },
  });
  switch (outcome.kind) {
    case 'delivered':
      return { kind: 'sent', application: outcome.application, event: outcome.event };
    case 'replay':
      return { kind: 'replayed', application: outcome.application };
    case 'unusable':
      throw unusableUploads(input, outcome.attachmentIds);
    case 'key-reused':
      throw new Refusal(
        'idempotency-key-reused',
        'This Idempotency-Key was already used for a different request.',
      );
    case 'refused':
      throw new Refusal(
        'not-awaiting-documents',
        `The application is ${outcome.status}: the authority is not waiting for documents.`,
      );
    case 'not-found':
      throw new Refusal(
        'not-found',
        'There is no application with this reference and access code.',
      );
  }
}

/** An application as a caseworker sees it: with its events and the documents sent later. */
export async function toCaseworkerApplication(
  ctx: DomainContext,
  record: ApplicationRecord,
): Promise<CaseworkerApplication> {
  const { applications, attachments } = ctx.store;
  const [events, deliveries] = await Promise.all([
    applications.listEvents(record.reference),
    applications.listDocumentDeliveries(record.reference),
  ]);
  const ids = deliveries.flatMap((delivery) => delivery.attachmentIds);
  const files = new Map<string, AttachmentRef>(
    (ids.length === 0 ? [] : await attachments.get(ids)).map((upload) => [
      upload.attachmentId,
      {
        attachmentId: upload.attachmentId,
        filename: upload.filename,
        mediaType: upload.mediaType,
        size: upload.size,
      },
    ]),
  );
  return {
    ...toApplication(record, events),
    documentDeliveries: deliveries.map((delivery) => ({
      id: delivery.id,
      sentAt: delivery.sentAt,
      files: delivery.attachmentIds.flatMap((id) => files.get(id) ?? []),
      ...(delivery.message === undefined ? {} : { message: delivery.message }),
      eventId: delivery.eventId,
    })),
  };
}
