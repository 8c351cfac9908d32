/**
 * The typed errors of the portal client. Widgets switch on `kind` to tell the citizen what
 * happened and what to do next; nothing else of the transport leaks out.
 */
import type { Problem } from './schemas/problem.js';

/** What went wrong, in the terms a widget needs to explain it. */
export type PortalErrorKind = 'network' | 'timeout' | 'http' | 'schema' | 'too-large';

/** Base class of every error the portal client throws (besides the caller's own abort). */
export abstract class PortalError extends Error {
  /** What went wrong. */
  abstract readonly kind: PortalErrorKind;
  /** Whether trying the same call again later may succeed. */
  abstract readonly retryable: boolean;
  /** The URL that was requested. */
  readonly url: string;

  constructor(message: string, url: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.url = url;
  }
}

/**
 * Why a request got no answer the page may read:
 * - `offline`: the browser says it is offline;
 * - `refused`: a read failed every attempt while the portal answered a `no-cors` probe: it
 *   answers, but not to this page (CORS: the page's origin is not allowed, or the API base is
 *   not the portal's API); trying again will not help;
 * - `unreachable`: no answer at all (down, DNS, connection refused, blocked by the page's
 *   Content-Security-Policy or as mixed content).
 */
export type NetworkFailure = 'offline' | 'refused' | 'unreachable';

const NETWORK_MESSAGES: Record<NetworkFailure, string> = {
  offline: 'The device is offline',
  refused: 'The portal answered, but not to this page (CORS)',
  unreachable: 'The portal could not be reached',
};

/** The portal could not be reached: offline, DNS, connection refused, CORS refused. */
export class NetworkError extends PortalError {
  readonly kind = 'network';
  /** Why there was no answer (see `NetworkFailure`). */
  readonly reason: NetworkFailure;

  constructor(url: string, cause: unknown, reason?: NetworkFailure) {
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    const why = reason ?? (offline ? 'offline' : 'unreachable');
    super(NETWORK_MESSAGES[why], url, { cause });
    this.reason = why;
  }

  /**
   * Network trouble may pass, so the client tries again; a refusal is told apart only after its
   * last attempt failed the same way (one dropped answer is no refusal).
   */
  readonly retryable = true;

  /** Whether the browser reports being offline. */
  get offline(): boolean {
    return this.reason === 'offline';
  }
}

/** The portal did not answer within the time limit. */
export class TimeoutError extends PortalError {
  readonly kind = 'timeout';
  readonly retryable = true;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  constructor(url: string, timeoutMs: number) {
    super(`The portal did not answer within ${timeoutMs} ms`, url);
    this.timeoutMs = timeoutMs;
  }
}

/** The portal answered with an HTTP error; `problem` holds its problem details. */
export class HttpError extends PortalError {
  readonly kind = 'http';
  /** The HTTP status code. */
  readonly status: number;
  /** The problem details the portal sent, or ones made from the status when it sent none. */
  readonly problem: Problem;
  /** How long the portal asked us to wait before trying again (429/503), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /**
   * Whether the answer carried problem details: the portal API always sends them, so an error
   * without them came from something else at that address (a web server, a proxy).
   */
  readonly problemSent: boolean;

  constructor(
    url: string,
    status: number,
    problem: Problem,
    retryAfterMs?: number,
    problemSent = true,
  ) {
    super(`${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`, url);
    this.status = status;
    this.problem = problem;
    this.retryAfterMs = retryAfterMs;
    this.problemSent = problemSent;
  }

  /** Server-side trouble and rate limits may pass; a 4xx about the request will not. */
  get retryable(): boolean {
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** The portal's answer does not fit the contract: not JSON, or JSON of the wrong shape. */
export class SchemaMismatchError extends PortalError {
  readonly kind = 'schema';
  readonly retryable = false;
  /** The JSON path of the first offending value, such as `services[3].name.de` (`''`: the body). */
  readonly path: string;
  /** Every problem found, each with its path. */
  readonly issues: ReadonlyArray<{ path: string; message: string }>;

  constructor(url: string, issues: ReadonlyArray<{ path: string; message: string }>) {
    const first = issues[0] ?? { path: '', message: 'invalid' };
    super(`Unexpected answer from the portal at ${first.path || '(body)'}: ${first.message}`, url);
    this.path = first.path;
    this.issues = issues;
  }
}

/** The portal's answer is larger than the client accepts. */
export class ResponseTooLargeError extends PortalError {
  readonly kind = 'too-large';
  readonly retryable = false;
  /** The limit, in bytes. */
  readonly limitBytes: number;

  constructor(url: string, limitBytes: number) {
    super(`The portal's answer exceeds ${limitBytes} bytes`, url);
    this.limitBytes = limitBytes;
  }
}

/** Whether an error is the caller's own abort, which widgets ignore rather than report. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
