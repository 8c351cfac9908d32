/**
 * Application endpoints. `POST /applications` is idempotent by `Idempotency-Key`: the same key
 * and body answer the same receipt and store one application; the same key with another body is
 * refused. The receipt is the only answer that shows the access code. Decisions:
 * `domain/submission.ts` and `domain/application-access.ts`.
 */
import * as z from 'zod/mini';
import { ENDPOINTS, endpointPath } from '../../src/api/endpoints.js';
import {
  ApplicationInputSchema,
  ApplicationListSchema,
  ApplicationReceiptSchema,
  ApplicationSchema,
} from '../../src/api/schemas/index.js';
import { openApplication, toApplication } from '../domain/application-access.js';
import { parseIdempotencyKey } from '../domain/idempotency.js';
import { submitApplication } from '../domain/submission.js';
import { defineEndpoint, type HeaderSpec } from '../http/endpoint.js';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem.js';
import { API_PREFIX } from './prefix.js';

/** `{reference}` of the application paths. */
export const ReferenceParams = z.object({
  reference: z
    .string()
    .check(z.maxLength(64), z.describe('Reference number (SAAR-YYYY-XXXX-XXXX).')),
});

/** The header that carries the access code on the JSON API. */
export const ACCESS_CODE_HEADER: HeaderSpec = {
  description: 'Access code from the receipt (not needed with the owner’s bearer token).',
  read: (value) => (typeof value === 'string' ? value : undefined),
};

/** The `Idempotency-Key` of the idempotent writes (decision 0033): required, else 400. */
export const IDEMPOTENCY_KEY: HeaderSpec<string> = {
  description:
    'One key per application (16–255 visible characters, e.g. a random UUID): a repeat returns the same receipt, another body 422.',
  required: true,
  read(value) {
    const key = parseIdempotencyKey(value);
    if (key === undefined) {
      throw new HttpProblem({
        type: PROBLEM_TYPES.idempotencyKeyMissing,
        title: 'Bad Request',
        status: 400,
        detail: 'Send an Idempotency-Key header (16 to 255 characters, e.g. a random UUID).',
      });
    }
    return key;
  },
};

export const submitApplicationEndpoint = defineEndpoint({
  id: 'submitApplication',
  summary: 'Submit an application (Idempotency-Key required)',
  headers: { 'Idempotency-Key': IDEMPOTENCY_KEY },
  body: ApplicationInputSchema,
  status: 201,
  response: ApplicationReceiptSchema,
  answers: {
    200: 'The receipt of the application this Idempotency-Key already made (Idempotent-Replayed: true)',
    403: 'The service needs a login at a higher trust level (WWW-Authenticate says which)',
    422: 'The answers break rules of the form (invalidParams names each), a file or draft is not the caller’s, no authority is responsible, or the Idempotency-Key was used for another request',
  },
  cache: 'no-store',
  rateLimit: 'writes',
  async handler({ body, headers, user }, ctx, _request, reply) {
    const result = await submitApplication(ctx, {
      input: body,
      user,
      idempotencyKey: headers['Idempotency-Key'],
    });
    const { receipt } = result;
    reply.header(
      'location',
      `${API_PREFIX}${endpointPath(ENDPOINTS.getApplication, { reference: receipt.reference })}`,
    );
    if (result.kind === 'replayed') {
      reply.code(200).header('idempotent-replayed', 'true');
    } else {
      ctx.statusChanged(receipt.events[0]!);
    }
    return receipt;
  },
});

export const getApplication = defineEndpoint({
  id: 'getApplication',
  summary: 'An application, by access code or owner’s token',
  params: ReferenceParams,
  headers: { 'X-Access-Code': ACCESS_CODE_HEADER },
  status: 200,
  response: ApplicationSchema,
  answers: { 404: 'No such application, a wrong access code, or another citizen’s' },
  cache: 'no-store',
  async handler({ params, headers, user }, ctx) {
    const record = await openApplication(ctx, params.reference, user, headers['X-Access-Code']);
    return toApplication(record, await ctx.store.applications.listEvents(record.reference));
  },
});

export const listMyApplications = defineEndpoint({
  id: 'listMyApplications',
  summary: 'The logged-in citizen’s applications',
  status: 200,
  response: ApplicationListSchema,
  cache: 'no-store',
  async handler({ user }, ctx) {
    const { applications } = ctx.store;
    const records = await applications.listByOwner(user.sub);
    return {
      applications: await Promise.all(
        records.map(async (record) =>
          toApplication(record, await applications.listEvents(record.reference)),
        ),
      ),
    };
  },
});
