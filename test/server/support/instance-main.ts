/**
 * One API instance as its own process, for the two-instance test: the real app on
 * `DATABASE_URL`, with the tests' fixture seed and token verifier. Prints `ready <port>` once it
 * listens. Started by `test/server/two-instances.test.ts`.
 */
import { buildApp } from '../../../server/app.js';
import { loadConfig } from '../../../server/config.js';
import { fixtureSeed } from './seed-fixture.js';
import { fakeVerifier } from './test-app.js';

const config = loadConfig(process.env as Record<string, string>, { port: 0, logLevel: 'silent' });
const app = await buildApp(config, {
  seed: fixtureSeed,
  verifier: fakeVerifier,
  identityProvider: false,
  logger: false,
  limits: { requestsPerMinute: 1_000_000, writesPerMinute: 1_000_000 },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
