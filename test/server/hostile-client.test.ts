/**
 * The hostile-client suite (issue 13): the real app with the real seed, attacked the way the
 * issue's attacker did, class by class. Every attack must be refused for the right reason; the
 * suite reports how many it tried and that all were refused.
 *
 * - form rules: for every seeded form, complete valid answers submit; then every shown field is
 *   broken by each rule it states (type, code list, pattern, length, range, real date, fixed
 *   value, no answer for labels, too many entries, unknown ids) and must be refused 422 naming it;
 * - foreign uploads and drafts; stream exhaustion from one address; slow bodies; caseworker scope.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import {
  isRepeatableGroup,
  parseCardinality,
  walkForm,
  type AttachmentRef,
  type FormAnswers,
  type FormDefinition,
  type FormField,
} from '../../src/api/index.js';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { multipart, saveDraft, submit, upload } from './support/requests.js';

/** The first bytes of a PNG. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
import { sampleAnswers } from './support/sample-answers.js';
import { bearer, fakeVerifier } from './support/test-app.js';

const TOWN = '100410100100';
const FORMS = [
  'hundesteuer-anmeldung',
  'wohnsitz-anmeldung',
  'bewohnerparkausweis',
  'sperrmuell-abholung',
  'gewerbe-anmeldung',
  'halteverbotszone-umzug',
] as const;

/** One attack and what came of it. */
interface Outcome {
  kind: string;
  what: string;
  refused: boolean;
  detail: string;
}
const outcomes: Outcome[] = [];

function record(kind: string, what: string, refused: boolean, detail = ''): void {
  outcomes.push({ kind, what, refused, detail });
}

/** Records an attack answered with `response`: refused if the status is `expected`. */
function expectRefused(
  kind: string,
  what: string,
  response: LightMyRequestResponse,
  expected: number,
  path?: string,
): void {
  let refused = response.statusCode === expected;
  if (refused && path !== undefined) {
    const params = (response.json() as { invalidParams?: Array<{ path: string }> }).invalidParams;
    refused = params?.some((param) => param.path === path) === true;
  }
  record(kind, what, refused, `${response.statusCode} ${response.body.slice(0, 200)}`);
}

let app: FastifyInstance;
let port: number;
let dataDir: string;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hostile-'));
  // The fake bearer tokens stand in for bound ones (DPoP is tested in oidc-login.test.ts).
  const config = loadConfig(
    {},
    { dataDir, port: 0, logLevel: 'silent', requireBoundTokens: false },
  );
  app = await buildApp(config, {
    verifier: fakeVerifier,
    identityProvider: false,
    logger: false,
    // The rate limit is a defence of its own; here every attack must meet the rule it breaks.
    limits: {
      requestsPerMinute: 1_000_000,
      writesPerMinute: 1_000_000,
      maxStatusStreamsPerClient: 20,
      maxStatusStreamsPerApplication: 10,
      requestTimeoutMs: 400,
      minUploadBytesPerSecond: 2000,
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  assert.ok(address !== null && typeof address === 'object');
  port = address.port;
});

after(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  const refused = outcomes.filter((outcome) => outcome.refused).length;
  const byKind = new Map<string, number>();
  for (const outcome of outcomes) byKind.set(outcome.kind, (byKind.get(outcome.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, count]) => `${kind} ${count}`).join(', ');
  console.log(
    `hostile client: ${outcomes.length} attacks tried (${kinds}), ${refused} refused, ${outcomes.length - refused} got through`,
  );
});

/** Values that break `field`'s rules, each with the rule it breaks. */
function violations(field: FormField): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [];
  const constraints = field.constraints ?? {};
  if (field.kind === 'label') return [['no-answer', 'an answer to a label']];
  if (field.kind === 'hidden' || field.kind === 'locked') {
    return [['fixed', typeof field.defaultValue === 'number' ? 0.01 : 'forged']];
  }
  if (field.dataType === 'file') return [['type', 'not a file']];
  found.push(['type', field.dataType === 'bool' || field.dataType.startsWith('num') ? 'text' : 42]);
  if (field.kind === 'select') found.push(['code-list', 'not-a-code']);
  else if (field.dataType === 'email') found.push(['pattern', 'not-an-email']);
  else if (field.dataType === 'tel') found.push(['pattern', 'call me maybe']);
  else if (constraints.pattern !== undefined) found.push(['pattern', '!!!']);
  if (constraints.maxLength !== undefined)
    found.push(['max-length', 'x'.repeat(constraints.maxLength + 1)]);
  if (field.dataType === 'date') found.push(['type', '2023-02-30']);
  if (field.dataType === 'date' && constraints.minValue !== undefined)
    found.push(['min', '1800-01-01']);
  if (field.dataType === 'time') found.push(['type', '25:61']);
  if (field.dataType === 'datetime') found.push(['type', '2027-13-01T10:00']);
  if (field.dataType === 'num_int') found.push(['type', 1.5]);
  if (field.dataType.startsWith('num') && constraints.maxValue !== undefined) {
    found.push(['max', Number(constraints.maxValue) + 1]);
  }
  return found;
}

describe('hostile client', () => {
  const pdfs: AttachmentRef[] = [];
  const pngs: AttachmentRef[] = [];
  /** A fresh anonymous upload of a type the field accepts. */
  const freshFile = (field?: FormField) => {
    const accept = field?.constraints?.accept;
    const pool = accept === undefined || accept.includes('application/pdf') ? pdfs : pngs;
    const ref = pool.shift();
    assert.ok(ref, 'upload pool exhausted');
    return ref;
  };
  before(async () => {
    for (let i = 0; i < 20; i += 1) {
      pdfs.push(await upload(app));
      const png = multipart('foto.png', PNG, 'image/png');
      const response = await app.inject({ method: 'POST', url: '/api/v1/attachments', ...png });
      assert.equal(response.statusCode, 201, response.body);
      pngs.push(response.json() as AttachmentRef);
    }
  });

  it('form rules: every seeded form, every rule of every shown field', async (t: TestContext) => {
    let tried = 0;
    for (const serviceId of FORMS) {
      const form = (
        await app.inject({ url: `/api/v1/forms/${serviceId}` })
      ).json() as FormDefinition;
      const files = new Map<string, AttachmentRef>();
      const valid = sampleAnswers(form, (field) => {
        const kind =
          field.constraints?.accept?.includes('application/pdf') === false ? 'png' : 'pdf';
        if (!files.has(kind)) files.set(kind, freshFile(field));
        return files.get(kind)!;
      });
      // A login at the highest trust level, so every service's form is reached.
      const headers = bearer('dora');
      const input = (answers: FormAnswers) => ({ serviceId, ars: TOWN, answers });

      for (const placed of walkForm(form)) {
        const { element } = placed;
        // Where the answer lives: the top, or the first entry of its repeatable group.
        const answers = structuredClone(valid) as Record<string, unknown>;
        let record = answers;
        let path = 'answers';
        if (placed.repeat !== undefined) {
          const entries = answers[placed.repeat.id];
          if (!Array.isArray(entries) || entries.length === 0) continue;
          record = entries[0] as Record<string, unknown>;
          path = `answers.${placed.repeat.id}[0]`;
        }
        if (element.type === 'group') {
          if (!isRepeatableGroup(element) || placed.repeat !== undefined) continue;
          const entries = answers[element.id];
          if (!Array.isArray(entries)) continue;
          const max = parseCardinality(element.cardinality).max;
          answers[element.id] = Array.from({ length: max + 1 }, () => entries[0]);
          expectRefused(
            'form rules',
            `${serviceId} ${element.id} ${max + 1} entries`,
            await submit(app, input(answers as FormAnswers), headers),
            422,
            `answers.${element.id}`,
          );
          tried += 1;
          continue;
        }
        const shown = element.id in record || element.kind === 'label';
        if (!shown) continue;
        for (const [rule, bad] of violations(element)) {
          const attacked = structuredClone(answers) as Record<string, unknown>;
          const target =
            placed.repeat === undefined
              ? attacked
              : ((attacked[placed.repeat.id] as Array<Record<string, unknown>>)[0] as Record<
                  string,
                  unknown
                >);
          target[element.id] = bad;
          expectRefused(
            'form rules',
            `${serviceId} ${element.id} ${rule}`,
            await submit(app, input(attacked as FormAnswers), headers),
            422,
            `${path}.${element.id}`,
          );
          tried += 1;
        }
      }
      expectRefused(
        'form rules',
        `${serviceId} unknown field`,
        await submit(app, input({ ...valid, F99999999: 'x' }), headers),
        422,
        'answers.F99999999',
      );
      tried += 1;
      // The control: the valid answers are accepted (after all the refusals, nothing was used up).
      const control = await submit(app, input(valid), headers);
      assert.equal(control.statusCode, 201, `${serviceId}: valid answers refused: ${control.body}`);
    }
    t.diagnostic(`${tried} form-rule attacks`);
    assert.ok(tried > 200, `only ${tried} form-rule attacks`);
  });

  it('foreign uploads and drafts', async () => {
    const form = (
      await app.inject({ url: '/api/v1/forms/hundesteuer-anmeldung' })
    ).json() as FormDefinition;
    const withFile = (ref: AttachmentRef) => ({
      serviceId: 'hundesteuer-anmeldung',
      ars: TOWN,
      answers: sampleAnswers(form, () => ref),
    });
    const annasFile = await upload(app, bearer('anna'));
    assert.ok(JSON.stringify(withFile(annasFile)).includes(annasFile.attachmentId));
    for (const [who, headers] of [
      ['another citizen', bearer('ben')],
      ['anonymous', {}],
    ] as const) {
      expectRefused(
        'foreign uploads',
        `${who} submits Anna's upload`,
        await submit(app, withFile(annasFile), headers),
        422,
      );
      expectRefused(
        'foreign uploads',
        `${who} saves Anna's upload in a draft`,
        await app.inject({
          method: 'POST',
          url: '/api/v1/drafts',
          headers,
          payload: { serviceId: 'hundesteuer-anmeldung', answers: withFile(annasFile).answers },
        }),
        422,
      );
    }
    const anonymous = await upload(app);
    const token = await saveDraft(app, {
      serviceId: 'hundesteuer-anmeldung',
      answers: withFile(anonymous).answers,
    });
    expectRefused(
      'foreign uploads',
      'a second draft takes a claimed upload',
      await app.inject({
        method: 'POST',
        url: '/api/v1/drafts',
        payload: { serviceId: 'hundesteuer-anmeldung', answers: withFile(anonymous).answers },
      }),
      422,
    );
    expectRefused(
      'foreign uploads',
      'a submission without its draft takes a claimed upload',
      await submit(app, withFile(anonymous)),
      422,
    );
    expectRefused(
      'foreign uploads',
      'an unknown upload id',
      await submit(app, withFile({ ...anonymous, attachmentId: 'NoSuchUpload1234' })),
      422,
    );

    const annasDraft = await saveDraft(
      app,
      { serviceId: 'hundesteuer-anmeldung', answers: {} },
      bearer('anna'),
    );
    const valid = withFile(freshFile());
    expectRefused(
      'foreign drafts',
      'Ben submits naming Anna’s draft',
      await submit(app, { ...valid, resumeToken: annasDraft }, bearer('ben')),
      422,
      'resumeToken',
    );
    expectRefused(
      'foreign drafts',
      'anonymous submits naming Anna’s draft',
      await submit(app, { ...valid, resumeToken: annasDraft }),
      422,
      'resumeToken',
    );
    const otherService = await saveDraft(app, { serviceId: 'wohnsitz-anmeldung', answers: {} });
    expectRefused(
      'foreign drafts',
      'a draft of another service',
      await submit(app, { ...valid, resumeToken: otherService }),
      422,
      'resumeToken',
    );
    for (const [who, headers] of [
      ['Ben', bearer('ben')],
      ['anonymous', {}],
    ] as const) {
      expectRefused(
        'foreign drafts',
        `${who} opens Anna’s draft`,
        await app.inject({ url: `/api/v1/drafts/${annasDraft}`, headers }),
        404,
      );
      expectRefused(
        'foreign drafts',
        `${who} deletes Anna’s draft`,
        await app.inject({ method: 'DELETE', url: `/api/v1/drafts/${annasDraft}`, headers }),
        404,
      );
    }
    assert.equal(
      (await app.inject({ url: `/api/v1/drafts/${annasDraft}`, headers: bearer('anna') }))
        .statusCode,
      200,
    );
    assert.equal((await app.inject({ url: `/api/v1/drafts/${token}` })).statusCode, 200);
  });

  it('stream exhaustion from one address', async () => {
    const form = (
      await app.inject({ url: '/api/v1/forms/sperrmuell-abholung' })
    ).json() as FormDefinition;
    const receipts: Array<{ reference: string; accessCode: string }> = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await submit(app, {
        serviceId: 'sperrmuell-abholung',
        ars: TOWN,
        answers: sampleAnswers(form, freshFile),
      });
      assert.equal(response.statusCode, 201, response.body);
      receipts.push(response.json() as { reference: string; accessCode: string });
    }
    const open: AbortController[] = [];
    const stream = async (receipt: { reference: string; accessCode: string }) => {
      const controller = new AbortController();
      const response = await fetch(
        `http://127.0.0.1:${port}/api/v1/applications/${receipt.reference}/events/stream?code=${receipt.accessCode}`,
        { signal: controller.signal },
      );
      if (response.status === 200) open.push(controller);
      else await response.arrayBuffer();
      return response;
    };
    try {
      // Allowed: ten on the first application, ten on the second (the address's twenty).
      for (let i = 0; i < 10; i += 1) assert.equal((await stream(receipts[0]!)).status, 200);
      const overApplication = await stream(receipts[0]!);
      record(
        'stream exhaustion',
        'an 11th stream of one application',
        overApplication.status === 429,
        String(overApplication.status),
      );
      for (let i = 0; i < 10; i += 1) assert.equal((await stream(receipts[1]!)).status, 200);
      for (let i = 0; i < 50; i += 1) {
        const response = await stream(receipts[2]!);
        record(
          'stream exhaustion',
          `stream ${21 + i} from one address`,
          response.status === 429 && response.headers.get('retry-after') !== null,
          String(response.status),
        );
      }
    } finally {
      for (const controller of open) controller.abort();
    }
    // The places come back once the streams close.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await stream(receipts[2]!);
    assert.equal(again.status, 200);
    open.at(-1)?.abort();
  });

  it('slow bodies', async () => {
    const exchange = (chunks: string[], waitMs: number) =>
      new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        let text = '';
        const timer = setTimeout(() => {
          socket.destroy();
          resolve(text);
        }, waitMs);
        socket.on('data', (data) => (text += data.toString('latin1')));
        socket.on('close', () => {
          clearTimeout(timer);
          resolve(text);
        });
        socket.on('error', () => undefined);
        for (const chunk of chunks) socket.write(chunk);
      });
    const json = (path: string) =>
      `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\nIdempotency-Key: ${randomUUID()}\r\n\r\n{"a":`;
    for (const path of [
      '/api/v1/drafts',
      '/api/v1/applications',
      '/api/v1/drafts/' + 'x'.repeat(43),
    ]) {
      const answer = await exchange([json(path)], 5000);
      record(
        'slow bodies',
        `JSON body stops short: ${path.slice(0, 20)}`,
        answer.startsWith('HTTP/1.1 408'),
        answer.slice(0, 40),
      );
    }
    const body = multipart('slow.pdf');
    const answer = await exchange(
      [
        `POST /api/v1/attachments HTTP/1.1\r\nHost: x\r\nContent-Type: ${body.headers['content-type']}\r\nContent-Length: 100000\r\n\r\n`,
        body.payload.subarray(0, 50).toString('latin1'),
      ],
      5000,
    );
    record(
      'slow bodies',
      'upload stops short',
      answer.startsWith('HTTP/1.1 408'),
      answer.slice(0, 40),
    );
  });

  it('caseworker scope', async () => {
    // A service the town itself handles (the caseworker's authority is the municipality).
    const form = (
      await app.inject({ url: '/api/v1/forms/hundesteuer-anmeldung' })
    ).json() as FormDefinition;
    const submitted = await submit(app, {
      serviceId: 'hundesteuer-anmeldung',
      ars: TOWN,
      answers: sampleAnswers(form, freshFile),
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const receipt = submitted.json() as { reference: string };
    const change = (status: unknown, headers: Record<string, string>, details?: unknown) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/caseworker/applications/${receipt.reference}/status`,
        headers,
        payload: { status, ...(details === undefined ? {} : { details }) },
      });
    expectRefused(
      'caseworker scope',
      'town client token lists',
      await app.inject({
        url: '/api/v1/caseworker/applications',
        headers: bearer('caseworkerViaTown'),
      }),
      403,
    );
    expectRefused(
      'caseworker scope',
      'town client token changes',
      await change('RECEIVED', bearer('caseworkerViaTown')),
      403,
    );
    expectRefused(
      'caseworker scope',
      'citizen token changes',
      await change('RECEIVED', bearer('anna')),
      403,
    );
    expectRefused(
      'caseworker scope',
      'another authority changes',
      await change('RECEIVED', bearer('caseworkerSaarlouis')),
      404,
    );
    const foreignList = await app.inject({
      url: '/api/v1/caseworker/applications',
      headers: bearer('caseworkerSaarlouis'),
    });
    record(
      'caseworker scope',
      'another authority lists',
      !foreignList.body.includes(receipt.reference),
      foreignList.body.slice(0, 80),
    );
    expectRefused(
      'caseworker scope',
      'a note of 100,000 characters',
      await change('RECEIVED', bearer('caseworker'), { de: 'x'.repeat(100_000) }),
      400,
    );
    assert.equal((await change('PROCESSING', bearer('caseworker'))).statusCode, 200);
    expectRefused(
      'caseworker scope',
      'back to SUBMITTED',
      await change('SUBMITTED', bearer('caseworker')),
      409,
    );
    expectRefused(
      'caseworker scope',
      'back to RECEIVED',
      await change('RECEIVED', bearer('caseworker')),
      409,
    );
    assert.equal((await change('REJECTED', bearer('caseworker'))).statusCode, 200);
    expectRefused(
      'caseworker scope',
      'a change after a final status',
      await change('PROCESSING', bearer('caseworker')),
      409,
    );
  });

  it('refused every attack', () => {
    const through = outcomes.filter((outcome) => !outcome.refused);
    assert.deepEqual(
      through.map((outcome) => `${outcome.kind}: ${outcome.what} → ${outcome.detail}`),
      [],
    );
    assert.ok(outcomes.length > 250);
  });
});
