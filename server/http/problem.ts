/**
 * RFC 9457 problem details: the one shape of every error the API answers.
 *
 * Handlers throw `HttpProblem`; the error handler in `error-handler.ts` turns it (and Fastify's
 * own errors) into an `application/problem+json` body checked against `ProblemSchema`.
 */
import type { InvalidParam } from '../../src/api/rules/problem-types.js';
import type { Problem } from '../../src/api/schemas/index.js';
import { PROBLEM_TYPES } from '../../src/api/rules/problem-types.js';

export { PROBLEM_TYPES } from '../../src/api/rules/problem-types.js';

/** Standard titles by status, for problems that need no more specific one. */
export const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The members of a problem a handler sets; `type` defaults to `about:blank`. */
export interface ProblemInit {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  invalidParams?: InvalidParam[];
  /** Extension members. */
  [extension: string]: unknown;
}

/** An error that answers as problem details; thrown from handlers and hooks. */
export class HttpProblem extends Error {
  /** The problem body (without `instance`, which the error handler adds). */
  readonly problem: Problem;
  /** Extra response headers, such as `WWW-Authenticate` or `Retry-After`. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(problem: ProblemInit, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title);
    this.name = 'HttpProblem';
    this.problem = { ...problem, type: problem.type ?? 'about:blank' };
    this.headers = headers;
  }

  /** HTTP status of the answer. */
  get statusCode(): number {
    return this.problem.status;
  }
}

/**
 * 404 for anything the caller may not see or that does not exist: one indistinguishable answer,
 * so a wrong access code or another citizen's reference reveals nothing.
 */
export function notFound(detail = 'The requested resource does not exist.'): HttpProblem {
  return new HttpProblem({ type: PROBLEM_TYPES.notFound, title: 'Not Found', status: 404, detail });
}

/** 401: no or an invalid bearer token. */
export function unauthorized(detail = 'A valid bearer token is required.'): HttpProblem {
  return new HttpProblem(
    { type: PROBLEM_TYPES.unauthorized, title: 'Unauthorized', status: 401, detail },
    { 'WWW-Authenticate': 'Bearer' },
  );
}

/** 403: authenticated, but not allowed. */
export function forbidden(detail: string): HttpProblem {
  return new HttpProblem({
    type: PROBLEM_TYPES.forbidden,
    title: 'Forbidden',
    status: 403,
    detail,
  });
}

/** 409: the resource's state does not allow the change. */
export function conflict(detail: string): HttpProblem {
  return new HttpProblem({ type: PROBLEM_TYPES.conflict, title: 'Conflict', status: 409, detail });
}

/** 422: well-formed, but not acceptable for the resource it names. */
export function unprocessable(detail: string, invalidParams?: InvalidParam[]): HttpProblem {
  return new HttpProblem({
    type: PROBLEM_TYPES.unprocessable,
    title: 'Unprocessable Content',
    status: 422,
    detail,
    ...(invalidParams === undefined ? {} : { invalidParams }),
  });
}
