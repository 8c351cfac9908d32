/**
 * The portal server as the benchmark runs it, in its own process so the load generator does not
 * share its event loop: real seed, temporary data folder, loopback only, rate limits lifted, and
 * a bench-only verifier that accepts one caseworker token (to measure status fan-out).
 * Prints one JSON line `{ url, reference, accessCode, leikaKey, ars, submission }` when ready.
 * With `DATABASE_URL` it runs on PostgreSQL instead of SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/app.js';
import { AuthError } from '../../server/auth/auth-error.js';
import { loadConfig } from '../../server/config.js';
import { attachmentIdsIn, type FormAnswers, type FormDefinition } from '../../src/api/index.js';
import { sampleAnswers } from '../../test/server/support/sample-answers.js';

/** The caseworker token this process accepts. */
export const BENCH_CASEWORKER_TOKEN = 'bench-caseworker';

const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
// DATABASE_URL set: the PostgreSQL store; else SQLite in the temporary folder.
const config = loadConfig(
  { DATABASE_URL: process.env.DATABASE_URL ?? '' },
  { dataDir, port: 0, host: '127.0.0.1', logLevel: 'warn' },
);
const app = await buildApp(config, {
  identityProvider: false,
  logger: false,
  limits: {
    requestsPerMinute: 100_000_000,
    writesPerMinute: 100_000_000,
    maxStatusStreams: 1_000_000,
    // One load generator on loopback opens every stream, all for one application.
    maxStatusStreamsPerClient: 1_000_000,
    maxStatusStreamsPerApplication: 1_000_000,
  },
  verifier: {
    async verify(token) {
      if (token !== BENCH_CASEWORKER_TOKEN)
        throw new AuthError('invalid_token', 'bench token only');
      return {
        sub: 'bench-caseworker',
        acr: 'STORK-QAA-Level-3',
        roles: ['caseworker'],
        clientId: 'caseworker-console',
        authority: 'gemeinde-10041100',
      };
    },
  },
});

// One application to ask for, and the body of the submission scenario: a form whose complete
// sample answers need no upload (uploads are bound to one application each).
const ars = '100410100100';
// Services the municipality itself handles: the bench's caseworker belongs to it.
const LEVEL_ONE_FORMS = ['hundesteuer-anmeldung', 'halteverbotszone-umzug'];
let serviceId = '';
let answers: FormAnswers = {};
for (const candidate of LEVEL_ONE_FORMS) {
  const form = (await app.inject({ url: `/api/v1/forms/${candidate}` })).json() as FormDefinition;
  const sample = sampleAnswers(form, () => ({
    attachmentId: 'noUploadHere0000',
    filename: 'x.pdf',
    mediaType: 'application/pdf',
    size: 1,
  }));
  if (attachmentIdsIn(sample).length === 0) {
    serviceId = candidate;
    answers = sample;
    break;
  }
}
if (serviceId === '') throw new Error('no form whose sample answers need no upload');
const service = (await app.inject({ url: `/api/v1/services/${serviceId}` })).json() as {
  leikaKey: string;
};
const submission = { serviceId, ars, answers };

const submitted = await app.inject({
  method: 'POST',
  url: '/api/v1/applications',
  headers: { 'idempotency-key': `bench-application-${Date.now()}` },
  payload: submission,
});
if (submitted.statusCode !== 201) throw new Error(`could not submit: ${submitted.body}`);
const receipt = submitted.json() as { reference: string; accessCode: string };

const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(
  `${JSON.stringify({ url, reference: receipt.reference, accessCode: receipt.accessCode, leikaKey: service.leikaKey, ars, submission })}\n`,
);

const stop = async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
