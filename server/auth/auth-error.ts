/** Why a request's access token was not accepted, with the HTTP status and challenge to answer. */
import type { TrustLevel } from '../../src/api/schemas/index.js';

/** Machine-readable reason of an {@link AuthError}. */
export type AuthErrorCode =
  | 'missing_token'
  | 'invalid_token'
  | 'invalid_dpop_proof'
  | 'insufficient_trust_level'
  | 'insufficient_role';

/** The authorization scheme a challenge names: DPoP for the widgets' bound tokens. */
export type AuthScheme = 'Bearer' | 'DPoP';

/** A rejected access token: 401 (log in again) or 403 (logged in, but not enough). */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  /** HTTP status to answer with. */
  readonly status: 401 | 403;
  /** Same as `status`, for Fastify's default error handler. */
  readonly statusCode: 401 | 403;
  readonly code: AuthErrorCode;
  /** The trust level the route needs, when the token's was too low. */
  readonly requiredTrustLevel: TrustLevel | undefined;

  /** The scheme of the challenge (the one the request used, or DPoP where it must be). */
  scheme: AuthScheme = 'Bearer';

  constructor(code: AuthErrorCode, message: string, requiredTrustLevel?: TrustLevel) {
    super(message);
    this.code = code;
    this.status =
      code === 'missing_token' || code === 'invalid_token' || code === 'invalid_dpop_proof'
        ? 401
        : 403;
    this.statusCode = this.status;
    this.requiredTrustLevel = requiredTrustLevel;
  }

  /** The `WWW-Authenticate` header value for this error (RFC 6750, RFC 9470). */
  get wwwAuthenticate(): string {
    const quoted = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
    const parameters = ['realm="saar-portal"'];
    switch (this.code) {
      case 'missing_token':
        break;
      case 'invalid_token':
      case 'invalid_dpop_proof':
        parameters.push(`error="${this.code}"`, `error_description=${quoted(this.message)}`);
        break;
      case 'insufficient_trust_level':
        // RFC 9470's step-up challenge: tells the client which acr_values to log in with.
        parameters.push('error="insufficient_user_authentication"');
        if (this.requiredTrustLevel !== undefined) {
          parameters.push(`acr_values=${quoted(this.requiredTrustLevel)}`);
        }
        break;
      case 'insufficient_role':
        parameters.push('error="insufficient_scope"', `error_description=${quoted(this.message)}`);
        break;
    }
    if (this.scheme === 'DPoP') parameters.push('algs="ES256 ES384 EdDSA PS256 RS256"');
    return `${this.scheme} ${parameters.join(', ')}`;
  }
}

/** The issuer's keys could not be fetched: the server's problem, not the caller's (503). */
export class IssuerUnavailableError extends Error {
  override readonly name = 'IssuerUnavailableError';
  readonly statusCode = 503;
}
