/**
 * Token authentication for the API routes: reads `Authorization: DPoP …` (the widgets' tokens,
 * bound to a key in the citizen's browser, with a `DPoP` proof per request) or `Bearer …` (the
 * caseworker console), asks the access-token verifier (server/auth/, the identity part) and maps
 * its failures to problems. A bound token never passes as a bearer token, and a token of a
 * client that must bind its tokens is refused unbound.
 */
import type { FastifyRequest } from 'fastify';
import { AuthError, IssuerUnavailableError, type AuthScheme } from '../auth/auth-error.js';
import { verifyDpopProof } from '../auth/dpop.js';
import type { ProofIdStore } from '../store/portal-store.js';
import type { AuthenticatedUser, UserRole } from '../auth/user.js';
import type { AccessTokenVerifier } from '../auth/verify-access-token.js';
import { HttpProblem, PROBLEM_TYPES, forbidden, unauthorized } from './problem.js';

/** What the API needs of an access-token verifier (`createAccessTokenVerifier` provides one). */
export type BearerTokenVerifier = Pick<AccessTokenVerifier, 'verify'>;

/** The problem an `AuthError` answers as, with its `WWW-Authenticate` challenge. */
export function authProblem(error: AuthError): HttpProblem {
  const problem =
    error.status === 401
      ? unauthorized(error.message)
      : error.code === 'insufficient_trust_level'
        ? new HttpProblem({
            type: PROBLEM_TYPES.insufficientTrustLevel,
            title: 'Forbidden',
            status: 403,
            detail: error.message,
            ...(error.requiredTrustLevel === undefined
              ? {}
              : { requiredTrustLevel: error.requiredTrustLevel }),
          })
        : forbidden(error.message);
  return new HttpProblem(problem.problem, { 'WWW-Authenticate': error.wwwAuthenticate });
}

/** Authentication as the routes use it. */
export interface Authenticator {
  /** The caller if an `Authorization` header is present (an invalid one is a 401), else undefined. */
  optional(request: FastifyRequest): Promise<AuthenticatedUser | undefined>;
  /** The caller; 401 without a valid bearer token. */
  required(request: FastifyRequest): Promise<AuthenticatedUser>;
  /** The caller with `role`; 401 without a valid token, 403 without the role. */
  withRole(request: FastifyRequest, role: UserRole): Promise<AuthenticatedUser>;
  /**
   * A caseworker: the role, a token issued to a caseworker client (not a town's login client),
   * and an authority named by the account; 403 otherwise.
   */
  caseworker(request: FastifyRequest): Promise<AuthenticatedUser & { authority: string }>;
}

/** What the authenticator checks beyond the token itself. */
export interface AuthenticatorOptions {
  /** Clients whose tokens may act as caseworkers (`CASEWORKER_CLIENT_IDS`). */
  caseworkerClientIds: readonly string[];
  /**
   * The portal's public origin: the URL a DPoP proof names is this origin plus the path (behind
   * a proxy the request's own Host says nothing trustworthy).
   */
  portalOrigin: string;
  /** Whether tokens of clients other than the caseworker console must be DPoP-bound. */
  requireBoundTokens: boolean;
  /** Where DPoP proof ids are remembered: shared by every instance on one store. */
  proofIds: ProofIdStore;
}

const AUTHORIZATION = /^(Bearer|DPoP) +([A-Za-z0-9\-._~+/]+=*)$/i;

/** Builds the authenticator around `verifier`; results are cached per request. */
export function createAuthenticator(
  verifier: BearerTokenVerifier,
  options: AuthenticatorOptions,
): Authenticator {
  const cache = new WeakMap<FastifyRequest, Promise<AuthenticatedUser | undefined>>();

  /** Whether `user`'s token must come bound to a key: every token but a caseworker console's. */
  const mustBeBound = (user: AuthenticatedUser) =>
    options.requireBoundTokens &&
    (user.clientId === undefined || !options.caseworkerClientIds.includes(user.clientId));

  async function checkBinding(
    request: FastifyRequest,
    scheme: AuthScheme,
    token: string,
    user: AuthenticatedUser,
  ): Promise<void> {
    if (user.boundKey === undefined) {
      if (scheme === 'DPoP')
        throw new AuthError('invalid_token', 'the access token is not DPoP-bound');
      if (mustBeBound(user)) {
        const error = new AuthError('invalid_token', 'this access token must be DPoP-bound');
        error.scheme = 'DPoP';
        throw error;
      }
      return;
    }
    if (scheme !== 'DPoP') {
      throw new AuthError(
        'invalid_token',
        'a DPoP-bound access token needs the DPoP scheme and a proof',
      );
    }
    const proof = request.headers.dpop;
    if (typeof proof !== 'string' || proof === '') {
      throw new AuthError('invalid_dpop_proof', 'a DPoP proof is required');
    }
    await verifyDpopProof(
      {
        proof,
        method: request.method,
        url: new URL(request.url, options.portalOrigin),
        accessToken: token,
        boundThumbprint: user.boundKey,
      },
      options.proofIds,
    );
  }

  async function verifyHeader(request: FastifyRequest): Promise<AuthenticatedUser | undefined> {
    const header = request.headers.authorization;
    if (header === undefined || header === '') return undefined;
    const match = AUTHORIZATION.exec(header.trim());
    if (match === null) {
      throw unauthorized('The Authorization header must be "DPoP <token>" or "Bearer <token>".');
    }
    const scheme: AuthScheme = match[1]!.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer';
    const token = match[2]!;
    try {
      const user = await verifier.verify(token);
      await checkBinding(request, scheme, token, user);
      return user;
    } catch (error) {
      if (error instanceof AuthError) {
        if (scheme === 'DPoP') error.scheme = 'DPoP';
        throw authProblem(error);
      }
      if (!(error instanceof IssuerUnavailableError)) throw error;
      request.log.error({ err: error }, 'access token issuer unavailable');
      throw new HttpProblem(
        {
          type: PROBLEM_TYPES.unavailable,
          title: 'Service Unavailable',
          status: 503,
          detail: 'The access token could not be verified right now.',
        },
        { 'Retry-After': '5' },
      );
    }
  }

  const optional = (request: FastifyRequest): Promise<AuthenticatedUser | undefined> => {
    let pending = cache.get(request);
    if (pending === undefined) {
      pending = verifyHeader(request);
      cache.set(request, pending);
    }
    return pending;
  };

  const required = async (request: FastifyRequest): Promise<AuthenticatedUser> => {
    const user = await optional(request);
    if (user === undefined) {
      throw authProblem(new AuthError('missing_token', 'A valid bearer token is required.'));
    }
    return user;
  };

  const withRole = async (request: FastifyRequest, role: UserRole): Promise<AuthenticatedUser> => {
    const user = await required(request);
    if (!user.roles.includes(role)) {
      throw authProblem(new AuthError('insufficient_role', `This needs the role "${role}".`));
    }
    return user;
  };

  const caseworker = async (request: FastifyRequest) => {
    const user = await withRole(request, 'caseworker');
    if (user.clientId === undefined || !options.caseworkerClientIds.includes(user.clientId)) {
      throw authProblem(
        new AuthError(
          'insufficient_role',
          'Caseworker work needs a token of the caseworker console.',
        ),
      );
    }
    const { authority } = user;
    if (authority === undefined) {
      throw authProblem(
        new AuthError('insufficient_role', 'This caseworker account names no authority.'),
      );
    }
    return { ...user, authority };
  };

  return { optional, required, withRole, caseworker };
}
