/**
 * What an error answer means, without zod: the problem `type` URNs of the portal API and the
 * format of `invalidParams` paths, so a widget can tell a citizen what went wrong and point at
 * the field, from the same definitions the server answers with.
 */

/** Problem types of the portal API (stable URNs, listed in docs/server.md). */
export const PROBLEM_TYPES = {
  validation: 'urn:saar-portal:problem:validation',
  formRules: 'urn:saar-portal:problem:form-rules',
  notFound: 'urn:saar-portal:problem:not-found',
  unauthorized: 'urn:saar-portal:problem:unauthorized',
  forbidden: 'urn:saar-portal:problem:forbidden',
  insufficientTrustLevel: 'urn:saar-portal:problem:insufficient-trust-level',
  idempotencyKeyMissing: 'urn:saar-portal:problem:idempotency-key-missing',
  idempotencyKeyReused: 'urn:saar-portal:problem:idempotency-key-reused',
  conflict: 'urn:saar-portal:problem:conflict',
  /** 409: documents were sent, but the application does not wait for any (not `ACTION_REQUIRED`). */
  notAwaitingDocuments: 'urn:saar-portal:problem:not-awaiting-documents',
  unprocessable: 'urn:saar-portal:problem:unprocessable',
  payloadTooLarge: 'urn:saar-portal:problem:payload-too-large',
  unsupportedMediaType: 'urn:saar-portal:problem:unsupported-media-type',
  requestTimeout: 'urn:saar-portal:problem:request-timeout',
  rateLimited: 'urn:saar-portal:problem:rate-limited',
  unavailable: 'urn:saar-portal:problem:unavailable',
  internal: 'urn:saar-portal:problem:internal',
} as const;

/** A problem type of the portal API. */
export type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];

/** One invalid input of a 400 or 422 answer. */
export interface InvalidParam {
  /** Where: `answers.F10010011`, `answers.G10010003[1].F10010011`, `query.limit`, `serviceId`. */
  path: string;
  /** What, in English (widgets show their own text for `rule`). */
  message: string;
  /** Which rule failed, machine-readable (form rules only), e.g. `required`, `pattern`. */
  rule?: string;
}

/** One step of an `invalidParams` path: a member name or a list position. */
export type PathSegment = string | number;

/**
 * The path of an invalid input: members joined by dots, list positions in brackets, optionally
 * below a prefix naming where the input came from (`query`, `params`; bodies have none).
 */
export function formatParamPath(segments: readonly PathSegment[], prefix = ''): string {
  let path = prefix;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}

/** The segments of an `invalidParams` path (the inverse of `formatParamPath` without prefix). */
export function parseParamPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? match[1]! : Number(match[2]));
  }
  return segments;
}

/** Where in a form an invalid answer is: the field (or group) and, inside repeats, which one. */
export interface AnswerLocation {
  /** The field or group id the answer belongs to (`F…` or `G…`). */
  elementId: string;
  /** For answers inside a repeatable group: the group and the entry's position. */
  repeat?: { groupId: string; index: number };
}

/**
 * The form element an `invalidParams` path of an answer check points at (`answers.F1` → `F1`,
 * `answers.G1[2].F3` → `F3` in entry 2 of `G1`); undefined for paths outside the answers.
 */
export function answerLocation(path: string): AnswerLocation | undefined {
  const [root, ...rest] = parseParamPath(path);
  if (root !== 'answers' || rest.length === 0) return undefined;
  const [first, second, third] = rest;
  if (typeof first !== 'string') return undefined;
  if (typeof second === 'number' && typeof third === 'string') {
    return { elementId: third, repeat: { groupId: first, index: second } };
  }
  return { elementId: first };
}
