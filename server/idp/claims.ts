/** Which account claims each scope releases, and what ends up in a token. */
import type { Grant } from 'oidc-provider';
import type { TestAccount } from './accounts.js';

/** Scopes the widgets request by default: identity plus what a form can prefill. */
export const CITIZEN_SCOPES = ['openid', 'profile', 'email', 'address'] as const;

/** Standard OIDC scopes and the claims of ours each one releases. */
export const SCOPE_CLAIMS = {
  profile: ['given_name', 'family_name', 'birthdate'],
  email: ['email'],
  address: ['address'],
  phone: ['phone_number'],
} as const satisfies Record<string, readonly string[]>;

type ReleasableScope = keyof typeof SCOPE_CLAIMS;

function isReleasableScope(scope: string): scope is ReleasableScope {
  return Object.hasOwn(SCOPE_CLAIMS, scope);
}

/**
 * The account's claims that `grant` lets the client see: those of its granted OIDC scopes, less
 * any claim the citizen rejected. These go into the API's access token, so the API can answer
 * `GET /me` and prefill forms without calling back to the provider.
 */
export function releasedClaims(
  account: TestAccount,
  grant: Grant | undefined,
): Record<string, unknown> {
  if (grant === undefined) return {};
  const rejected = new Set(grant.getRejectedOIDCClaims() ?? []);
  const released: Record<string, unknown> = {};
  for (const scope of grant.getOIDCScope().split(' ')) {
    if (!isReleasableScope(scope)) continue;
    for (const claim of SCOPE_CLAIMS[scope]) {
      const value = account.claims[claim];
      if (value !== undefined && !rejected.has(claim)) released[claim] = value;
    }
  }
  return released;
}
