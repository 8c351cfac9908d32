/**
 * Starts the reference server (`buildApp` from server/app.ts) for a test on `config.port`, with
 * an empty catalogue: the identity tests need the API's authentication, not its seed data.
 * While server/app.ts does not exist yet, a stand-in with the identity provider and one
 * protected route takes its place.
 */
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { AuthError, createAccessTokenVerifier } from '../../../server/auth/verify-access-token.js';
import type { ServerConfig } from '../../../server/config.js';
import { registerIdentityProvider } from '../../../server/idp/index.js';

/** The part of `buildApp`'s signature these tests use. */
type BuildApp = (
  config: ServerConfig,
  options: { logger: false; seed: Record<string, unknown> },
) => Promise<FastifyInstance>;

/** A catalogue with nothing in it. */
const EMPTY_SEED = {
  lifeSituations: [],
  services: [],
  areas: [],
  forms: [],
  resolveRoutes: () => [],
};

async function standIn(config: ServerConfig): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await registerIdentityProvider(app, config);
  const verifier = createAccessTokenVerifier(config);
  app.get('/api/v1/me/applications', async (request, reply) => {
    try {
      await verifier.verify(request.headers.authorization ?? '');
      return { applications: [] };
    } catch (error) {
      if (error instanceof AuthError) {
        return reply.code(error.status).header('www-authenticate', error.wwwAuthenticate).send();
      }
      throw error;
    }
  });
  return app;
}

/** Builds and starts the portal for `config`, with the log silenced; the caller closes it. */
export async function startPortal(config: ServerConfig): Promise<FastifyInstance> {
  const appModule = new URL('../../../server/app.ts', import.meta.url);
  const app = existsSync(appModule)
    ? await ((await import(appModule.href)) as { buildApp: BuildApp }).buildApp(config, {
        logger: false,
        seed: EMPTY_SEED,
      })
    : await standIn(config);
  await app.listen({ port: config.port, host: config.host });
  return app;
}
