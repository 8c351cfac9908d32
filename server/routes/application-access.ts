/**
 * Who may see an application: its owner (bearer token with the same `sub`) or whoever holds its
 * access code. Everyone else, and every unknown reference, gets the very same 404, after the
 * same amount of hashing, so neither the answer nor its timing tells a guesser anything.
 */
import type { FastifyRequest } from 'fastify';
import {
  AccessCodeSchema,
  ApplicationSchema,
  ReferenceSchema,
  type Application,
  type StatusEvent,
} from '../../src/api/schemas/index.js';
import { accessCodeMatches, hashAccessCode, normalizeAccessCode } from '../domain/identifiers.js';
import { notFound, type HttpProblem } from '../http/problem.js';
import { serialize } from '../http/validation.js';
import type { ApplicationRecord } from '../store/portal-store.js';
import type { ApiContext } from './context.js';

/** Header that carries the access code on the JSON API. */
export const ACCESS_CODE_HEADER = 'x-access-code';

/** The one answer for "unknown", "not yours" and "wrong code". */
export function applicationNotFound(): HttpProblem {
  return notFound('There is no application with this reference and access code.');
}

/** The application as its citizen sees it, checked against the contract. */
export function toApplication(record: ApplicationRecord, events: StatusEvent[]): Application {
  return serialize(ApplicationSchema, {
    reference: record.reference,
    serviceId: record.serviceId,
    serviceName: record.serviceName,
    ars: record.ars,
    authorityName: record.authorityName,
    status: record.status,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
    ...(record.trustLevel === undefined ? {} : { trustLevel: record.trustLevel }),
    events,
  });
}

/**
 * The application `reference` if the caller may see it: by bearer token of its owner, or by
 * `accessCode` (from the `X-Access-Code` header, or for event streams the query string).
 */
export async function authorizeApplication(
  ctx: ApiContext,
  request: FastifyRequest,
  reference: string,
  accessCode: string | undefined,
): Promise<ApplicationRecord> {
  const user = await ctx.auth.optional(request);
  const validReference = ReferenceSchema.safeParse(reference).success;
  const record = validReference ? await ctx.store.getApplication(reference) : undefined;
  if (record !== undefined && user !== undefined && record.ownerSub === user.sub) return record;

  const normalized = accessCode === undefined ? undefined : normalizeAccessCode(accessCode);
  const code =
    normalized !== undefined && AccessCodeSchema.safeParse(normalized).success
      ? normalized
      : undefined;
  if (record === undefined || code === undefined) {
    // Spend the same effort as a real comparison before answering.
    hashAccessCode(ctx.accessCodePepper, reference, code ?? '00000000');
    throw applicationNotFound();
  }
  if (!accessCodeMatches(ctx.accessCodePepper, reference, code, record.accessCodeHash)) {
    throw applicationNotFound();
  }
  return record;
}

/** The access code of a JSON API request (header only: query strings end up in logs and history). */
export function accessCodeFromHeader(request: FastifyRequest): string | undefined {
  const value = request.headers[ACCESS_CODE_HEADER];
  return typeof value === 'string' ? value : undefined;
}
