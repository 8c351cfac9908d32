/**
 * Starts the reference server (`buildApp`) for a test on `config.port`, with an empty catalogue:
 * the identity tests need the API's authentication, not its seed data.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app.js';
import type { ServerConfig } from '../../../server/config.js';
import type { SeedSource } from '../../../server/store/catalogue-seed.js';

/** A catalogue with nothing in it. */
const EMPTY_SEED: SeedSource = {
  lifeSituations: [],
  services: [],
  areas: [],
  forms: [],
  resolveResponsibility: () => ({ routes: [], routedBy: 'residence' }),
};

/** Builds and starts the portal for `config`, with the log silenced; the caller closes it. */
export async function startPortal(config: ServerConfig): Promise<FastifyInstance> {
  const app = await buildApp(config, { logger: false, seed: EMPTY_SEED });
  await app.listen({ port: config.port, host: config.host });
  return app;
}
