/**
 * Every error leaves as `application/problem+json`: problems thrown by handlers, Fastify's own
 * errors (malformed JSON, body too large, wrong media type, rate limit) and unknown routes.
 * Details of unexpected errors stay in the log; the caller sees the request id to quote.
 */
import type {} from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_MEDIA_TYPE, ProblemSchema, type Problem } from '../../src/api/schemas/index.js';
import { AuthError } from '../auth/auth-error.js';
import { Refusal, type RefusalKind } from '../domain/refusal.js';
import { authProblem } from './authenticate.js';
import { HttpProblem, PROBLEM_TYPES, STATUS_TITLES } from './problem.js';

/** How each kind of domain refusal answers. */
const REFUSALS: Readonly<Record<RefusalKind, { status: number; type: string }>> = {
  'not-found': { status: 404, type: PROBLEM_TYPES.notFound },
  'form-rules': { status: 422, type: PROBLEM_TYPES.formRules },
  unprocessable: { status: 422, type: PROBLEM_TYPES.unprocessable },
  conflict: { status: 409, type: PROBLEM_TYPES.conflict },
  'not-awaiting-documents': { status: 409, type: PROBLEM_TYPES.notAwaitingDocuments },
  'idempotency-key-reused': { status: 422, type: PROBLEM_TYPES.idempotencyKeyReused },
  'too-many': { status: 429, type: PROBLEM_TYPES.rateLimited },
  unavailable: { status: 503, type: PROBLEM_TYPES.unavailable },
};

/** The problem a domain refusal answers as. */
export function refusalProblem(refusal: Refusal): HttpProblem {
  const { status, type } = REFUSALS[refusal.kind];
  return new HttpProblem(
    {
      type,
      title: STATUS_TITLES[status] ?? 'Error',
      status,
      detail: refusal.message,
      ...(refusal.invalidParams === undefined ? {} : { invalidParams: refusal.invalidParams }),
    },
    refusal.retryAfterSeconds === undefined
      ? {}
      : { 'Retry-After': String(refusal.retryAfterSeconds) },
  );
}

/** Problem types of Fastify's and its plugins' client errors, by error code. */
const FRAMEWORK_PROBLEM_TYPES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: PROBLEM_TYPES.payloadTooLarge,
  FST_REQ_FILE_TOO_LARGE: PROBLEM_TYPES.payloadTooLarge,
  FST_PARTS_LIMIT: PROBLEM_TYPES.payloadTooLarge,
  FST_FILES_LIMIT: PROBLEM_TYPES.payloadTooLarge,
  FST_FIELDS_LIMIT: PROBLEM_TYPES.payloadTooLarge,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: PROBLEM_TYPES.unsupportedMediaType,
  FST_INVALID_MULTIPART_CONTENT_TYPE: PROBLEM_TYPES.unsupportedMediaType,
  FST_ERR_CTP_INVALID_JSON_BODY: PROBLEM_TYPES.validation,
  FST_ERR_CTP_EMPTY_JSON_BODY: PROBLEM_TYPES.validation,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: PROBLEM_TYPES.validation,
};

/** The `instance` of a problem: the request id, so a citizen can quote it and we find the log. */
function instanceOf(request: FastifyRequest): string {
  return `urn:uuid:${request.id}`;
}

/** Sends `problem` as problem details, checked against the contract. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: Problem,
  headers: Readonly<Record<string, string>> = {},
): FastifyReply {
  const body = ProblemSchema.parse({ ...problem, instance: instanceOf(request) });
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  // Refused before its body arrived in full: do not keep reading the rest of it.
  if (!request.raw.complete) reply.header('connection', 'close');
  return reply
    .code(body.status)
    .header('content-type', `${PROBLEM_MEDIA_TYPE}; charset=utf-8`)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(body));
}

/** Turns any thrown value into the problem it answers as. */
export function problemFor(
  error: unknown,
): { problem: Problem; headers: Record<string, string> } | undefined {
  const known =
    error instanceof Refusal
      ? refusalProblem(error)
      : error instanceof AuthError
        ? authProblem(error)
        : error;
  if (known instanceof HttpProblem) {
    return { problem: known.problem, headers: { ...known.headers } };
  }
  const fastifyError = error as Partial<FastifyError> | undefined;
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = fastifyError?.code ?? '';
    return {
      problem: {
        type: FRAMEWORK_PROBLEM_TYPES[code] ?? 'about:blank',
        title: STATUS_TITLES[status] ?? 'Client Error',
        status,
        // Framework messages for client errors describe the request, never server internals.
        ...(typeof fastifyError?.message === 'string' ? { detail: fastifyError.message } : {}),
      },
      headers: {},
    };
  }
  return undefined;
}

/** Installs the error and not-found handlers on `app` (after `@fastify/rate-limit`). */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const known = problemFor(error);
    if (known !== undefined) {
      if (known.problem.status >= 500) request.log.error({ err: error }, 'server error');
      return sendProblem(request, reply, known.problem, known.headers);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(request, reply, {
      type: PROBLEM_TYPES.internal,
      title: 'Internal Server Error',
      status: 500,
      detail: `Something went wrong on our side. Please quote ${instanceOf(request)} if you contact us.`,
    });
  });

  app.setNotFoundHandler(
    // Unknown paths count against the rate limit too, so probing costs the same as calling.
    { preHandler: app.rateLimit() },
    (request, reply) =>
      sendProblem(request, reply, {
        type: PROBLEM_TYPES.notFound,
        title: 'Not Found',
        status: 404,
        detail: `There is no ${request.method} ${request.url.split('?')[0]}.`,
      }),
  );
}
