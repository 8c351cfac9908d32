/**
 * Submitting and reading applications. `POST /applications` is idempotent by `Idempotency-Key`:
 * the same key and body answer the same receipt and store one application; the same key with
 * another body is refused. The receipt is the only answer that shows the access code.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import {
  ApplicationInputSchema,
  ApplicationListSchema,
  ApplicationReceiptSchema,
  meetsTrustLevel,
  type ApplicationInput,
  type ApplicationReceipt,
  type Service,
  type StatusEvent,
  type TrustLevel,
} from '../../src/api/schemas/index.js';
import type { AuthenticatedUser } from '../auth/user.js';
import { checkAnswers, referencedAttachmentIds } from '../domain/form-answers.js';
import {
  IDEMPOTENCY_KEY_TTL_MS,
  idempotencyKeyHash,
  openReceipt,
  parseIdempotencyKey,
  requestFingerprint,
  sealReceipt,
} from '../domain/idempotency.js';
import { hashAccessCode, newAccessCode, newReference } from '../domain/identifiers.js';
import { AuthError } from '../auth/auth-error.js';
import { authProblem } from '../http/authenticate.js';
import { HttpProblem, PROBLEM_TYPES, unprocessable } from '../http/problem.js';
import { parseRequest, serialize, validationProblem } from '../http/validation.js';
import type { ApplicationRecord } from '../store/portal-store.js';
import { accessCodeFromHeader, authorizeApplication, toApplication } from './application-access.js';
import type { ApiContext } from './context.js';
import { resumeTokenHash } from './drafts.js';

const ReferenceParams = z.object({ reference: z.string() });

/** The trust level the portal form of `service` requires. */
export function requiredTrustLevel(service: Service): TrustLevel {
  return (
    service.onlineServices.find((online) => online.hasPortalForm)?.trustLevel ?? 'STORK-QAA-Level-1'
  );
}

/** Everything a submission needs that is looked up, or the problem why it cannot be accepted. */
async function prepareSubmission(
  ctx: ApiContext,
  input: ApplicationInput,
  user: AuthenticatedUser | undefined,
): Promise<{ service: Service; authorityName: string; attachmentIds: string[] }> {
  const { store } = ctx;
  const service = await store.getService(input.serviceId);
  const form = service === undefined ? undefined : await store.getForm(service.id);
  if (service === undefined || form === undefined) {
    throw unprocessable(`The service "${input.serviceId}" cannot be applied for here.`, [
      { path: 'serviceId', message: 'No portal form for this service.' },
    ]);
  }
  // Basic registration (level 1) needs no login; anything above needs a login at that level.
  const required = requiredTrustLevel(service);
  if (required !== 'STORK-QAA-Level-1') {
    const detail = `This service needs a login at trust level ${required}.`;
    if (user === undefined) throw authProblem(new AuthError('missing_token', detail, required));
    if (!meetsTrustLevel(user.acr, required)) {
      throw authProblem(new AuthError('insufficient_trust_level', detail, required));
    }
  }
  const problems = checkAnswers(form, input.answers, true);
  if (problems.length > 0)
    throw validationProblem(problems, 'Some answers are missing or do not fit the form.');

  const attachmentIds = referencedAttachmentIds(input.answers);
  const uploads = await store.getAttachments(attachmentIds);
  const missing = attachmentIds.filter(
    (id) => !uploads.some((upload) => upload.attachmentId === id),
  );
  if (missing.length > 0) {
    throw unprocessable(
      'Some files were not uploaded or have expired.',
      missing.map((id) => ({
        path: 'answers',
        message: `Unknown upload ${id}.`,
      })),
    );
  }

  const area = await store.getArea(input.ars);
  const routes = area === undefined ? [] : await store.getRoutes(service.id, input.ars);
  const authority = routes[0];
  if (authority === undefined) {
    throw unprocessable('No authority is known to be responsible for this service in this area.', [
      { path: 'ars', message: 'No responsible authority for this area.' },
    ]);
  }
  return { service, authorityName: authority.destinationName, attachmentIds };
}

/** Registers the application routes. */
export async function applicationRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  const { store, auth } = ctx;

  app.post(
    '/applications',
    { config: { rateLimit: { max: ctx.limits.writesPerMinute, timeWindow: 60_000 } } },
    async (request: FastifyRequest, reply) => {
      const key = parseIdempotencyKey(request.headers['idempotency-key']);
      if (key === undefined) {
        throw new HttpProblem({
          type: PROBLEM_TYPES.idempotencyKeyMissing,
          title: 'Bad Request',
          status: 400,
          detail: 'Send an Idempotency-Key header (16 to 255 characters, e.g. a random UUID).',
        });
      }
      const input = parseRequest(ApplicationInputSchema, request.body, 'body');
      const user = await auth.optional(request);
      const fingerprint = requestFingerprint(user?.sub, input);
      const { service, authorityName, attachmentIds } = await prepareSubmission(ctx, input, user);

      for (let attempt = 0; attempt < 5; attempt += 1) {
        const now = ctx.now();
        const at = now.toISOString();
        const reference = newReference(now);
        const accessCode = newAccessCode();
        const record: ApplicationRecord = {
          reference,
          serviceId: service.id,
          serviceName: service.name,
          ars: input.ars,
          authorityName,
          status: 'SUBMITTED',
          submittedAt: at,
          updatedAt: at,
          ...(user === undefined ? {} : { trustLevel: user.acr, ownerSub: user.sub }),
          accessCodeHash: hashAccessCode(ctx.accessCodePepper, reference, accessCode),
          answers: input.answers,
        };
        const receiptFor = (event: StatusEvent): ApplicationReceipt =>
          serialize(ApplicationReceiptSchema, { ...toApplication(record, [event]), accessCode });
        let receipt: ApplicationReceipt | undefined;
        const outcome = await store.submitApplication({
          application: record,
          initialEvent: { reference, status: 'SUBMITTED', at },
          idempotency: {
            keyHash: idempotencyKeyHash(key),
            fingerprint,
            seal: (event) => {
              receipt = receiptFor(event);
              return sealReceipt(key, receipt);
            },
            expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS).toISOString(),
          },
          ...(input.resumeToken === undefined
            ? {}
            : { draftTokenHash: resumeTokenHash(input.resumeToken) }),
          attachmentIds,
        });
        if (outcome.kind === 'reference-taken') continue;
        if (outcome.kind === 'replay') {
          if (outcome.fingerprint !== fingerprint) {
            throw new HttpProblem({
              type: PROBLEM_TYPES.idempotencyKeyReused,
              title: 'Unprocessable Content',
              status: 422,
              detail: 'This Idempotency-Key was already used for a different request.',
            });
          }
          const replayed = serialize(
            ApplicationReceiptSchema,
            openReceipt(key, outcome.sealedReceipt) as ApplicationReceipt,
          );
          return reply
            .code(200)
            .header('idempotent-replayed', 'true')
            .header('location', `/api/v1/applications/${replayed.reference}`)
            .header('cache-control', 'no-store')
            .send(replayed);
        }
        ctx.bus.publish(outcome.initialEvent);
        return reply
          .code(201)
          .header('location', `/api/v1/applications/${reference}`)
          .header('cache-control', 'no-store')
          .send(receipt ?? receiptFor(outcome.initialEvent));
      }
      throw new Error('Could not allocate a reference number after 5 attempts.');
    },
  );

  app.get('/applications/:reference', async (request, reply) => {
    const { reference } = parseRequest(ReferenceParams, request.params, 'params');
    const record = await authorizeApplication(
      ctx,
      request,
      reference,
      accessCodeFromHeader(request),
    );
    const events = await store.listStatusEvents(record.reference);
    return reply.header('cache-control', 'no-store').send(toApplication(record, events));
  });

  app.get('/me/applications', async (request, reply) => {
    const user = await auth.required(request);
    const records = await store.listApplicationsByOwner(user.sub);
    const applications = await Promise.all(
      records.map(async (record) =>
        toApplication(record, await store.listStatusEvents(record.reference)),
      ),
    );
    return reply
      .header('cache-control', 'no-store')
      .send(serialize(ApplicationListSchema, { applications }));
  });
}
