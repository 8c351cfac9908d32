import {
  ApplicationInputSchema,
  ApplicationReceiptSchema,
} from '../../../src/api/schemas/application.js';
import { DraftInputSchema, DraftSchema } from '../../../src/api/schemas/draft.js';
import { StatusChangeSchema, StatusEventSchema } from '../../../src/api/schemas/status.js';
import { expectInvalidAt, expectValid, variant } from './expect-schema.js';

const now = '2026-11-28T10:15:00+01:00';
const event = { id: 'ev-1', reference: 'SAAR-2026-7KQ4-M2XH', status: 'SUBMITTED', at: now };
const receipt = {
  reference: 'SAAR-2026-7KQ4-M2XH',
  accessCode: 'K7QM2XHA',
  serviceId: 'hundesteuer-anmeldung',
  serviceName: { de: 'Hundesteuer anmelden' },
  ars: '100440111111',
  authorityName: 'Kreisstadt Saarlouis',
  status: 'SUBMITTED',
  submittedAt: now,
  updatedAt: now,
  events: [event],
};

describe('Draft schema', () => {
  const input = { serviceId: 'hundesteuer-anmeldung', answers: { F1: 'Bello' }, stepId: 'S2' };
  it('accepts a draft input and a stored draft', () => {
    expectValid(DraftInputSchema, input);
    expectValid(DraftSchema, {
      ...input,
      resumeToken: 'a'.repeat(43),
      createdAt: now,
      updatedAt: now,
      expiresAt: now,
    });
  });
  it('refuses unknown fields on input and a short resume token', () => {
    expectInvalidAt(DraftInputSchema, variant(input, { owner: 'me' }), '');
    expectInvalidAt(
      DraftSchema,
      { ...input, resumeToken: 'short', createdAt: now, updatedAt: now, expiresAt: now },
      'resumeToken',
    );
  });
});

describe('Application schema', () => {
  it('accepts a receipt with its access code', () =>
    expectValid(ApplicationReceiptSchema, receipt));
  it('rejects malformed reference numbers, access codes and statuses', () => {
    expectInvalidAt(
      ApplicationReceiptSchema,
      variant(receipt, { reference: 'SAAR-26-1' }),
      'reference',
    );
    expectInvalidAt(
      ApplicationReceiptSchema,
      variant(receipt, { accessCode: 'k7qm2xha' }),
      'accessCode',
    );
    expectInvalidAt(ApplicationReceiptSchema, variant(receipt, { status: 'DONE' }), 'status');
    expectInvalidAt(
      ApplicationReceiptSchema,
      variant(receipt, { submittedAt: '28.11.2026' }),
      'submittedAt',
    );
  });
  it('refuses unknown fields on submission', () => {
    expectInvalidAt(
      ApplicationInputSchema,
      { serviceId: 'x1', ars: '10', answers: {}, status: 'COMPLETED' },
      '',
    );
  });
});

describe('StatusEvent schema', () => {
  it('accepts every status with details', () => {
    for (const status of [
      'SUBMITTED',
      'RECEIVED',
      'PROCESSING',
      'ACTION_REQUIRED',
      'COMPLETED',
      'REJECTED',
      'WITHDRAWN',
    ]) {
      expectValid(StatusEventSchema, { ...event, status, details: { de: 'Hinweis' } });
    }
  });
  it('rejects unknown statuses and a status change with extra fields', () => {
    expectInvalidAt(StatusEventSchema, variant(event, { status: 'INITIATED' }), 'status');
    expectInvalidAt(StatusChangeSchema, { status: 'RECEIVED', reference: 'x' }, '');
  });
});
