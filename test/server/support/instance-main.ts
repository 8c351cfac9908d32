/**
 * One API instance as its own process, for the two-instance tests: the real app on
 * `DATABASE_URL`. By default with the tests' fixture seed and token verifier; with
 * `INSTANCE_LOGIN=1` with the local identity provider and the real token verifier (its origin from
 * `PORTAL_ORIGIN`, a load balancer in front). Prints `ready <port>` once it listens.
 */
import { buildApp } from '../../../server/app.js';
import { loadConfig, type ServerEnv } from '../../../server/config.js';
import { fixtureSeed } from './seed-fixture.js';
import { fakeVerifier } from './test-app.js';

const login = process.env.INSTANCE_LOGIN === '1';
// Without the provider, the tests' fake bearer tokens stand in for DPoP-bound ones.
const config = loadConfig(process.env as ServerEnv, {
  port: 0,
  logLevel: 'silent',
  ...(login ? {} : { requireBoundTokens: false }),
});
const app = await buildApp(config, {
  seed: fixtureSeed,
  ...(login ? { identityProvider: true } : { verifier: fakeVerifier, identityProvider: false }),
  logger: false,
  limits: { requestsPerMinute: 1_000_000, writesPerMinute: 1_000_000 },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
