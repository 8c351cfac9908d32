/**
 * Every write endpoint refuses bad input with 4xx problem details and stores nothing:
 * malformed JSON, wrong types, oversized bodies, unknown fields (and a few more: wrong media
 * type, empty body, arrays, prototype pollution). Table-driven over the endpoints; the whole
 * database and the upload folder are compared before and after each request.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { InjectOptions } from 'fastify';
import {
  ApplicationReceiptSchema,
  DraftSchema,
  type ApplicationReceipt,
  type AttachmentRef,
} from '../../src/api/schemas/index.js';
import { DATABASE_FILE } from '../../server/store/sqlite/index.js';
import { submit, upload } from './support/requests.js';
import { ARS, DOG_TAX } from './support/seed-fixture.js';
import {
  bearer,
  expectProblem,
  parseBody,
  startTestPortal,
  type TestPortal,
} from './support/test-app.js';

let portal: TestPortal;
let draftToken: string;
let reference: string;
/** An application waiting for documents, and an upload to answer with. */
let awaiting: ApplicationReceipt;
let answerUpload: AttachmentRef;

const USER_TABLES = [
  'drafts',
  'applications',
  'status_events',
  'idempotency_keys',
  'attachments',
  'application_attachments',
  'document_deliveries',
];

/** Everything a write could have changed: every citizen-data table and the upload folder. */
function snapshot(): string {
  const db = new Database(join(portal.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const tables = Object.fromEntries(
      USER_TABLES.map((table) => [
        table,
        db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
      ]),
    );
    const uploadsDir = join(portal.dataDir, 'attachments');
    const uploads = existsSync(uploadsDir) ? readdirSync(uploadsDir).sort() : [];
    return JSON.stringify({ tables, uploads });
  } finally {
    db.close();
  }
}

before(async () => {
  portal = await startTestPortal();
  const draft = await portal.app.inject({
    method: 'POST',
    url: '/api/v1/drafts',
    payload: { serviceId: DOG_TAX.id, answers: { F_NAME: 'Anna' } },
  });
  draftToken = parseBody(DraftSchema, draft).resumeToken;
  const submitted = await portal.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: { 'idempotency-key': 'write-validation-0001' },
    payload: {
      serviceId: DOG_TAX.id,
      ars: ARS.saarbruecken,
      answers: { F_NAME: 'A', G_DOGS: [{ F_DOG_NAME: 'B' }] },
    },
  });
  reference = parseBody(ApplicationReceiptSchema, submitted).reference;
  awaiting = parseBody(
    ApplicationReceiptSchema,
    await submit(portal.app, {
      serviceId: DOG_TAX.id,
      ars: ARS.saarbruecken,
      answers: { F_NAME: 'C', G_DOGS: [{ F_DOG_NAME: 'D' }] },
    }),
  );
  const asked = await portal.app.inject({
    method: 'POST',
    url: `/api/v1/caseworker/applications/${awaiting.reference}/status`,
    headers: bearer('caseworker'),
    payload: { status: 'ACTION_REQUIRED' },
  });
  assert.equal(asked.statusCode, 200, asked.body);
  answerUpload = await upload(portal.app);
});
after(() => portal.stop());

interface JsonEndpoint {
  name: string;
  method: 'POST' | 'PUT';
  url: () => string;
  headers: () => Record<string, string>;
  /** A body the endpoint accepts. */
  valid: () => Record<string, unknown>;
  /** The same with wrong types. */
  wrongTypes: Record<string, unknown>;
  /** The paths the problem must name for `wrongTypes`. */
  wrongTypePaths: string[];
}

let keyCounter = 0;
const JSON_ENDPOINTS: JsonEndpoint[] = [
  {
    name: 'POST /drafts',
    method: 'POST',
    url: () => '/api/v1/drafts',
    headers: () => ({}),
    valid: () => ({ serviceId: DOG_TAX.id, answers: { F_NAME: 'x' } }),
    wrongTypes: { serviceId: 42, answers: 'none', stepId: false },
    wrongTypePaths: ['serviceId', 'answers', 'stepId'],
  },
  {
    name: 'PUT /drafts/{token}',
    method: 'PUT',
    url: () => `/api/v1/drafts/${draftToken}`,
    headers: () => ({}),
    valid: () => ({ serviceId: DOG_TAX.id, answers: { F_NAME: 'y' } }),
    wrongTypes: { serviceId: DOG_TAX.id, answers: { F_NAME: { nested: true } } },
    wrongTypePaths: ['answers.F_NAME'],
  },
  {
    name: 'POST /applications',
    method: 'POST',
    url: () => '/api/v1/applications',
    headers: () => ({ 'idempotency-key': `write-validation-${++keyCounter}-padding` }),
    valid: () => ({
      serviceId: DOG_TAX.id,
      ars: ARS.voelklingen,
      answers: { F_NAME: 'z', G_DOGS: [{ F_DOG_NAME: 'w' }] },
    }),
    wrongTypes: { serviceId: DOG_TAX.id, ars: 100410100100, answers: [] },
    wrongTypePaths: ['ars', 'answers'],
  },
  {
    name: 'POST /caseworker/applications/{reference}/status',
    method: 'POST',
    url: () => `/api/v1/caseworker/applications/${reference}/status`,
    headers: () => bearer('caseworker'),
    valid: () => ({ status: 'PROCESSING' }),
    wrongTypes: { status: 3, details: 'text' },
    wrongTypePaths: ['status', 'details'],
  },
  {
    name: 'POST /applications/{reference}/documents',
    method: 'POST',
    url: () => `/api/v1/applications/${awaiting.reference}/documents`,
    headers: () => ({
      'x-access-code': awaiting.accessCode,
      'idempotency-key': `write-validation-${++keyCounter}-padding`,
    }),
    valid: () => ({ attachmentIds: [answerUpload.attachmentId], message: 'Anbei.' }),
    wrongTypes: { attachmentIds: 'att_0000000000', message: 42 },
    wrongTypePaths: ['attachmentIds', 'message'],
  },
];

const OVERSIZED = JSON.stringify({
  serviceId: DOG_TAX.id,
  answers: { F_NAME: 'x'.repeat(300 * 1024) },
});

interface BadRequest {
  name: string;
  expected: number;
  request: (endpoint: JsonEndpoint) => Pick<InjectOptions, 'payload' | 'headers'>;
  /** invalidParams paths the problem must name. */
  paths?: (endpoint: JsonEndpoint) => string[];
}

const json = { 'content-type': 'application/json' };
const BAD_REQUESTS: BadRequest[] = [
  {
    name: 'malformed JSON',
    expected: 400,
    request: () => ({ payload: '{"serviceId": "x", ', headers: json }),
  },
  {
    name: 'wrong types',
    expected: 400,
    request: (endpoint) => ({ payload: JSON.stringify(endpoint.wrongTypes), headers: json }),
    paths: (endpoint) => endpoint.wrongTypePaths,
  },
  { name: 'oversized body', expected: 413, request: () => ({ payload: OVERSIZED, headers: json }) },
  {
    name: 'unknown field',
    expected: 400,
    request: (endpoint) => ({
      payload: JSON.stringify({ ...endpoint.valid(), isAdmin: true }),
      headers: json,
    }),
    paths: () => ['isAdmin'],
  },
  { name: 'empty body', expected: 400, request: () => ({ payload: '', headers: json }) },
  { name: 'JSON array', expected: 400, request: () => ({ payload: '[]', headers: json }) },
  { name: 'JSON null', expected: 400, request: () => ({ payload: 'null', headers: json }) },
  {
    name: 'prototype pollution',
    expected: 400,
    request: (endpoint) => ({
      payload: JSON.stringify(endpoint.valid()).replace(/^\{/, '{"__proto__":{"polluted":true},'),
      headers: json,
    }),
  },
  {
    name: 'wrong media type',
    expected: 415,
    request: (endpoint) => ({
      payload: JSON.stringify(endpoint.valid()),
      headers: { 'content-type': 'text/plain' },
    }),
  },
];

for (const endpoint of JSON_ENDPOINTS) {
  describe(endpoint.name, () => {
    for (const bad of BAD_REQUESTS) {
      it(`answers ${bad.expected} problem details for ${bad.name} and stores nothing`, async () => {
        const before = snapshot();
        const { payload, headers } = bad.request(endpoint);
        const response = await portal.app.inject({
          method: endpoint.method,
          url: endpoint.url(),
          payload,
          headers: { ...endpoint.headers(), ...headers },
        });
        const problem = expectProblem(response, bad.expected);
        if (bad.paths !== undefined) {
          const named = (problem.invalidParams ?? []).map((param) => param.path);
          for (const path of bad.paths(endpoint))
            assert.ok(named.includes(path), `${path} in ${named.join(', ')}`);
        }
        assert.equal(snapshot(), before);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      });
    }

    it('accepts the valid body (the table exercises a working endpoint)', async () => {
      const response = await portal.app.inject({
        method: endpoint.method,
        url: endpoint.url(),
        payload: endpoint.valid(),
        headers: endpoint.headers(),
      });
      assert.ok(response.statusCode === 200 || response.statusCode === 201, response.body);
    });
  });
}

describe('POST /attachments', () => {
  const boundary = '----portal-test-boundary';
  const multipart = (
    parts: Array<{ name: string; filename?: string; type?: string; body: Buffer | string }>,
  ) => {
    const chunks: Buffer[] = [];
    for (const part of parts) {
      const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`,
        ),
        Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body),
        Buffer.from('\r\n'),
      );
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return {
      payload: Buffer.concat(chunks),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    };
  };
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 0x20)]);
  const upload = (request: { payload: Buffer | string; headers: Record<string, string> }) =>
    portal.app.inject({ method: 'POST', url: '/api/v1/attachments', ...request });

  const cases: Array<{
    name: string;
    expected: number;
    request: () => { payload: Buffer | string; headers: Record<string, string> };
  }> = [
    {
      name: 'malformed multipart',
      expected: 400,
      request: () => ({
        payload: 'garbage without boundaries',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      }),
    },
    {
      name: 'JSON instead of a file',
      expected: 415,
      request: () => ({ payload: '{"file":"x"}', headers: json }),
    },
    {
      name: 'a file that is not PDF, JPEG or PNG',
      expected: 415,
      request: () =>
        multipart([
          {
            name: 'file',
            filename: 'x.pdf',
            type: 'application/pdf',
            body: 'MZ\x90\x00 not really a pdf',
          },
        ]),
    },
    {
      name: 'an oversized file (over 10 MB)',
      expected: 413,
      request: () =>
        multipart([
          {
            name: 'file',
            filename: 'big.pdf',
            type: 'application/pdf',
            body: Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024, 0x20)]),
          },
        ]),
    },
    {
      name: 'an unknown field',
      expected: 400,
      request: () =>
        multipart([
          { name: 'file', filename: 'a.pdf', type: 'application/pdf', body: pdf },
          { name: 'owner', body: 'admin' },
        ]),
    },
    {
      name: 'a file under another name',
      expected: 400,
      request: () =>
        multipart([{ name: 'upload', filename: 'a.pdf', type: 'application/pdf', body: pdf }]),
    },
    {
      name: 'two files',
      expected: 400,
      request: () =>
        multipart([
          { name: 'file', filename: 'a.pdf', body: pdf },
          { name: 'file', filename: 'b.pdf', body: pdf },
        ]),
    },
    { name: 'no file', expected: 400, request: () => multipart([]) },
  ];
  for (const { name, expected, request } of cases) {
    it(`answers ${expected} problem details for ${name} and stores nothing`, async () => {
      const before = snapshot();
      expectProblem(await upload(request()), expected);
      assert.equal(snapshot(), before);
    });
  }

  it('accepts a PDF and answers its reference', async () => {
    const response = await upload(
      multipart([
        {
          name: 'file',
          filename: '..\\..\\Nachweis.pdf',
          type: 'application/octet-stream',
          body: pdf,
        },
      ]),
    );
    assert.equal(response.statusCode, 201, response.body);
    const ref = response.json();
    assert.equal(
      ref.mediaType,
      'application/pdf',
      'the type comes from the content, not the declaration',
    );
    assert.equal(ref.filename, 'Nachweis.pdf');
    assert.equal(ref.size, pdf.length);
  });
});
