/** `GET /me`: the logged-in caller's claims, per the schema; 401 without a valid token. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AuthError } from '../../server/auth/auth-error.js';
import { CitizenClaimsSchema } from '../../src/api/schemas/index.js';
import {
  bearer,
  expectProblem,
  parseBody,
  startTestPortal,
  type TestPortal,
} from './support/test-app.js';

let portal: TestPortal;
before(async () => {
  portal = await startTestPortal({
    verifier: {
      async verify(token) {
        if (token === 'with-claims') {
          return {
            sub: 'citizen-1',
            acr: 'STORK-QAA-Level-3',
            roles: ['citizen'],
            claims: {
              sub: 'citizen-1',
              acr: 'STORK-QAA-Level-3',
              given_name: 'Lena',
              family_name: 'Schmitt',
            },
          };
        }
        if (token === 'token-anna')
          return { sub: 'citizen-anna', acr: 'STORK-QAA-Level-1', roles: ['citizen'] };
        throw new AuthError('invalid_token', 'unknown');
      },
    },
  });
});
after(() => portal.stop());

describe('GET /api/v1/me', () => {
  it('answers the claims the token carries', async () => {
    const claims = parseBody(
      CitizenClaimsSchema,
      await portal.app.inject({
        url: '/api/v1/me',
        headers: { authorization: 'Bearer with-claims' },
      }),
    );
    assert.deepEqual(claims, {
      sub: 'citizen-1',
      acr: 'STORK-QAA-Level-3',
      given_name: 'Lena',
      family_name: 'Schmitt',
    });
  });

  it('answers at least sub and acr when the token carries no claims', async () => {
    const claims = parseBody(
      CitizenClaimsSchema,
      await portal.app.inject({ url: '/api/v1/me', headers: bearer('anna') }),
    );
    assert.deepEqual(claims, { sub: 'citizen-anna', acr: 'STORK-QAA-Level-1' });
  });

  it('answers 401 without a valid token', async () => {
    expectProblem(await portal.app.inject({ url: '/api/v1/me' }), 401);
    expectProblem(
      await portal.app.inject({ url: '/api/v1/me', headers: { authorization: 'Bearer nope' } }),
      401,
    );
    expectProblem(
      await portal.app.inject({ url: '/api/v1/me', headers: { authorization: 'Basic abc' } }),
      401,
    );
  });
});
