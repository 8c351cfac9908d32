/**
 * Drafts: create, read, update and delete by resume token; a logged-in citizen's drafts are
 * theirs alone and listed under /me/drafts; drafts expire; submitting from a draft removes it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DraftListSchema, DraftSchema, type Draft } from '../../src/api/schemas/index.js';
import { ARS, DOG_TAX, VEHICLE } from './support/seed-fixture.js';
import {
  bearer,
  expectProblem,
  parseBody,
  startTestPortal,
  type TestPortal,
  type UserName,
} from './support/test-app.js';

let portal: TestPortal;
let clock = new Date('2026-03-01T10:00:00Z');
before(async () => {
  portal = await startTestPortal({ now: () => clock });
});
after(() => portal.stop());

const input = {
  serviceId: DOG_TAX.id,
  ars: ARS.saarbruecken,
  answers: { F_NAME: 'Anna' },
  stepId: 'S_OWNER',
};

async function createDraft(user?: UserName, body: object = input): Promise<Draft> {
  const response = await portal.app.inject({
    method: 'POST',
    url: '/api/v1/drafts',
    headers: user === undefined ? {} : bearer(user),
    payload: body,
  });
  assert.equal(response.statusCode, 201, response.body);
  return parseBody(DraftSchema, response);
}

const open = (token: string, user?: UserName) =>
  portal.app.inject({
    url: `/api/v1/drafts/${token}`,
    headers: user === undefined ? {} : bearer(user),
  });

describe('anonymous drafts', () => {
  it('are created with a long random resume token and expire after 30 days', async () => {
    const draft = await createDraft();
    assert.match(draft.resumeToken, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(draft.expiresAt, '2026-03-31T10:00:00.000Z');
    assert.deepEqual(draft.answers, input.answers);
  });

  it('open with the token alone, and update and delete with it', async () => {
    const draft = await createDraft();
    assert.deepEqual(parseBody(DraftSchema, await open(draft.resumeToken)), draft);
    clock = new Date('2026-03-02T10:00:00Z');
    const updated = parseBody(
      DraftSchema,
      await portal.app.inject({
        method: 'PUT',
        url: `/api/v1/drafts/${draft.resumeToken}`,
        payload: { serviceId: DOG_TAX.id, answers: { F_NAME: 'Anna B.' }, stepId: 'S_DOGS' },
      }),
    );
    assert.equal(updated.answers.F_NAME, 'Anna B.');
    assert.equal(updated.stepId, 'S_DOGS');
    assert.equal(updated.ars, undefined, 'a PUT replaces the draft');
    assert.equal(updated.createdAt, draft.createdAt);
    assert.equal(updated.expiresAt, '2026-04-01T10:00:00.000Z', 'saving extends the lifetime');
    const deleted = await portal.app.inject({
      method: 'DELETE',
      url: `/api/v1/drafts/${draft.resumeToken}`,
    });
    assert.equal(deleted.statusCode, 204);
    expectProblem(await open(draft.resumeToken), 404);
  });

  it('are gone after they expire', async () => {
    clock = new Date('2026-03-01T10:00:00Z');
    const draft = await createDraft();
    clock = new Date('2026-03-31T10:00:01Z');
    expectProblem(await open(draft.resumeToken), 404);
    clock = new Date('2026-03-01T10:00:00Z');
  });

  it('answer the same 404 for unknown and malformed tokens', async () => {
    const unknown = expectProblem(await open('A'.repeat(43)), 404);
    const malformed = expectProblem(await open('short'), 404);
    assert.equal(unknown.detail, malformed.detail);
  });

  it('cannot move to another service (409) and must fit the form (400/422)', async () => {
    const draft = await createDraft();
    expectProblem(
      await portal.app.inject({
        method: 'PUT',
        url: `/api/v1/drafts/${draft.resumeToken}`,
        payload: { serviceId: 'gewerbe-anmeldung', answers: {} },
      }),
      409,
    );
    expectProblem(
      await portal.app.inject({
        method: 'POST',
        url: '/api/v1/drafts',
        payload: { serviceId: VEHICLE.id, answers: {} },
      }),
      422,
    );
    const problem = expectProblem(
      await portal.app.inject({
        method: 'POST',
        url: '/api/v1/drafts',
        payload: { serviceId: DOG_TAX.id, answers: { F_UNKNOWN: 1 } },
      }),
      422,
    );
    assert.deepEqual(
      problem.invalidParams?.map((param) => param.path),
      ['answers.F_UNKNOWN'],
    );
  });

  it('accept incomplete answers (required fields are checked on submission only)', async () => {
    await createDraft(undefined, { serviceId: DOG_TAX.id, answers: {} });
  });
});

describe('a logged-in citizen’s drafts', () => {
  it('open only with the owner’s token: not with the resume token alone, not for another citizen', async () => {
    const draft = await createDraft('anna');
    assert.equal(
      parseBody(DraftSchema, await open(draft.resumeToken, 'anna')).resumeToken,
      draft.resumeToken,
    );
    const alone = expectProblem(await open(draft.resumeToken), 404);
    const other = expectProblem(await open(draft.resumeToken, 'ben'), 404);
    assert.equal(alone.detail, other.detail);
    expectProblem(
      await portal.app.inject({
        method: 'PUT',
        url: `/api/v1/drafts/${draft.resumeToken}`,
        headers: bearer('ben'),
        payload: input,
      }),
      404,
    );
    expectProblem(
      await portal.app.inject({
        method: 'DELETE',
        url: `/api/v1/drafts/${draft.resumeToken}`,
        headers: bearer('ben'),
      }),
      404,
    );
    assert.equal((await open(draft.resumeToken, 'anna')).statusCode, 200, 'still there');
  });

  it('are listed under /me/drafts for their owner only', async () => {
    const mine = await createDraft('ben');
    const list = parseBody(
      DraftListSchema,
      await portal.app.inject({ url: '/api/v1/me/drafts', headers: bearer('ben') }),
    );
    assert.deepEqual(
      list.drafts.map((draft) => draft.resumeToken),
      [mine.resumeToken],
    );
    const annas = parseBody(
      DraftListSchema,
      await portal.app.inject({ url: '/api/v1/me/drafts', headers: bearer('anna') }),
    );
    assert.equal(
      annas.drafts.some((draft) => draft.resumeToken === mine.resumeToken),
      false,
    );
    expectProblem(await portal.app.inject({ url: '/api/v1/me/drafts' }), 401);
  });

  it('is removed when the application is submitted from it', async () => {
    const draft = await createDraft('anna', {
      serviceId: DOG_TAX.id,
      ars: ARS.saarbruecken,
      answers: { F_NAME: 'Anna', G_DOGS: [{ F_DOG_NAME: 'Bello' }] },
    });
    const submitted = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...bearer('anna'), 'idempotency-key': `draft-submission-${draft.resumeToken}` },
      payload: {
        serviceId: DOG_TAX.id,
        ars: ARS.saarbruecken,
        answers: draft.answers,
        resumeToken: draft.resumeToken,
      },
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    expectProblem(await open(draft.resumeToken, 'anna'), 404);
  });
});
