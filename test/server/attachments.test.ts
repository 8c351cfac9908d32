/**
 * Uploads in use: a file field answered with an upload submits; an upload a draft references
 * lives as long as the draft; unreferenced uploads are purged (row and file) after 30 days;
 * submitted ones stay.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ApplicationReceiptSchema,
  AttachmentRefSchema,
  type AttachmentRef,
} from '../../src/api/schemas/index.js';
import { ARS, DOG_TAX } from './support/seed-fixture.js';
import { expectProblem, parseBody, startTestPortal, type TestPortal } from './support/test-app.js';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-05-01T08:00:00Z').getTime();
let clock = new Date(start);
const now = () => clock;

let portal: TestPortal;
before(async () => {
  portal = await startTestPortal({ now });
});
after(() => portal.stop());

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function upload(name: string): Promise<AttachmentRef> {
  const boundary = 'attachment-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await portal.app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  assert.equal(response.statusCode, 201, response.body);
  return parseBody(AttachmentRefSchema, response);
}

const answersWith = (proof: AttachmentRef) => ({
  F_NAME: 'Anna',
  F_DANGEROUS: true,
  F_PROOF: proof,
  G_DOGS: [{ F_DOG_NAME: 'Rex' }],
});

const uploadPath = (ref: AttachmentRef) => join(portal.dataDir, 'attachments', ref.attachmentId);

describe('uploads', () => {
  it('answer a file field and stay with the submitted application', async () => {
    clock = new Date(start);
    const proof = await upload('nachweis.png');
    assert.equal(proof.mediaType, 'image/png');
    assert.ok(existsSync(uploadPath(proof)));
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { 'idempotency-key': 'attachment-test-000001' },
      payload: { serviceId: DOG_TAX.id, ars: ARS.saarbruecken, answers: answersWith(proof) },
    });
    parseBody(ApplicationReceiptSchema, response);

    // Long after: still there (submitted uploads do not expire).
    clock = new Date(start + 90 * DAY);
    portal = await portal.restart({ now });
    assert.ok(existsSync(uploadPath(proof)));
  });

  it('live as long as a draft that references them; unreferenced ones are purged', async () => {
    clock = new Date(start);
    const kept = await upload('kept.png');
    const dropped = await upload('dropped.png');
    clock = new Date(start + 20 * DAY);
    const draft = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/drafts',
      payload: { serviceId: DOG_TAX.id, answers: answersWith(kept) },
    });
    assert.equal(draft.statusCode, 201, draft.body);

    // Day 40: past the uploads' own 30 days, within the draft's (saved on day 20).
    clock = new Date(start + 40 * DAY);
    portal = await portal.restart({ now });
    assert.equal(existsSync(uploadPath(dropped)), false, 'unreferenced upload purged');
    assert.ok(existsSync(uploadPath(kept)), 'upload of the draft kept');
    const submitted = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { 'idempotency-key': 'attachment-test-000002' },
      payload: {
        serviceId: DOG_TAX.id,
        ars: ARS.saarbruecken,
        answers: answersWith(kept),
        // The draft's upload is the draft's: it is submitted from that draft.
        resumeToken: (draft.json() as { resumeToken: string }).resumeToken,
      },
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const late = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { 'idempotency-key': 'attachment-test-000003' },
      payload: { serviceId: DOG_TAX.id, ars: ARS.saarbruecken, answers: answersWith(dropped) },
    });
    expectProblem(late, 422);
  });
});
