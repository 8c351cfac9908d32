/**
 * Submitting and reading applications: receipts parse, the same Idempotency-Key creates one
 * application, a wrong access code looks exactly like an unknown reference, citizens see only
 * their own applications, the trust level of a service is enforced and answers fit the form.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import {
  ApplicationListSchema,
  ApplicationReceiptSchema,
  ApplicationSchema,
  StatusEventListSchema,
  type FormAnswers,
} from '../../src/api/schemas/index.js';
import { ARS, DOG_TAX, TRADE, VEHICLE } from './support/seed-fixture.js';
import {
  bearer,
  expectProblem,
  parseBody,
  startTestPortal,
  type TestPortal,
  type UserName,
} from './support/test-app.js';

let portal: TestPortal;
before(async () => {
  portal = await startTestPortal();
});
after(() => portal.stop());

/** Valid answers for the fixture's dog-tax form. */
export const DOG_ANSWERS: FormAnswers = {
  F_NAME: 'Anna Muster',
  G_DOGS: [{ F_DOG_NAME: 'Bello' }],
};

let keyCounter = 0;
/** A fresh idempotency key. */
export function newKey(): string {
  keyCounter += 1;
  return `test-key-${Date.now()}-${keyCounter}-abcdef`;
}

async function submit(
  body: unknown,
  options: { key?: string | null; user?: UserName } = {},
): Promise<LightMyRequestResponse> {
  const key = options.key === undefined ? newKey() : options.key;
  return portal.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: {
      ...(key === null ? {} : { 'idempotency-key': key }),
      ...(options.user === undefined ? {} : bearer(options.user)),
    },
    payload: body as object,
  });
}

const dogTax = { serviceId: DOG_TAX.id, ars: ARS.saarbruecken, answers: DOG_ANSWERS };

describe('POST /api/v1/applications', () => {
  it('answers 201 with a receipt: reference, access code, authority, SUBMITTED event', async () => {
    const response = await submit(dogTax);
    assert.equal(response.statusCode, 201, response.body);
    const receipt = parseBody(ApplicationReceiptSchema, response);
    assert.match(receipt.reference, /^SAAR-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.match(receipt.accessCode, /^[0-9A-HJKMNP-TV-Z]{8}$/);
    assert.equal(receipt.status, 'SUBMITTED');
    assert.equal(receipt.authorityName, 'Bürgeramt Saarbrücken');
    assert.deepEqual(receipt.serviceName, DOG_TAX.name);
    assert.equal(receipt.events.length, 1);
    assert.equal(receipt.events[0]?.status, 'SUBMITTED');
    assert.equal(response.headers.location, `/api/v1/applications/${receipt.reference}`);
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  it('creates one application for the same Idempotency-Key twice and replays the receipt', async () => {
    const key = newKey();
    const first = await submit(dogTax, { key, user: 'anna' });
    const second = await submit(dogTax, { key, user: 'anna' });
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 200);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.deepEqual(second.json(), first.json());
    const mine = parseBody(
      ApplicationListSchema,
      await portal.app.inject({ url: '/api/v1/me/applications', headers: bearer('anna') }),
    );
    const receipt = parseBody(ApplicationReceiptSchema, first);
    assert.equal(mine.applications.filter((app) => app.reference === receipt.reference).length, 1);
    assert.equal(mine.applications.length, 1);
  });

  it('accepts the key as a quoted structured-field string', async () => {
    const key = newKey();
    const first = await submit(dogTax, { key: `"${key}"` });
    const second = await submit(dogTax, { key });
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 200);
  });

  it('refuses the same key with another body (422) or another citizen (422)', async () => {
    const key = newKey();
    assert.equal((await submit(dogTax, { key })).statusCode, 201);
    const other = await submit({ ...dogTax, ars: ARS.voelklingen }, { key });
    assert.equal(expectProblem(other, 422).type, 'urn:saar-portal:problem:idempotency-key-reused');
    expectProblem(await submit(dogTax, { key, user: 'ben' }), 422);
  });

  it('requires an Idempotency-Key (400) of sensible length', async () => {
    const missing = expectProblem(await submit(dogTax, { key: null }), 400);
    assert.equal(missing.type, 'urn:saar-portal:problem:idempotency-key-missing');
    expectProblem(await submit(dogTax, { key: 'short' }), 400);
  });

  it('refuses services without a portal form and areas without a responsible office (422)', async () => {
    const noForm = expectProblem(await submit({ ...dogTax, serviceId: VEHICLE.id }), 422);
    assert.equal(noForm.invalidParams?.[0]?.path, 'serviceId');
    const noArea = expectProblem(await submit({ ...dogTax, ars: '100449999999' }), 422);
    assert.equal(noArea.invalidParams?.[0]?.path, 'ars');
  });

  it('checks the answers against the form (422 form-rules): unknown fields, missing required ones, misplaced files', async () => {
    const unknown = expectProblem(
      await submit({ ...dogTax, answers: { ...DOG_ANSWERS, F_OTHER: 'x' } }),
      422,
    );
    assert.deepEqual(
      unknown.invalidParams?.map((param) => param.path),
      ['answers.F_OTHER'],
    );
    const missing = expectProblem(
      await submit({ ...dogTax, answers: { G_DOGS: [{ F_DOG_NAME: 'Rex' }] } }),
      422,
    );
    assert.deepEqual(
      missing.invalidParams?.map((param) => param.path),
      ['answers.F_NAME'],
    );
    const nested = expectProblem(
      await submit({ ...dogTax, answers: { ...DOG_ANSWERS, G_DOGS: [{ F_NAME: 'x' }] } }),
      422,
    );
    assert.deepEqual(
      nested.invalidParams?.map((param) => `${param.path} ${param.rule}`),
      ['answers.G_DOGS[0].F_NAME unknown', 'answers.G_DOGS[0].F_DOG_NAME required'],
    );
    const file = expectProblem(
      await submit({ ...dogTax, answers: { ...DOG_ANSWERS, F_PROOF: 'text' } }),
      422,
    );
    assert.deepEqual(
      file.invalidParams?.map((param) => param.path),
      ['answers.F_PROOF'],
    );
  });

  it('refuses references to files that were never uploaded (422)', async () => {
    const answers = {
      ...DOG_ANSWERS,
      F_DANGEROUS: true,
      F_PROOF: {
        attachmentId: 'AAAAAAAAAAAAAAAAAAAAAAAA',
        filename: 'x.pdf',
        mediaType: 'application/pdf',
        size: 3,
      },
    };
    expectProblem(await submit({ ...dogTax, answers }), 422);
  });

  it('enforces the trust level the service needs: 401 without login, 403 below, 201 at it', async () => {
    const trade = { serviceId: TRADE.id, ars: ARS.saarlouis, answers: { F_ACTIVITY: 'Bäckerei' } };
    const anonymous = expectProblem(await submit(trade), 401);
    assert.match(String(anonymous.detail), /STORK-QAA-Level-3/);
    const low = await submit(trade, { user: 'anna' });
    const problem = expectProblem(low, 403);
    assert.equal(problem.type, 'urn:saar-portal:problem:insufficient-trust-level');
    assert.match(String(low.headers['www-authenticate']), /insufficient_user_authentication/);
    const ok = await submit(trade, { user: 'carla' });
    assert.equal(ok.statusCode, 201);
    assert.equal(parseBody(ApplicationReceiptSchema, ok).trustLevel, 'STORK-QAA-Level-3');
  });

  it('answers 401 for an invalid bearer token instead of submitting anonymously', async () => {
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { 'idempotency-key': newKey(), authorization: 'Bearer forged' },
      payload: dogTax,
    });
    expectProblem(response, 401);
    assert.match(String(response.headers['www-authenticate']), /^Bearer/);
  });
});

describe('GET /api/v1/applications/{reference}', () => {
  let receipt: ReturnType<typeof ApplicationReceiptSchema.parse>;
  before(async () => {
    receipt = parseBody(ApplicationReceiptSchema, await submit(dogTax, { user: 'anna' }));
  });

  const read = (reference: string, headers: Record<string, string>) =>
    portal.app.inject({ url: `/api/v1/applications/${reference}`, headers });

  it('opens with the access code (header), in any letter case', async () => {
    const application = parseBody(
      ApplicationSchema,
      await read(receipt.reference, { 'x-access-code': receipt.accessCode }),
    );
    assert.equal(application.reference, receipt.reference);
    assert.equal(application.events.length, 1);
    assert.equal('accessCode' in application, false, 'the code is shown only on the receipt');
    const lower = await read(receipt.reference, {
      'x-access-code': receipt.accessCode.toLowerCase(),
    });
    assert.equal(lower.statusCode, 200);
  });

  it('opens with the owner’s bearer token', async () => {
    const response = await read(receipt.reference, bearer('anna'));
    assert.equal(parseBody(ApplicationSchema, response).reference, receipt.reference);
  });

  it('answers a wrong code exactly like an unknown reference', async () => {
    const wrongCode = receipt.accessCode === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA';
    const unknownReference = receipt.reference.replace(/.$/, (char) => (char === 'A' ? 'B' : 'A'));
    const answers = [
      await read(receipt.reference, { 'x-access-code': wrongCode }),
      await read(unknownReference, { 'x-access-code': receipt.accessCode }),
      await read(receipt.reference, {}),
      await read(receipt.reference, { 'x-access-code': 'not-a-code' }),
      await read('SAAR-not-a-reference', { 'x-access-code': receipt.accessCode }),
      await read(receipt.reference, bearer('ben')),
    ];
    const shapes = answers.map((response) => {
      const { instance: _instance, ...problem } = expectProblem(response, 404);
      const {
        date: _date,
        'x-request-id': _id,
        'ratelimit-remaining': _remaining,
        ...headers
      } = response.headers;
      return { problem, headers };
    });
    for (const shape of shapes) assert.deepEqual(shape, shapes[0]);
  });

  it('does not take the access code from the query string', async () => {
    const response = await portal.app.inject({
      url: `/api/v1/applications/${receipt.reference}?code=${receipt.accessCode}`,
    });
    expectProblem(response, 404);
  });

  it('lists the status events with the same access rules', async () => {
    const events = parseBody(
      StatusEventListSchema,
      await portal.app.inject({
        url: `/api/v1/applications/${receipt.reference}/events`,
        headers: { 'x-access-code': receipt.accessCode },
      }),
    );
    assert.deepEqual(
      events.events.map((event) => event.status),
      ['SUBMITTED'],
    );
    expectProblem(
      await portal.app.inject({
        url: `/api/v1/applications/${receipt.reference}/events`,
        headers: bearer('ben'),
      }),
      404,
    );
  });
});

describe('GET /api/v1/me/applications', () => {
  it('lists only the caller’s own applications and needs a login', async () => {
    const own = parseBody(ApplicationReceiptSchema, await submit(dogTax, { user: 'ben' }));
    const list = parseBody(
      ApplicationListSchema,
      await portal.app.inject({ url: '/api/v1/me/applications', headers: bearer('ben') }),
    );
    assert.deepEqual(
      list.applications.map((app) => app.reference),
      [own.reference],
    );
    const anna = parseBody(
      ApplicationListSchema,
      await portal.app.inject({ url: '/api/v1/me/applications', headers: bearer('anna') }),
    );
    assert.equal(
      anna.applications.some((app) => app.reference === own.reference),
      false,
    );
    expectProblem(await portal.app.inject({ url: '/api/v1/me/applications' }), 401);
  });
});
