/**
 * Why the domain refuses a request, in its own terms. Domain modules import no HTTP layer; the
 * error handler (`server/http/error-handler.ts`) turns a `Refusal` into problem details.
 */
import type { InvalidParam } from '../../src/api/rules/problem-types.js';

/** The kinds of refusal, each answered with one status and problem type. */
export type RefusalKind =
  /** Nothing there, or nothing the caller may see (one answer for both). */
  | 'not-found'
  /** The answers break rules of the form definition (`invalidParams` names them). */
  | 'form-rules'
  /** Well-formed, but not acceptable for what it names (no form, no authority, foreign upload). */
  | 'unprocessable'
  /** The resource's state does not allow the change. */
  | 'conflict'
  /** Documents were sent, but the application does not wait for any (not `ACTION_REQUIRED`). */
  | 'not-awaiting-documents'
  /** The idempotency key was used for another request. */
  | 'idempotency-key-reused'
  /** Too many of something at once (status streams). */
  | 'too-many'
  /** The server cannot take more right now. */
  | 'unavailable';

/** A request the domain will not carry out. */
export class Refusal extends Error {
  override readonly name = 'Refusal';
  readonly kind: RefusalKind;
  readonly invalidParams: InvalidParam[] | undefined;
  /** Seconds after which trying again may succeed (`too-many`, `unavailable`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    kind: RefusalKind,
    detail: string,
    options: { invalidParams?: InvalidParam[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
    this.kind = kind;
    this.invalidParams = options.invalidParams;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
