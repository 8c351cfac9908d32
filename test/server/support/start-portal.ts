/**
 * Starts the reference server for a test on `config.port`. Uses `buildApp` from server/app.ts;
 * until that module exists, a stand-in with the identity provider and one protected route.
 */
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { AuthError, createAccessTokenVerifier } from '../../../server/auth/verify-access-token.js';
import type { ServerConfig } from '../../../server/config.js';
import { registerIdentityProvider } from '../../../server/idp/index.js';

type BuildApp = (config: ServerConfig) => Promise<FastifyInstance>;

async function standIn(config: ServerConfig): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: config.logLevel } });
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

/** Builds and starts the portal for `config`; the caller closes it. */
export async function startPortal(config: ServerConfig): Promise<FastifyInstance> {
  const appModule = new URL('../../../server/app.ts', import.meta.url);
  const app = existsSync(appModule)
    ? await ((await import(appModule.href)) as { buildApp: BuildApp }).buildApp(config)
    : await standIn(config);
  await app.listen({ port: config.port, host: config.host });
  return app;
}
