/** What can go wrong with a login, in kinds a widget can explain to a citizen. */

/** The kinds of login failure. */
export type LoginFailure =
  /** This website is not registered with the citizen account (a webmaster's job). */
  | 'not-registered'
  /** The portal or the citizen account cannot be reached. */
  | 'unreachable'
  /** The citizen cancelled at the citizen account. */
  | 'cancelled'
  /** The browser blocked the window the login opens in (popup mode). */
  | 'popup-blocked'
  /** The citizen's account does not reach the trust level asked for. */
  | 'trust-level'
  /** A silent re-login found no session at the citizen account. */
  | 'login-required'
  /** A protocol check failed (state, nonce, issuer, signature algorithm …): nothing was accepted. */
  | 'rejected';

/** A failed login; `detail` is for the console, never for the page. */
export class LoginError extends Error {
  readonly kind: LoginFailure;

  constructor(kind: LoginFailure, detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'LoginError';
    this.kind = kind;
  }
}

/** The kind of an `error` the citizen account sent back to the page (RFC 6749 / OIDC codes). */
export function failureOfAuthorizationError(code: string): LoginFailure {
  switch (code) {
    case 'access_denied':
      return 'cancelled';
    case 'unmet_authentication_requirements':
      return 'trust-level';
    case 'login_required':
    case 'interaction_required':
    case 'consent_required':
      return 'login-required';
    case 'temporarily_unavailable':
    case 'server_error':
      return 'unreachable';
    default:
      return 'rejected';
  }
}
