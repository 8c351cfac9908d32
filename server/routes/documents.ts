/**
 * `POST /applications/{reference}/documents`: the citizen's answer to `ACTION_REQUIRED`, files
 * uploaded before and a message. Who may and what it does: `domain/documents.ts`
 * (decision 0057). Idempotent by `Idempotency-Key` as submissions are: a retry with the same key
 * and body answers 200 and stores nothing.
 */
import { ApplicationSchema, SendDocumentsInputSchema } from '../../src/api/schemas/index.js';
import { toApplication } from '../domain/application-access.js';
import { sendDocuments } from '../domain/documents.js';
import { defineEndpoint } from '../http/endpoint.js';
import { ACCESS_CODE_HEADER, IDEMPOTENCY_KEY, ReferenceParams } from './applications.js';

export const sendDocumentsEndpoint = defineEndpoint({
  id: 'sendDocuments',
  summary: 'Send the documents the authority asked for (ACTION_REQUIRED; Idempotency-Key required)',
  params: ReferenceParams,
  headers: { 'X-Access-Code': ACCESS_CODE_HEADER, 'Idempotency-Key': IDEMPOTENCY_KEY },
  body: SendDocumentsInputSchema,
  status: 201,
  response: ApplicationSchema,
  answers: {
    200: 'This Idempotency-Key sent these files before: the application as it is now (Idempotent-Replayed: true)',
    404: 'No such application, a wrong access code, or another citizen’s',
    409: 'The application is not waiting for documents (its status is not ACTION_REQUIRED): urn:saar-portal:problem:not-awaiting-documents',
    422: 'A file is unknown, expired, not the caller’s or already used (invalidParams names each), or the Idempotency-Key was used for another request',
  },
  cache: 'no-store',
  rateLimit: 'writes',
  async handler({ params, headers, body, user }, ctx, request, reply) {
    const result = await sendDocuments(ctx, {
      reference: params.reference,
      user,
      accessCode: headers['X-Access-Code'],
      input: body,
      idempotencyKey: headers['Idempotency-Key'],
    });
    if (result.kind === 'replayed') {
      reply.code(200).header('idempotent-replayed', 'true');
    } else {
      ctx.statusChanged(result.event);
      request.log.info({ files: body.attachmentIds.length }, 'documents sent');
    }
    const { reference } = result.application;
    return toApplication(result.application, await ctx.store.applications.listEvents(reference));
  },
});
