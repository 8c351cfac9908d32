/** Who called the API: what the access-token verifier hands to the routes. */
import type { CitizenClaims, TrustLevel } from '../../src/api/schemas/index.js';

/** Roles a portal user can have. */
export const USER_ROLES = ['citizen', 'caseworker'] as const;
/** A portal user's role: citizens file applications, caseworkers process them. */
export type UserRole = (typeof USER_ROLES)[number];

/** Whether `value` is a role the portal knows. */
export function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

/** The caller behind a valid access token. */
export interface AuthenticatedUser {
  /** Stable pseudonymous id of the account (the token's `sub`). */
  sub: string;
  /** Trust level of this login (the token's `acr`). */
  acr: TrustLevel;
  /** Roles; a token without a known role counts as a citizen's. */
  roles: UserRole[];
  /**
   * The citizen's released claims when the token carries them (the local provider puts the
   * consented ones in; an external issuer may not): for `GET /me` and form prefill.
   */
  claims?: CitizenClaims;
  /** For caseworkers: the id of the authority whose applications they process (`destinationId`). */
  authority?: string;
  /** The client the token was issued to (`client_id`, else `azp`), when the token says. */
  clientId?: string;
  /** The thumbprint of the key the token is bound to (`cnf.jkt`, DPoP), when it is bound. */
  boundKey?: string;
}
