/**
 * What a widget needs to log a citizen in (`GET /config`: issuer, its client id, scopes) and who
 * is logged in (`GET /me`: the claims the token carries).
 */
import type { FastifyInstance } from 'fastify';
import { CitizenClaimsSchema, PortalConfigSchema } from '../../src/api/schemas/index.js';
import { appendVary } from '../http/caching.js';
import { notFound } from '../http/problem.js';
import { serialize } from '../http/validation.js';
import type { ApiContext } from './context.js';

/** Finds the client id for a page's origin (`clientIdForOrigin` of the identity part). */
export type ClientIdResolver = (origin: string) => string | undefined;

/** Registers `/config` and `/me`. */
export async function sessionRoutes(
  app: FastifyInstance,
  ctx: ApiContext,
  options: { clientIdForOrigin: ClientIdResolver; scopes: readonly string[] },
): Promise<void> {
  app.get('/config', async (request, reply) => {
    // Same-origin requests carry no Origin header: they come from the portal's own pages.
    const origin = request.headers.origin ?? ctx.config.portalOrigin;
    const clientId = options.clientIdForOrigin(origin);
    if (clientId === undefined) {
      throw notFound(`No login client is registered for the origin ${origin}.`);
    }
    appendVary(reply, 'Origin');
    return reply.header('cache-control', 'private, max-age=300').send(
      serialize(PortalConfigSchema, {
        issuer: ctx.config.oidcIssuer,
        clientId,
        scopes: [...options.scopes],
      }),
    );
  });

  app.get('/me', async (request, reply) => {
    const user = await ctx.auth.required(request);
    const claims = user.claims ?? { sub: user.sub, acr: user.acr };
    return reply
      .header('cache-control', 'no-store')
      .send(serialize(CitizenClaimsSchema, { ...claims, sub: user.sub, acr: user.acr }));
  });
}
