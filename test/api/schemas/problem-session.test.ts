import { expect } from '@open-wc/testing';
import { ProblemSchema } from '../../../src/api/schemas/problem.js';
import { CitizenClaimsSchema } from '../../../src/api/schemas/session.js';
import { expectInvalidAt, expectValid } from './expect-schema.js';

describe('Problem schema', () => {
  it('defaults the type and keeps extension members', () => {
    const problem = ProblemSchema.parse({ title: 'Not Found', status: 404, reference: 'x' });
    expect(problem.type).to.equal('about:blank');
    expect(problem['reference']).to.equal('x');
  });
  it('lists invalid params and rejects non-error statuses', () => {
    expectValid(ProblemSchema, {
      title: 'Bad',
      status: 400,
      invalidParams: [{ path: 'answers.F1', message: 'zu lang' }],
    });
    expectInvalidAt(ProblemSchema, { title: 'OK', status: 200 }, 'status');
  });
});

describe('CitizenClaims schema', () => {
  it('accepts OIDC claims with a trust level', () => {
    expectValid(CitizenClaimsSchema, {
      sub: 'p-1',
      acr: 'STORK-QAA-Level-3',
      given_name: 'Erika',
      family_name: 'Mustermann',
      birthdate: '1964-08-12',
      address: {
        street_address: 'Großer Markt 1',
        postal_code: '66740',
        locality: 'Saarlouis',
        country: 'DE',
      },
    });
  });
  it('rejects an unknown trust level and a malformed birth date', () => {
    expectInvalidAt(CitizenClaimsSchema, { sub: 'p', acr: 'high' }, 'acr');
    expectInvalidAt(
      CitizenClaimsSchema,
      { sub: 'p', acr: 'STORK-QAA-Level-1', birthdate: '12.08.1964' },
      'birthdate',
    );
  });
});
