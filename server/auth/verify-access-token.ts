/**
 * Verifies the portal API's bearer tokens: JWT access tokens (RFC 9068) from the configured
 * issuer, the local provider under `/idp` or an external one (e.g. a Keycloak broker in front of
 * BundID). Checks signature (issuer's JWKS), `alg`, `iss`, `aud`, `exp`, a known trust level in
 * `acr`, and optionally a minimum trust level and a role per route.
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import {
  CitizenClaimsSchema,
  TRUST_LEVELS,
  meetsTrustLevel,
  type TrustLevel,
} from '../../src/api/schemas/index.js';
import type { ServerConfig } from '../config.js';
import { SIGNING_ALG, loadOrCreateIdpKeys, publicJwk } from '../idp/keys.js';
import { AuthError, IssuerUnavailableError } from './auth-error.js';
import { isUserRole, type AuthenticatedUser, type UserRole } from './user.js';

export { AuthError, IssuerUnavailableError, type AuthErrorCode } from './auth-error.js';
export { USER_ROLES, type AuthenticatedUser, type UserRole } from './user.js';

/** What a route demands beyond a valid token. */
export interface VerifyRequirements {
  /** Lowest acceptable trust level; below it `verify` throws a 403 `AuthError`. */
  minimumTrustLevel?: TrustLevel;
  /** Role the caller must have; without it `verify` throws a 403 `AuthError`. */
  requiredRole?: UserRole;
}

/** Checks bearer tokens for the portal API. */
export interface AccessTokenVerifier {
  /**
   * The caller behind `bearerToken` (the token, or a whole `Bearer …` header value); throws
   * `AuthError` (401/403) when it is not acceptable, `IssuerUnavailableError` (503) when the
   * issuer's keys cannot be fetched.
   */
  verify(bearerToken: string, requirements?: VerifyRequirements): Promise<AuthenticatedUser>;
}

/** Overrides for tests and special setups. */
export interface AccessTokenVerifierOptions {
  /** Keys to verify with instead of the issuer's (a JWKS, or a jose key resolver). */
  keySet?: JSONWebKeySet | JWTVerifyGetKey;
  /** Accepted signature algorithms (default: ES256 for the local provider, common ones else). */
  algorithms?: string[];
  /** Allowed clock skew in seconds (default 5). */
  clockToleranceSeconds?: number;
  /** fetch for the issuer's discovery document (default: global fetch). */
  fetch?: typeof fetch;
}

/** The configuration the verifier reads. */
export type VerifierConfig = Pick<
  ServerConfig,
  'oidcIssuer' | 'oidcAudience' | 'localIdp' | 'dataDir'
>;

/** Asymmetric algorithms accepted from an external issuer (Keycloak signs with RS256). */
const EXTERNAL_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA', 'Ed25519'];

/** Resolves the issuer's JWKS through its discovery document, once, retrying after failures. */
function discoveredKeySet(issuer: string, fetchImpl: typeof fetch): () => Promise<JWTVerifyGetKey> {
  let pending: Promise<JWTVerifyGetKey> | undefined;
  const discover = async (): Promise<JWTVerifyGetKey> => {
    const response = await fetchImpl(`${issuer}/.well-known/openid-configuration`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`discovery answered ${response.status}`);
    const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (metadata.issuer !== issuer) {
      throw new Error(`discovery names issuer ${String(metadata.issuer)}, expected ${issuer}`);
    }
    if (typeof metadata.jwks_uri !== 'string') throw new Error('discovery has no jwks_uri');
    return createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: 5000 });
  };
  return () => {
    pending ??= discover().catch((cause: unknown) => {
      pending = undefined;
      throw new IssuerUnavailableError(`cannot reach the token issuer ${issuer}`, { cause });
    });
    return pending;
  };
}

function keyResolver(
  config: VerifierConfig,
  options: AccessTokenVerifierOptions,
): () => Promise<JWTVerifyGetKey> {
  const { keySet } = options;
  if (typeof keySet === 'function') return async () => keySet;
  if (keySet !== undefined) {
    const local = createLocalJWKSet(keySet);
    return async () => local;
  }
  if (config.localIdp) {
    // Same process as the provider: read its public keys instead of fetching them over HTTP.
    let local: JWTVerifyGetKey | undefined;
    return async () => {
      local ??= createLocalJWKSet({
        keys: loadOrCreateIdpKeys(config.dataDir).signingKeys.map(publicJwk),
      });
      return local;
    };
  }
  return discoveredKeySet(config.oidcIssuer, options.fetch ?? globalThis.fetch);
}

function describeJoseError(error: InstanceType<typeof joseErrors.JOSEError>): string {
  if (error instanceof joseErrors.JWTExpired) return 'the access token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return `the access token's "${error.claim}" claim is not acceptable`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return 'the access token signature is invalid';
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return 'the access token is signed with an algorithm that is not accepted';
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) {
    return 'the access token is signed with an unknown key';
  }
  return 'the access token is malformed';
}

/** The roles a token grants: its `roles` claim (or Keycloak's `realm_access.roles`). */
function rolesOf(payload: JWTPayload): UserRole[] {
  const realmAccess = payload.realm_access as { roles?: unknown } | undefined;
  const claimed = Array.isArray(payload.roles) ? payload.roles : realmAccess?.roles;
  const roles = Array.isArray(claimed) ? claimed.filter(isUserRole) : [];
  // A citizen account (BundID) carries no portal roles: no known role means citizen.
  return roles.length > 0 ? [...new Set(roles)] : ['citizen'];
}

function bareToken(bearerToken: string): string {
  const trimmed = bearerToken.trim();
  const match = /^Bearer\s+(.+)$/i.exec(trimmed);
  return (match?.[1] ?? trimmed).trim();
}

/** A verifier for the access tokens of `config.oidcIssuer` meant for `config.oidcAudience`. */
export function createAccessTokenVerifier(
  config: VerifierConfig,
  options: AccessTokenVerifierOptions = {},
): AccessTokenVerifier {
  const resolveKeys = keyResolver(config, options);
  const algorithms = options.algorithms ?? (config.localIdp ? [SIGNING_ALG] : EXTERNAL_ALGORITHMS);

  async function verifyPayload(token: string): Promise<JWTPayload> {
    const keys = await resolveKeys();
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: config.oidcIssuer,
        audience: config.oidcAudience,
        algorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: options.clockToleranceSeconds ?? 5,
        // RFC 9068 access tokens say so in their header; the local provider's always do, and
        // this keeps its ID tokens (typ JWT) from passing as access tokens.
        ...(config.localIdp ? { typ: 'at+jwt' } : {}),
      });
      return payload;
    } catch (error) {
      if (error instanceof joseErrors.JWKSTimeout) {
        throw new IssuerUnavailableError('the token issuer did not answer in time', {
          cause: error,
        });
      }
      if (error instanceof joseErrors.JOSEError) {
        throw new AuthError('invalid_token', describeJoseError(error));
      }
      // Anything else is the key fetch failing (network, bad JWKS answer).
      throw new IssuerUnavailableError('cannot fetch the token issuer keys', { cause: error });
    }
  }

  return {
    async verify(bearerToken, requirements = {}) {
      const token = bareToken(bearerToken);
      if (token === '') throw new AuthError('missing_token', 'an access token is required');
      const payload = await verifyPayload(token);
      const { sub, acr } = payload;
      if (typeof sub !== 'string' || sub === '') {
        throw new AuthError('invalid_token', 'the access token has no subject');
      }
      if (!(TRUST_LEVELS as readonly unknown[]).includes(acr)) {
        throw new AuthError('invalid_token', 'the access token carries no known trust level (acr)');
      }
      const trustLevel = acr as TrustLevel;
      const { minimumTrustLevel, requiredRole } = requirements;
      if (minimumTrustLevel !== undefined && !meetsTrustLevel(trustLevel, minimumTrustLevel)) {
        throw new AuthError(
          'insufficient_trust_level',
          `this needs a login at ${minimumTrustLevel} or higher`,
          minimumTrustLevel,
        );
      }
      const roles = rolesOf(payload);
      if (requiredRole !== undefined && !roles.includes(requiredRole)) {
        throw new AuthError('insufficient_role', `this needs the ${requiredRole} role`);
      }
      const claims = CitizenClaimsSchema.safeParse({ ...payload, sub, acr: trustLevel });
      // RFC 9068 names the client `client_id`; many brokers say `azp`.
      const clientId = typeof payload.client_id === 'string' ? payload.client_id : payload.azp;
      const authority = roles.includes('caseworker') ? payload.authority : undefined;
      const confirmation = payload.cnf as { jkt?: unknown } | undefined;
      const boundKey = typeof confirmation?.jkt === 'string' ? confirmation.jkt : undefined;
      return {
        sub,
        acr: trustLevel,
        roles,
        ...(claims.success ? { claims: claims.data } : {}),
        ...(typeof clientId === 'string' ? { clientId } : {}),
        ...(typeof authority === 'string' && authority !== '' ? { authority } : {}),
        ...(boundKey ? { boundKey } : {}),
      };
    },
  };
}
