/**
 * Issue 13, points 1–6: what a hostile or careless client did, refused. One describe per point;
 * each test fails without its fix. Point 7 is `hardening-transport.test.ts`, point 8 the browser
 * tests of `test/api/client-auth.test.ts`; the hostile-client suite replays the classes at scale.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkAnswers, type FormAnswers } from '../../src/api/index.js';
import { ApplicationReceiptSchema, ApplicationSchema } from '../../src/api/schemas/index.js';
import { clientKey, EventStreams } from '../../server/http/sse.js';
import { SqliteStore } from '../../server/store/sqlite/index.js';
import { RULES_FORM } from '../api/rules/rules-form.js';
import { saveDraft, submit, upload } from './support/requests.js';
import { ARS, AUTHORITY, DOG_TAX, fixtureSeed } from './support/seed-fixture.js';
import {
  bearer,
  expectProblem,
  parseBody,
  startTestPortal,
  type TestPortal,
} from './support/test-app.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The fixture seed with the rules form as the dog-tax form. */
function rulesSeed() {
  const seed = fixtureSeed();
  return { ...seed, forms: [RULES_FORM, ...seed.forms.filter((f) => f.serviceId !== DOG_TAX.id)] };
}

const VALID: FormAnswers = {
  F_NAME: 'Anna Beispiel',
  F_EMAIL: 'anna@example.org',
  F_KIND: 'dog',
  G_DOGS: [{ F_DOG: 'Rex', F_BREED: 'mix' }],
};
const dogTax = (answers: FormAnswers, more: Record<string, unknown> = {}) => ({
  serviceId: DOG_TAX.id,
  ars: ARS.saarbruecken,
  answers,
  ...more,
});

let portal: TestPortal;
let store: SqliteStore;
before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hardening-'));
  store = SqliteStore.open(dataDir);
  portal = await startTestPortal({ seed: rulesSeed, store }, dataDir);
});
after(() => portal.stop());

describe('1. the server enforces the form definition with the widget’s form model', () => {
  const broken: FormAnswers[] = [
    { ...VALID, F_EMAIL: 'not-an-email' },
    { ...VALID, F_ZIP: 'ABCDE' },
    { ...VALID, F_NAME: 42 },
    { ...VALID, F_KIND: 'horse' },
    { ...VALID, F_BORN: '2023-02-30' },
    { ...VALID, F_DOGS: 500 },
    { ...VALID, G_DOGS: Array.from({ length: 500 }, () => ({ F_DOG: 'Rex', F_BREED: 'mix' })) },
    { ...VALID, F_FEE: 0.01 },
    { ...VALID, F_SOURCE: 'forged' },
    { ...VALID, G_DOGS: [{ F_DOG: 'Rex', F_BREED: 'listed' }] },
  ];

  it('answers 422 with exactly the invalidParams the shared answer check reports', async () => {
    for (const answers of broken) {
      const problem = expectProblem(await submit(portal.app, dogTax(answers)), 422);
      assert.equal(problem.type, 'urn:saar-portal:problem:form-rules');
      const expected = checkAnswers(RULES_FORM, answers, { complete: true });
      assert.ok(expected.length > 0);
      assert.deepEqual(problem.invalidParams, expected, JSON.stringify(answers).slice(0, 120));
    }
  });

  it('checks drafts too (what is there must fit), without requiring anything', async () => {
    await saveDraft(portal.app, { serviceId: DOG_TAX.id, answers: {} });
    const problem = expectProblem(
      await portal.app.inject({
        method: 'POST',
        url: '/api/v1/drafts',
        payload: { serviceId: DOG_TAX.id, answers: { F_EMAIL: 'not-an-email' } },
      }),
      422,
    );
    assert.deepEqual(
      problem.invalidParams?.map((p) => p.rule),
      ['pattern'],
    );
  });

  it('stores hidden and locked values from the definition, and nothing the form does not ask', async () => {
    const receipt = parseBody(
      ApplicationReceiptSchema,
      await submit(portal.app, dogTax({ ...VALID, F_CAT_NAME: 'Minka' })),
    );
    const stored = await store.applications.get(receipt.reference);
    assert.equal(stored?.answers['F_FEE'], 35);
    assert.equal(stored?.answers['F_SOURCE'], 'portal');
    assert.equal(stored?.answers['F_CAT_NAME'], undefined);
  });
});

describe('3. uploads belong to their uploader', () => {
  const withProof = (attachmentId: string, claims: Record<string, unknown> = {}) => ({
    ...VALID,
    G_DOGS: [
      {
        F_DOG: 'Rex',
        F_BREED: 'listed',
        F_PROOF: [
          { attachmentId, filename: 'x.pdf', mediaType: 'application/pdf', size: 1, ...claims },
        ],
      },
    ],
  });

  it('another citizen or an anonymous caller cannot use a citizen’s upload', async () => {
    const annas = await upload(portal.app, bearer('anna'));
    for (const headers of [bearer('ben'), {}]) {
      const problem = expectProblem(
        await submit(portal.app, dogTax(withProof(annas.attachmentId)), headers),
        422,
      );
      assert.equal(problem.invalidParams?.[0]?.path, 'answers.G_DOGS[0].F_PROOF[0]');
    }
    parseBody(
      ApplicationReceiptSchema,
      await submit(portal.app, dogTax(withProof(annas.attachmentId)), bearer('anna')),
    );
  });

  it('an anonymous upload belongs to the first draft that saves it, then to its application', async () => {
    const upload1 = await upload(portal.app);
    const token = await saveDraft(portal.app, {
      serviceId: DOG_TAX.id,
      answers: withProof(upload1.attachmentId),
    });
    const stranger = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/drafts',
      payload: { serviceId: DOG_TAX.id, answers: withProof(upload1.attachmentId) },
    });
    expectProblem(stranger, 422);
    expectProblem(await submit(portal.app, dogTax(withProof(upload1.attachmentId))), 422);
    parseBody(
      ApplicationReceiptSchema,
      await submit(portal.app, dogTax(withProof(upload1.attachmentId), { resumeToken: token })),
    );
    // Submitted: no second application may use it.
    expectProblem(await submit(portal.app, dogTax(withProof(upload1.attachmentId))), 422);
  });

  it('documents sent later follow the same rule, bounded (decision 0057)', async () => {
    const receipt = parseBody(
      ApplicationReceiptSchema,
      await submit(portal.app, dogTax(VALID), bearer('anna')),
    );
    const asked = await portal.app.inject({
      method: 'POST',
      url: `/api/v1/caseworker/applications/${receipt.reference}/status`,
      headers: bearer('caseworker'),
      payload: { status: 'ACTION_REQUIRED' },
    });
    assert.equal(asked.statusCode, 200, asked.body);
    const send = (attachmentIds: string[], headers = bearer('anna'), message?: string) =>
      portal.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${receipt.reference}/documents`,
        headers: { ...headers, 'idempotency-key': `hardening-documents-${Math.random()}` },
        payload: { attachmentIds, ...(message === undefined ? {} : { message }) },
      });
    // A draft's anonymous upload, another citizen's, a submitted application's: 422 each.
    const drafted = await upload(portal.app);
    await saveDraft(portal.app, {
      serviceId: DOG_TAX.id,
      answers: withProof(drafted.attachmentId),
    });
    const bens = await upload(portal.app, bearer('ben'));
    const submitted = await upload(portal.app, bearer('anna'));
    parseBody(
      ApplicationReceiptSchema,
      await submit(portal.app, dogTax(withProof(submitted.attachmentId)), bearer('anna')),
    );
    for (const id of [drafted.attachmentId, bens.attachmentId, submitted.attachmentId]) {
      const problem = expectProblem(await send([id]), 422);
      assert.equal(problem.invalidParams?.[0]?.path, 'attachmentIds[0]');
    }
    // Bounded: at most 10 files, each once, a message of at most 2000 characters.
    const many = Array.from(
      { length: 11 },
      (_, index) => `att_many_${String(index).padStart(8, '0')}`,
    );
    expectProblem(await send(many), 400);
    const mine = await upload(portal.app, bearer('anna'));
    expectProblem(await send([mine.attachmentId], bearer('anna'), 'x'.repeat(2001)), 400);
    expectProblem(await send([mine.attachmentId, mine.attachmentId]), 400);
    expectProblem(await send([]), 400);
    expectProblem(await send(['../../etc/passwd']), 400);
    // Nothing of that moved the status.
    const stillAsked = parseBody(
      ApplicationSchema,
      await portal.app.inject({
        url: `/api/v1/applications/${receipt.reference}`,
        headers: bearer('anna'),
      }),
    );
    assert.equal(stillAsked.status, 'ACTION_REQUIRED');
    parseBody(ApplicationSchema, await send([mine.attachmentId], bearer('anna'), 'x'.repeat(2000)));
  });

  it('stores the server’s name, type and size of a file, not what the client claimed', async () => {
    const mine = await upload(portal.app, bearer('anna'), 'nachweis.pdf');
    const receipt = parseBody(
      ApplicationReceiptSchema,
      await submit(
        portal.app,
        dogTax(
          withProof(mine.attachmentId, {
            filename: 'evil.exe',
            mediaType: 'application/pdf',
            size: 1,
          }),
        ),
        bearer('anna'),
      ),
    );
    const stored = await store.applications.get(receipt.reference);
    const dogs = stored?.answers['G_DOGS'] as Array<Record<string, unknown>>;
    assert.deepEqual(dogs[0]!['F_PROOF'], [
      {
        attachmentId: mine.attachmentId,
        filename: 'nachweis.pdf',
        mediaType: 'application/pdf',
        size: mine.size,
      },
    ]);
  });
});

describe('4. a submission deletes only its own draft, of the same service', () => {
  it('refuses another citizen’s draft and keeps it', async () => {
    const annas = await saveDraft(
      portal.app,
      { serviceId: DOG_TAX.id, answers: {} },
      bearer('anna'),
    );
    const problem = expectProblem(
      await submit(portal.app, dogTax(VALID, { resumeToken: annas }), bearer('ben')),
      422,
    );
    assert.equal(problem.invalidParams?.[0]?.path, 'resumeToken');
    const still = await portal.app.inject({
      url: `/api/v1/drafts/${annas}`,
      headers: bearer('anna'),
    });
    assert.equal(still.statusCode, 200);
  });

  it('refuses a draft of another service', async () => {
    const trade = await saveDraft(portal.app, { serviceId: 'gewerbe-anmeldung', answers: {} });
    expectProblem(await submit(portal.app, dogTax(VALID, { resumeToken: trade })), 422);
    assert.equal((await portal.app.inject({ url: `/api/v1/drafts/${trade}` })).statusCode, 200);
  });
});

describe('6. caseworkers: their client, their authority, the status machine, bounded notes', () => {
  let reference = '';
  before(async () => {
    reference = parseBody(
      ApplicationReceiptSchema,
      await submit(portal.app, dogTax(VALID)),
    ).reference;
  });
  const change = (body: unknown, headers: Record<string, string>) =>
    portal.app.inject({
      method: 'POST',
      url: `/api/v1/caseworker/applications/${reference}/status`,
      payload: body as object,
      headers,
    });

  it('a caseworker token obtained through a town’s login client is refused', async () => {
    const list = await portal.app.inject({
      url: '/api/v1/caseworker/applications',
      headers: bearer('caseworkerViaTown'),
    });
    expectProblem(list, 403);
    expectProblem(await change({ status: 'RECEIVED' }, bearer('caseworkerViaTown')), 403);
  });

  it('a caseworker sees and changes only their authority’s applications', async () => {
    assert.equal(AUTHORITY.saarbruecken, 'gemeinde-10041100');
    const other = await portal.app.inject({
      url: '/api/v1/caseworker/applications',
      headers: bearer('caseworkerSaarlouis'),
    });
    assert.equal(other.statusCode, 200);
    assert.deepEqual((other.json() as { applications: unknown[] }).applications, []);
    expectProblem(await change({ status: 'RECEIVED' }, bearer('caseworkerSaarlouis')), 404);
    const own = await portal.app.inject({
      url: '/api/v1/caseworker/applications',
      headers: bearer('caseworker'),
    });
    assert.ok(
      (own.json() as { applications: Array<{ reference: string }> }).applications.some(
        (application) => application.reference === reference,
      ),
    );
  });

  it('statuses move along the machine: never back to SUBMITTED, nothing after a final one', async () => {
    parseBody(ApplicationSchema, await change({ status: 'PROCESSING' }, bearer('caseworker')));
    expectProblem(await change({ status: 'SUBMITTED' }, bearer('caseworker')), 409);
    expectProblem(await change({ status: 'RECEIVED' }, bearer('caseworker')), 409);
    parseBody(ApplicationSchema, await change({ status: 'COMPLETED' }, bearer('caseworker')));
    expectProblem(await change({ status: 'PROCESSING' }, bearer('caseworker')), 409);
  });

  it('status notes are bounded', async () => {
    const problem = expectProblem(
      await change({ status: 'REJECTED', details: { de: 'x'.repeat(2001) } }, bearer('caseworker')),
      400,
    );
    assert.equal(problem.invalidParams?.[0]?.path, 'details.de');
  });
});

describe('2. status streams are shared out per address, /64 and application', () => {
  const limits = {
    total: 100,
    perClient: 3,
    perTopic: 2,
    heartbeatMs: 60_000,
    retryMs: 3000,
    maxBufferedBytes: 1024,
  };

  it('counts IPv6 clients by their /64, IPv4 by address', () => {
    assert.equal(clientKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(clientKey('192.0.2.7'), '192.0.2.7');
  });

  it('refuses a client over its share (429), an application over its share, and frees places', () => {
    const streams = new EventStreams(limits);
    const tickets = ['A', 'B', 'C'].map((topic) => streams.admit('2001:db8:1:2::10', topic));
    assert.throws(() => streams.admit('2001:db8:1:2::99', 'D'), { kind: 'too-many' });
    streams.admit('192.0.2.1', 'A');
    assert.throws(() => streams.admit('192.0.2.2', 'A'), { kind: 'too-many' });
    tickets[0]!.release();
    tickets[0]!.release();
    streams.admit('2001:db8:1:2::10', 'E');
    assert.equal(streams.size, 4);
  });

  it('refuses new streams once the process is full (503)', () => {
    const streams = new EventStreams({ ...limits, total: 2, perClient: 10 });
    streams.admit('192.0.2.1', 'A');
    streams.admit('192.0.2.2', 'B');
    assert.throws(() => streams.admit('192.0.2.3', 'C'), { kind: 'unavailable' });
  });
});
