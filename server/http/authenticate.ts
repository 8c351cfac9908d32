/**
 * Bearer-token authentication for the API routes: reads `Authorization: Bearer …`, asks the
 * access-token verifier (server/auth/, the identity part) and maps its failures to problems.
 */
import type { FastifyRequest } from 'fastify';
import { AuthError, IssuerUnavailableError } from '../auth/auth-error.js';
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
}

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/** Builds the authenticator around `verifier`; results are cached per request. */
export function createAuthenticator(
  verifier: BearerTokenVerifier,
  options: AuthenticatorOptions,
): Authenticator {
  const cache = new WeakMap<FastifyRequest, Promise<AuthenticatedUser | undefined>>();

  async function verifyHeader(request: FastifyRequest): Promise<AuthenticatedUser | undefined> {
    const header = request.headers.authorization;
    if (header === undefined || header === '') return undefined;
    const match = BEARER.exec(header.trim());
    if (match === null) throw unauthorized('The Authorization header must be "Bearer <token>".');
    try {
      return await verifier.verify(match[1]!);
    } catch (error) {
      if (error instanceof AuthError) throw authProblem(error);
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
