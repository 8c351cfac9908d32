/** Requests the server tests make again and again: uploads, drafts, submissions. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { AttachmentRefSchema, type AttachmentRef } from '../../../src/api/schemas/index.js';
import { parseBody } from './test-app.js';

/** The first bytes of a PDF: enough for the server to take it for one. */
export const PDF = Buffer.from('%PDF-1.4\n%test\n');

/** A multipart body with one part `file`. */
export function multipart(
  filename: string,
  bytes: Buffer = PDF,
  type = 'application/pdf',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `b-${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a PDF (as `headers` say who), answering its reference. */
export async function upload(
  app: FastifyInstance,
  headers: Record<string, string> = {},
  filename = 'nachweis.pdf',
): Promise<AttachmentRef> {
  const body = multipart(filename);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    payload: body.payload,
    headers: { ...body.headers, ...headers },
  });
  assert.equal(response.statusCode, 201, response.body);
  return parseBody(AttachmentRefSchema, response);
}

/** `POST /applications` with a fresh idempotency key unless one is given. */
export function submit(
  app: FastifyInstance,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    payload: payload as object,
    headers: { 'idempotency-key': randomUUID(), ...headers },
  });
}

/** `POST /drafts`, answering the resume token. */
export async function saveDraft(
  app: FastifyInstance,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/drafts',
    payload: payload as object,
    headers,
  });
  assert.equal(response.statusCode, 201, response.body);
  return (response.json() as { resumeToken: string }).resumeToken;
}
