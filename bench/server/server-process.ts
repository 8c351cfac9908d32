/**
 * The portal server as the benchmark runs it, in its own process so the load generator does not
 * share its event loop: real seed, temporary data folder, loopback only, rate limits lifted, and
 * a bench-only verifier that accepts one caseworker token (to measure status fan-out).
 * Prints one JSON line `{ url, reference, accessCode, leikaKey, ars }` when ready.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/app.js';
import { AuthError } from '../../server/auth/auth-error.js';
import { loadConfig } from '../../server/config.js';

/** The caseworker token this process accepts. */
export const BENCH_CASEWORKER_TOKEN = 'bench-caseworker';

const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
const config = loadConfig({}, { dataDir, port: 0, host: '127.0.0.1', logLevel: 'warn' });
const app = await buildApp(config, {
  identityProvider: false,
  logger: false,
  limits: {
    requestsPerMinute: 100_000_000,
    writesPerMinute: 100_000_000,
    maxStatusStreams: 1_000_000,
  },
  verifier: {
    async verify(token) {
      if (token !== BENCH_CASEWORKER_TOKEN)
        throw new AuthError('invalid_token', 'bench token only');
      return { sub: 'bench-caseworker', acr: 'STORK-QAA-Level-3', roles: ['caseworker'] };
    },
  },
});

// One application to ask for: a dog registration in Saarbrücken with valid answers for the form.
const form = await app.inject({ url: '/api/v1/forms/hundesteuer-anmeldung' });
if (form.statusCode !== 200) throw new Error(`no form: ${form.body}`);
const service = (await app.inject({ url: '/api/v1/services/hundesteuer-anmeldung' })).json() as {
  leikaKey: string;
};
const ars = '100410100100';

/** Fills every required, unconditional input of a form with a plausible value. */
function answersFor(definition: {
  steps: Array<{ elements: unknown[] }>;
}): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  type Element = {
    type: string;
    id: string;
    kind?: string;
    dataType?: string;
    cardinality: string;
    condition?: unknown;
    children?: Element[];
    codeList?: { entries: Array<{ code: string }> };
  };
  const visit = (element: Element, target: Record<string, unknown>) => {
    if (element.condition !== undefined || element.cardinality.startsWith('0')) return;
    if (element.type === 'group') {
      const max = element.cardinality.split(':')[1];
      if (max === '*' || Number(max) > 1) {
        const record: Record<string, unknown> = {};
        for (const child of element.children ?? []) visit(child, record);
        target[element.id] = [record];
      } else {
        for (const child of element.children ?? []) visit(child, target);
      }
      return;
    }
    if (element.kind !== 'input' && element.kind !== 'select') return;
    const sample: Record<string, unknown> = {
      bool: true,
      date: '2026-01-15',
      time: '10:00',
      datetime: '2026-01-15T10:00',
      num: 1,
      num_int: 1,
      num_currency: 1,
      email: 'test@example.org',
      tel: '+49 681 000000',
    };
    target[element.id] =
      element.codeList?.entries[0]?.code ?? sample[element.dataType ?? 'text'] ?? 'Beispiel';
  };
  for (const step of definition.steps)
    for (const element of step.elements as Element[]) visit(element, answers);
  return answers;
}

const submitted = await app.inject({
  method: 'POST',
  url: '/api/v1/applications',
  headers: { 'idempotency-key': 'bench-application-0001' },
  payload: { serviceId: 'hundesteuer-anmeldung', ars, answers: answersFor(form.json()) },
});
if (submitted.statusCode !== 201) throw new Error(`could not submit: ${submitted.body}`);
const receipt = submitted.json() as { reference: string; accessCode: string };

const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(
  `${JSON.stringify({ url, reference: receipt.reference, accessCode: receipt.accessCode, leikaKey: service.leikaKey, ars })}\n`,
);

const stop = async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
