/**
 * The published OpenAPI document describes the wire (issue 9, point 3): the real app, with the
 * real seed, answers every endpoint over HTTP, in success and error cases, and every answer is
 * checked against `docs/api/openapi.json` with a standard JSON Schema validator (Ajv, draft
 * 2020-12, with formats), not with our zod schemas. An answer whose status the document does not
 * list fails, and so does a status the document lists that no case here produces (except the
 * limits every endpoint has: 408, 413, 415, 429, 500, 503).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { ENDPOINTS, type EndpointId } from '../../src/api/endpoints.js';
import type { AttachmentRef, FormDefinition } from '../../src/api/schemas/index.js';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { sampleAnswers } from './support/sample-answers.js';
import { fakeVerifier } from './support/test-app.js';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, OpenApiResponse> }>>;
}
interface OpenApiResponse {
  content?: Record<string, { schema: { $ref?: string } }>;
}

const DOCUMENT = JSON.parse(
  readFileSync(new URL('../../docs/api/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

/** Statuses that come with limits; no case needs to produce them. */
const LIMIT_STATUSES = new Set([408, 413, 415, 429, 500, 503]);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(DOCUMENT as object, 'openapi');
const validators = new Map<string, ValidateFunction>();
function validatorFor(ref: string): ValidateFunction {
  let validate = validators.get(ref);
  if (validate === undefined) {
    validate = ajv.compile({ $ref: `openapi${ref}` });
    validators.set(ref, validate);
  }
  return validate;
}

let app: FastifyInstance;
let base: string;
let dataDir: string;
const seen = new Map<EndpointId, Set<number>>();

/** A request to the live server. */
interface Call {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  form?: FormData;
}

/**
 * Calls `id` and checks the answer against the document: its status is listed for the operation,
 * and its body (or each event of a stream) is valid against the listed schema. Answers the body.
 */
async function call(id: EndpointId, request: Call, expected: number): Promise<unknown> {
  const endpoint = ENDPOINTS[id];
  const headers = new Headers(request.headers);
  let body: BodyInit | undefined;
  if (request.form !== undefined) body = request.form;
  else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers.set('content-type', 'application/json');
  }
  const controller = new AbortController();
  const response = await fetch(`${base}/api/v1${request.path}`, {
    method: request.method ?? endpoint.method,
    headers,
    body,
    signal: controller.signal,
  });
  const stream = response.headers.get('content-type')?.startsWith('text/event-stream') === true;
  const text = stream ? await readEvents(response, controller) : await response.text();
  assert.equal(response.status, expected, `${id} ${request.path}: ${text}`);
  let statuses = seen.get(id);
  if (statuses === undefined) seen.set(id, (statuses = new Set()));
  statuses.add(response.status);

  const operation = DOCUMENT.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
  assert.ok(operation, `${endpoint.method} ${endpoint.path} is in the document`);
  const documented = operation.responses[String(response.status)];
  assert.ok(documented, `${id}: status ${response.status} is not in the document`);
  if (text === '') return undefined;
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const content = documented.content?.[mediaType];
  assert.ok(content, `${id} ${response.status}: ${mediaType} is not in the document`);
  // A file download: bytes, described by its media type, no JSON to check.
  if (content.schema.$ref === undefined) return text;
  const validate = validatorFor(content.schema.$ref ?? '');
  const values = stream
    ? [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1]!) as unknown)
    : [JSON.parse(text) as unknown];
  for (const value of values) {
    assert.ok(
      validate(value),
      `${id} ${response.status}: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 500)}`,
    );
  }
  return values[0];
}

/** Reads a stream's events until it ends or goes quiet for a moment. */
async function readEvents(response: Response, controller: AbortController): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const next = await Promise.race([
      reader.read(),
      new Promise<undefined>((resolve) => setTimeout(resolve, 300)),
    ]);
    if (next === undefined || next.done) break;
    text += decoder.decode(next.value, { stream: true });
  }
  controller.abort();
  return text;
}

/** Fetches `path` and asks again with its ETag: the answer must be a documented 304. */
async function revalidate(id: EndpointId, path: string): Promise<void> {
  const first = await fetch(`${base}/api/v1${path}`);
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  assert.ok(etag, `${id} ${path} has an ETag`);
  await call(id, { path, headers: { 'if-none-match': etag } }, 304);
}

const token = (name: 'anna' | 'ben' | 'carla' | 'caseworker') => ({
  authorization: `Bearer token-${name}`,
});

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'openapi-live-'));
  // The fake tokens stand for checked, bound ones (binding: test/server/oidc-login.test.ts).
  const config = loadConfig(
    {},
    { dataDir, port: 0, logLevel: 'silent', requireBoundTokens: false },
  );
  app = await buildApp(config, { verifier: fakeVerifier, identityProvider: false, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  assert.ok(address !== null && typeof address === 'object');
  base = `http://127.0.0.1:${address.port}`;
});

after(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('live answers against docs/api/openapi.json', () => {
  const SERVICE = 'hundesteuer-anmeldung';
  const TOWN = '100410100100';
  let form: FormDefinition;
  let upload: AttachmentRef;
  let draftToken = '';
  let reference = '';
  let accessCode = '';

  async function newUpload(): Promise<AttachmentRef> {
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4\n%live\n'], { type: 'application/pdf' }), 'n.pdf');
    return (await call('uploadAttachment', { path: '/attachments', form }, 201)) as AttachmentRef;
  }

  it('session and catalogue', async () => {
    await call('getConfig', { path: '/config' }, 200);
    await call(
      'getConfig',
      { path: '/config', headers: { origin: 'https://elsewhere.example' } },
      404,
    );
    await call('getMe', { path: '/me', headers: token('anna') }, 200);
    await call('getMe', { path: '/me' }, 401);

    const catalogue = await fetch(`${base}/api/v1/services`);
    await call('getCatalogue', { path: '/services' }, 200);
    await call('getCatalogue', { path: '/services?lang=fr' }, 200);
    await call(
      'getCatalogue',
      { path: '/services', headers: { 'if-none-match': catalogue.headers.get('etag')! } },
      304,
    );
    await call('getCatalogue', { path: '/services?lang=xx' }, 400);
    const service = (await call('getService', { path: `/services/${SERVICE}` }, 200)) as {
      leikaKey: string;
    };
    await call('getService', { path: '/services/no-such-service' }, 404);
    await call('getService', { path: '/services/NOT%20AN%20ID' }, 400);
    await call('findAreas', { path: '/areas?q=Tholey' }, 200);
    await call('findAreas', { path: '/areas?limit=1000' }, 400);
    await call('getArea', { path: `/areas/${TOWN}` }, 200);
    await call('getArea', { path: '/areas/100469999999' }, 404);
    await call('getArea', { path: '/areas/x' }, 400);
    await call('getRoutes', { path: `/routes?leikaKey=${service.leikaKey}&ars=${TOWN}` }, 200);
    await call('getRoutes', { path: `/routes?leikaKey=99999999999999&ars=${TOWN}` }, 404);
    await call('getRoutes', { path: '/routes?leikaKey=1' }, 400);
    form = (await call('getForm', { path: `/forms/${SERVICE}` }, 200)) as FormDefinition;
    await revalidate('getService', `/services/${SERVICE}`);
    await revalidate('findAreas', '/areas?q=Saarbr%C3%BCcken');
    await revalidate('getArea', `/areas/${TOWN}`);
    await revalidate('getRoutes', `/routes?leikaKey=${service.leikaKey}&ars=${TOWN}`);
    await revalidate('getForm', `/forms/${SERVICE}`);
    await call('getForm', { path: '/forms/kfz-zulassung' }, 404);
    await call('getForm', { path: '/forms/%20' }, 400);
  });

  it('uploads and drafts', async () => {
    upload = await newUpload();
    await call('uploadAttachment', { path: '/attachments', body: { file: 'x' } }, 415);
    await call('uploadAttachment', { path: '/attachments', form: new FormData() }, 400);

    const input = { serviceId: SERVICE, answers: {} };
    const draft = (await call('createDraft', { path: '/drafts', body: input }, 201)) as {
      resumeToken: string;
    };
    draftToken = draft.resumeToken;
    await call('createDraft', { path: '/drafts', body: { serviceId: SERVICE } }, 400);
    await call('createDraft', { path: '/drafts', body: { ...input, answers: { F_NONE: 1 } } }, 422);
    await call(
      'createDraft',
      { path: '/drafts', body: input, headers: { authorization: 'Bearer nope' } },
      401,
    );
    await call('getDraft', { path: `/drafts/${draftToken}` }, 200);
    const badToken = { authorization: 'Bearer nope' };
    await call('getDraft', { path: `/drafts/${draftToken}`, headers: badToken }, 401);
    await call(
      'updateDraft',
      { path: `/drafts/${draftToken}`, body: input, headers: badToken },
      401,
    );
    await call('deleteDraft', { path: `/drafts/${draftToken}`, headers: badToken }, 401);
    const file = new FormData();
    file.append('file', new Blob(['%PDF-1.4\n'], { type: 'application/pdf' }), 'n.pdf');
    await call('uploadAttachment', { path: '/attachments', form: file, headers: badToken }, 401);
    await call('getDraft', { path: `/drafts/${'x'.repeat(43)}` }, 404);
    await call('getDraft', { path: `/drafts/${'x'.repeat(260)}` }, 400);
    await call(
      'updateDraft',
      { path: `/drafts/${draftToken}`, body: { ...input, stepId: 'S2' } },
      200,
    );
    await call(
      'updateDraft',
      { path: `/drafts/${draftToken}`, body: { serviceId: 'wohnsitz-anmeldung', answers: {} } },
      409,
    );
    await call(
      'updateDraft',
      { path: `/drafts/${draftToken}`, body: { ...input, answers: { F_NONE: 1 } } },
      422,
    );
    await call('updateDraft', { path: `/drafts/${'x'.repeat(43)}`, body: input }, 404);
    await call('updateDraft', { path: `/drafts/${draftToken}`, body: {} }, 400);

    const owned = (await call(
      'createDraft',
      { path: '/drafts', body: input, headers: token('anna') },
      201,
    )) as {
      resumeToken: string;
    };
    await call('listMyDrafts', { path: '/me/drafts', headers: token('anna') }, 200);
    await call('listMyDrafts', { path: '/me/drafts' }, 401);
    await call('deleteDraft', { path: `/drafts/${owned.resumeToken}`, headers: token('ben') }, 404);
    await call(
      'deleteDraft',
      { path: `/drafts/${owned.resumeToken}`, headers: token('anna') },
      204,
    );
    await call('deleteDraft', { path: `/drafts/${'x'.repeat(260)}` }, 400);
  });

  it('applications and status', async () => {
    const answers = sampleAnswers(form, () => upload);
    const input = { serviceId: SERVICE, ars: TOWN, answers };
    const key = { 'idempotency-key': 'live-openapi-key-0001' };
    const receipt = (await call(
      'submitApplication',
      { path: '/applications', body: input, headers: key },
      201,
    )) as {
      reference: string;
      accessCode: string;
    };
    ({ reference, accessCode } = receipt);
    await call('submitApplication', { path: '/applications', body: input, headers: key }, 200);
    await call('submitApplication', { path: '/applications', body: input }, 400);
    await call(
      'submitApplication',
      {
        path: '/applications',
        body: { ...input, answers: { ...answers, F_NONE: 'x' } },
        headers: { 'idempotency-key': 'live-openapi-key-0002' },
      },
      422,
    );
    await call(
      'submitApplication',
      {
        path: '/applications',
        body: { serviceId: 'gewerbe-anmeldung', ars: TOWN, answers: {} },
        headers: { ...token('anna'), 'idempotency-key': 'live-openapi-key-0003' },
      },
      403,
    );
    await call(
      'submitApplication',
      {
        path: '/applications',
        body: input,
        headers: { authorization: 'Bearer nope', 'idempotency-key': 'live-openapi-key-0004' },
      },
      401,
    );

    const code = { 'x-access-code': accessCode };
    await call('getApplication', { path: `/applications/${reference}`, headers: code }, 200);
    await call('getApplication', { path: `/applications/${reference}` }, 404);
    await call(
      'getApplication',
      { path: `/applications/${reference}`, headers: { authorization: 'Bearer nope' } },
      401,
    );
    await call('getApplication', { path: `/applications/${'S'.repeat(80)}` }, 400);
    await call(
      'getStatusEvents',
      { path: `/applications/${reference}/events`, headers: code },
      200,
    );
    await call('getStatusEvents', { path: `/applications/${reference}/events` }, 404);
    await call(
      'getStatusEvents',
      { path: `/applications/${reference}/events`, headers: { authorization: 'Bearer nope' } },
      401,
    );
    await call('getStatusEvents', { path: `/applications/${'S'.repeat(80)}/events` }, 400);
    await call(
      'statusStreamUrl',
      { path: `/applications/${reference}/events/stream?code=${accessCode}` },
      200,
    );
    await call('statusStreamUrl', { path: `/applications/${reference}/events/stream` }, 404);
    await call(
      'statusStreamUrl',
      {
        path: `/applications/${reference}/events/stream`,
        headers: { authorization: 'Bearer nope' },
      },
      401,
    );
    await call(
      'statusStreamUrl',
      { path: `/applications/${reference}/events/stream?code=${'x'.repeat(80)}` },
      400,
    );
    await call('listMyApplications', { path: '/me/applications', headers: token('anna') }, 200);
    await call('listMyApplications', { path: '/me/applications' }, 401);
  });

  it('caseworkers', async () => {
    const caseworker = token('caseworker');
    await call(
      'listApplicationsToProcess',
      { path: '/caseworker/applications', headers: caseworker },
      200,
    );
    await call(
      'listApplicationsToProcess',
      { path: '/caseworker/applications?limit=0', headers: caseworker },
      400,
    );
    await call('listApplicationsToProcess', { path: '/caseworker/applications' }, 401);
    await call(
      'listApplicationsToProcess',
      { path: '/caseworker/applications', headers: token('anna') },
      403,
    );
    const path = `/caseworker/applications/${reference}/status`;
    await call(
      'changeApplicationStatus',
      { path, body: { status: 'ACTION_REQUIRED' }, headers: caseworker },
      200,
    );

    // The citizen answers with a document (decision 0057).
    const documents = `/applications/${reference}/documents`;
    const sent = await newUpload();
    const answer = {
      body: { attachmentIds: [sent.attachmentId], message: 'Anbei.' },
      headers: { 'x-access-code': accessCode, 'idempotency-key': 'live-openapi-documents-1' },
    };
    await call('sendDocuments', { path: documents, ...answer }, 201);
    await call('sendDocuments', { path: documents, ...answer }, 200);
    const another = {
      body: { attachmentIds: [(await newUpload()).attachmentId] },
      headers: { 'x-access-code': accessCode, 'idempotency-key': 'live-openapi-documents-2' },
    };
    await call('sendDocuments', { path: documents, ...another }, 409);
    await call(
      'sendDocuments',
      { path: documents, body: another.body, headers: { 'idempotency-key': 'live-openapi-doc-3' } },
      404,
    );
    await call(
      'sendDocuments',
      {
        path: documents,
        body: { attachmentIds: ['att_unknown_000000000'] },
        headers: another.headers,
      },
      422,
    );
    await call('sendDocuments', { path: documents, body: another.body }, 400);
    await call(
      'sendDocuments',
      {
        path: documents,
        ...another,
        headers: { ...another.headers, authorization: 'Bearer nope' },
      },
      401,
    );
    const files = `/caseworker/applications/${reference}/files`;
    for (const file of [sent, upload]) {
      await call(
        'downloadApplicationFile',
        { path: `${files}/${file.attachmentId}`, headers: caseworker },
        200,
      );
    }
    await call(
      'downloadApplicationFile',
      { path: `${files}/att_unknown_000000000`, headers: caseworker },
      404,
    );
    await call('downloadApplicationFile', { path: `${files}/a%2Fb`, headers: caseworker }, 400);
    await call('downloadApplicationFile', { path: `${files}/${sent.attachmentId}` }, 401);
    await call(
      'downloadApplicationFile',
      { path: `${files}/${sent.attachmentId}`, headers: token('anna') },
      403,
    );

    await call(
      'changeApplicationStatus',
      { path, body: { status: 'COMPLETED' }, headers: caseworker },
      200,
    );
    await call(
      'changeApplicationStatus',
      { path, body: { status: 'PROCESSING' }, headers: caseworker },
      409,
    );
    await call(
      'changeApplicationStatus',
      { path, body: { status: 'NOPE' }, headers: caseworker },
      400,
    );
    await call(
      'changeApplicationStatus',
      {
        path: '/caseworker/applications/SAAR-2026-0000-0000/status',
        body: { status: 'RECEIVED' },
        headers: caseworker,
      },
      404,
    );
    await call('changeApplicationStatus', { path, body: { status: 'RECEIVED' } }, 401);
    await call(
      'changeApplicationStatus',
      { path, body: { status: 'RECEIVED' }, headers: token('anna') },
      403,
    );
    // After the final status, a reconnect with the last id is told to stop.
    const events = (await call(
      'getStatusEvents',
      { path: `/applications/${reference}/events`, headers: { 'x-access-code': accessCode } },
      200,
    )) as {
      events: Array<{ id: string }>;
    };
    await call(
      'statusStreamUrl',
      {
        path: `/applications/${reference}/events/stream?code=${accessCode}`,
        headers: { 'last-event-id': events.events.at(-1)!.id },
      },
      204,
    );
  });

  it('covered every endpoint and every status the document lists', () => {
    for (const id of Object.keys(ENDPOINTS) as EndpointId[]) {
      const endpoint = ENDPOINTS[id];
      const operation = DOCUMENT.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
      const listed = Object.keys(operation.responses).map(Number);
      const unexercised = listed.filter(
        (status) => !LIMIT_STATUSES.has(status) && !seen.get(id)?.has(status),
      );
      assert.deepEqual(unexercised, [], `${id}: listed but never answered here`);
    }
  });
});
