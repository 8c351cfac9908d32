/**
 * Caseworker routes: only a token with the caseworker role lists applications or changes a
 * status (none: 401, a citizen's: 403); changes appear in the citizen's view; final statuses
 * do not change any more; the caseworker page is served with a strict CSP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApplicationListSchema,
  ApplicationReceiptSchema,
  ApplicationSchema,
  type ApplicationReceipt,
} from '../../src/api/schemas/index.js';
import { ARS, DOG_TAX } from './support/seed-fixture.js';
import {
  bearer,
  expectProblem,
  parseBody,
  startTestPortal,
  type TestPortal,
} from './support/test-app.js';

let portal: TestPortal;
let receipt: ApplicationReceipt;
before(async () => {
  portal = await startTestPortal();
  receipt = parseBody(
    ApplicationReceiptSchema,
    await portal.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { 'idempotency-key': 'caseworker-test-0001' },
      payload: {
        serviceId: DOG_TAX.id,
        ars: ARS.saarbruecken,
        answers: { F_NAME: 'Ben', G_DOGS: [{ F_DOG_NAME: 'Rex' }] },
      },
    }),
  );
});
after(() => portal.stop());

const changeStatus = (
  body: unknown,
  headers: Record<string, string>,
  reference = receipt.reference,
) =>
  portal.app.inject({
    method: 'POST',
    url: `/api/v1/caseworker/applications/${reference}/status`,
    headers,
    payload: body as object,
  });

describe('caseworker status changes', () => {
  it('are refused without a token (401) and with a citizen’s token (403), changing nothing', async () => {
    const anonymous = await changeStatus({ status: 'RECEIVED' }, {});
    expectProblem(anonymous, 401);
    assert.match(String(anonymous.headers['www-authenticate']), /^Bearer/);
    expectProblem(await changeStatus({ status: 'RECEIVED' }, bearer('anna')), 403);
    expectProblem(
      await changeStatus({ status: 'RECEIVED' }, { authorization: 'Bearer nonsense' }),
      401,
    );
    const view = parseBody(
      ApplicationSchema,
      await portal.app.inject({
        url: `/api/v1/applications/${receipt.reference}`,
        headers: { 'x-access-code': receipt.accessCode },
      }),
    );
    assert.equal(view.status, 'SUBMITTED');
    assert.equal(view.events.length, 1);
  });

  it('move the application on and show in the citizen’s view', async () => {
    const received = parseBody(
      ApplicationSchema,
      await changeStatus({ status: 'RECEIVED' }, bearer('caseworker')),
    );
    assert.equal(received.status, 'RECEIVED');
    const action = parseBody(
      ApplicationSchema,
      await changeStatus(
        {
          status: 'ACTION_REQUIRED',
          details: { de: 'Bitte reichen Sie den Nachweis nach.' },
          actionUrl: 'https://portal.example/nachweis',
        },
        bearer('caseworker'),
      ),
    );
    assert.deepEqual(
      action.events.map((event) => event.status),
      ['SUBMITTED', 'RECEIVED', 'ACTION_REQUIRED'],
    );
    assert.equal(action.events[2]?.details?.de, 'Bitte reichen Sie den Nachweis nach.');
    const view = parseBody(
      ApplicationSchema,
      await portal.app.inject({
        url: `/api/v1/applications/${receipt.reference}`,
        headers: { 'x-access-code': receipt.accessCode },
      }),
    );
    assert.equal(view.status, 'ACTION_REQUIRED');
    assert.ok(view.updatedAt >= view.submittedAt);
  });

  it('end with a final status: later changes answer 409', async () => {
    parseBody(ApplicationSchema, await changeStatus({ status: 'COMPLETED' }, bearer('caseworker')));
    expectProblem(await changeStatus({ status: 'PROCESSING' }, bearer('caseworker')), 409);
  });

  it('answer 404 for an unknown reference and 400 for an unknown status', async () => {
    expectProblem(
      await changeStatus({ status: 'RECEIVED' }, bearer('caseworker'), 'SAAR-2026-0000-0000'),
      404,
    );
    const problem = expectProblem(
      await changeStatus({ status: 'DONE' }, bearer('caseworker')),
      400,
    );
    assert.equal(problem.invalidParams?.[0]?.path, 'status');
  });
});

describe('GET /api/v1/caseworker/applications', () => {
  it('lists applications for caseworkers only, filtered by status', async () => {
    expectProblem(await portal.app.inject({ url: '/api/v1/caseworker/applications' }), 401);
    expectProblem(
      await portal.app.inject({ url: '/api/v1/caseworker/applications', headers: bearer('ben') }),
      403,
    );
    const all = parseBody(
      ApplicationListSchema,
      await portal.app.inject({
        url: '/api/v1/caseworker/applications',
        headers: bearer('caseworker'),
      }),
    );
    assert.ok(all.applications.some((app) => app.reference === receipt.reference));
    const submitted = parseBody(
      ApplicationListSchema,
      await portal.app.inject({
        url: '/api/v1/caseworker/applications?status=SUBMITTED',
        headers: bearer('caseworker'),
      }),
    );
    assert.equal(
      submitted.applications.some((app) => app.reference === receipt.reference),
      false,
    );
    expectProblem(
      await portal.app.inject({
        url: '/api/v1/caseworker/applications?status=NOPE',
        headers: bearer('caseworker'),
      }),
      400,
    );
  });
});

describe('the caseworker page', () => {
  it('is served under /caseworker/ with a CSP that allows no inline script', async () => {
    const page = await portal.app.inject({ url: '/caseworker/' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.doesNotMatch(page.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline scripts');
    assert.doesNotMatch(page.body, /\son[a-z]+=/i, 'no inline event handlers');
    const script = await portal.app.inject({ url: '/caseworker/caseworker.js' });
    assert.equal(script.statusCode, 200);
    assert.match(String(script.headers['content-type']), /javascript/);
    const redirect = await portal.app.inject({ url: '/caseworker' });
    assert.equal(redirect.statusCode, 301);
  });
});
