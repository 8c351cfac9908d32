/**
 * What a widget needs to log a citizen in (`GET /config`: issuer, its client id, scopes) and who
 * is logged in (`GET /me`: the claims the token carries).
 */
import { CitizenClaimsSchema, PortalConfigSchema } from '../../src/api/schemas/index.js';
import { Refusal } from '../domain/refusal.js';
import { appendVary } from '../http/caching.js';
import { defineEndpoint } from '../http/endpoint.js';

/** Finds the client id for a page's origin (`clientIdForOrigin` of the identity part). */
export type ClientIdResolver = (origin: string) => string | undefined;

/** What `/config` answers besides the issuer: set by `buildApp` from the identity part. */
export interface LoginOptions {
  clientIdForOrigin: ClientIdResolver;
  scopes: readonly string[];
}

export const getConfig = defineEndpoint({
  id: 'getConfig',
  summary: 'Login configuration for the calling origin',
  status: 200,
  response: PortalConfigSchema,
  answers: { 404: 'No login client is registered for the calling origin' },
  cache: 'private',
  async handler(_input, ctx, request, reply) {
    // Same-origin requests carry no Origin header: they come from the portal's own pages.
    const origin = request.headers.origin ?? ctx.config.portalOrigin;
    const clientId = ctx.login.clientIdForOrigin(origin);
    if (clientId === undefined) {
      throw new Refusal('not-found', `No login client is registered for the origin ${origin}.`);
    }
    appendVary(reply, 'Origin');
    return { issuer: ctx.config.oidcIssuer, clientId, scopes: [...ctx.login.scopes] };
  },
});

export const getMe = defineEndpoint({
  id: 'getMe',
  summary: 'Claims of the logged-in citizen',
  status: 200,
  response: CitizenClaimsSchema,
  cache: 'no-store',
  async handler({ user }) {
    const claims = user.claims ?? { sub: user.sub, acr: user.acr };
    return { ...claims, sub: user.sub, acr: user.acr };
  },
});
