/**
 * Documents sent later (decision 0057), over HTTP, against both stores: the SQLite app in this
 * process and an API process of its own on a throwaway PostgreSQL. Answering `ACTION_REQUIRED`
 * moves the application to `PROCESSING` with an event in the timeline that the open status
 * stream pushes; uploads are used once and only by their uploader; `Idempotency-Key` as for
 * submissions; 409 `not-awaiting-documents` in any other status; the caseworker lists what was
 * sent and downloads each file as an attachment with a safe name, nosniff.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type * as z from 'zod/mini';
import { PROBLEM_TYPES } from '../../src/api/rules/problem-types.js';
import {
  ApplicationReceiptSchema,
  ApplicationSchema,
  AttachmentRefSchema,
  CaseworkerApplicationListSchema,
  ProblemSchema,
  StatusEventSchema,
  type ApplicationReceipt,
  type AttachmentRef,
  type StatusEvent,
} from '../../src/api/schemas/index.js';
import { PDF } from './support/requests.js';
import { ARS, DOG_TAX } from './support/seed-fixture.js';
import { startTestDatabase, type TestDatabase } from './support/postgres.js';
import { startTestPortal, type TestPortal } from './support/test-app.js';

const REPO = new URL('../../', import.meta.url);
const TOWN = 'http://localhost:8801';
const ANSWERS = { F_NAME: 'Anna', G_DOGS: [{ F_DOG_NAME: 'Rex' }] };
const CASEWORKER = { authorization: 'Bearer token-caseworker' };

/** A running API (either store), spoken to over HTTP. */
interface Server {
  base: string;
  stop(): Promise<void>;
}

async function startSqliteServer(): Promise<Server> {
  const portal: TestPortal = await startTestPortal({
    limits: { requestsPerMinute: 1_000_000, writesPerMinute: 1_000_000 },
  });
  const address = await portal.app.listen({ port: 0, host: '127.0.0.1' });
  return { base: `${address}/api/v1`, stop: () => portal.stop() };
}

/** An API process of its own on a fresh PostgreSQL database (as the two-instance tests do). */
async function startPostgresServer(): Promise<Server> {
  const database: TestDatabase = await startTestDatabase();
  const url = await database.fresh();
  const dataDir = mkdtempSync(join(tmpdir(), 'documents-pg-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/server/support/instance-main.ts'],
    {
      cwd: REPO,
      env: { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /ready (\d+)/.exec(output)?.[1];
      if (found !== undefined) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}: ${output}`)));
  });
  return {
    base: `http://127.0.0.1:${port}/api/v1`,
    stop: async () => {
      child.kill('SIGKILL');
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Follows a status stream and collects its events. */
function follow(server: Server, reference: string, accessCode: string) {
  const controller = new AbortController();
  const events: StatusEvent[] = [];
  const ready = fetch(`${server.base}/applications/${reference}/events/stream`, {
    signal: controller.signal,
    headers: { accept: 'text/event-stream', 'x-access-code': accessCode, origin: TOWN },
  }).then((response) => {
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), TOWN);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let split: number;
          while ((split = buffer.indexOf('\n\n')) >= 0) {
            const data = /^data: (.*)$/m.exec(buffer.slice(0, split))?.[1];
            buffer = buffer.slice(split + 2);
            if (data !== undefined) events.push(StatusEventSchema.parse(JSON.parse(data)));
          }
        }
      } catch {
        // aborted
      }
    })();
  });
  return { events, ready, close: () => controller.abort() };
}

async function waitFor(predicate: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function parsed<T>(schema: z.ZodMiniType<T>, response: Response, status: number) {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return schema.parse(JSON.parse(text));
}

async function problem(response: Response, status: number) {
  assert.equal(response.headers.get('content-type')?.split(';')[0], 'application/problem+json');
  return parsed(ProblemSchema, response, status);
}

function storeSuite(name: string, start: () => Promise<Server>): void {
  describe(`documents sent later: ${name}`, () => {
    let server: Server;
    before(async () => {
      server = await start();
    });
    after(() => server.stop());

    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    async function submit(headers: Record<string, string> = {}, answers: object = ANSWERS) {
      const response = await post(
        '/applications',
        { serviceId: DOG_TAX.id, ars: ARS.saarbruecken, answers },
        { 'idempotency-key': randomUUID(), ...headers },
      );
      return parsed(ApplicationReceiptSchema, response, 201);
    }

    async function askForDocuments(reference: string) {
      const response = await post(
        `/caseworker/applications/${reference}/status`,
        { status: 'ACTION_REQUIRED', details: { de: 'Bitte reichen Sie den Impfpass nach.' } },
        CASEWORKER,
      );
      assert.equal(response.status, 200, await response.text());
    }

    async function upload(
      headers: Record<string, string> = {},
      filename = 'impfpass.pdf',
      bytes: Buffer = PDF,
    ): Promise<AttachmentRef> {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), filename);
      const response = await fetch(`${server.base}/attachments`, {
        method: 'POST',
        headers,
        body: form,
      });
      return parsed(AttachmentRefSchema, response, 201);
    }

    const send = (
      application: Pick<ApplicationReceipt, 'reference'>,
      body: unknown,
      headers: Record<string, string>,
    ) =>
      post(`/applications/${application.reference}/documents`, body, {
        'idempotency-key': randomUUID(),
        ...headers,
      });

    const caseworkerList = async () =>
      parsed(
        CaseworkerApplicationListSchema,
        await fetch(`${server.base}/caseworker/applications`, { headers: CASEWORKER }),
        200,
      );

    it('answers ACTION_REQUIRED: PROCESSING, an event in the timeline, pushed live, shown to the caseworker', async () => {
      const receipt = await submit();
      await askForDocuments(receipt.reference);
      const stream = follow(server, receipt.reference, receipt.accessCode);
      await stream.ready;
      await waitFor(() => stream.events.length === 2, 2000);

      const first = await upload({}, 'Impfpass Bello.pdf', Buffer.from('%PDF-1.4\nfirst\n'));
      const second = await upload({}, 'Rechnung Größe 100%.pdf');
      const key = randomUUID();
      const body = {
        attachmentIds: [first.attachmentId, second.attachmentId],
        message: '  Der Impfpass und die Rechnung.  ',
      };
      const headers = { 'x-access-code': receipt.accessCode, 'idempotency-key': key };
      const sent = await parsed(ApplicationSchema, await send(receipt, body, headers), 201);
      assert.equal(sent.status, 'PROCESSING');
      const event = sent.events.at(-1)!;
      assert.equal(event.status, 'PROCESSING');
      assert.equal(
        event.details?.de,
        'Sie haben 2 Dateien nachgereicht und eine Nachricht geschrieben.',
      );
      for (const language of ['en', 'fr', 'de-x-ls'] as const) assert.ok(event.details?.[language]);
      assert.equal(
        JSON.stringify(sent.events).includes('Impfpass und'),
        false,
        'the message is for the caseworker, not the timeline',
      );

      await waitFor(() => stream.events.length === 3, 2000);
      assert.deepEqual(stream.events[2], event);
      stream.close();

      const seen = await parsed(
        ApplicationSchema,
        await fetch(`${server.base}/applications/${receipt.reference}`, {
          headers: { 'x-access-code': receipt.accessCode },
        }),
        200,
      );
      assert.equal(seen.status, 'PROCESSING');
      assert.deepEqual(seen.events.at(-1), event);

      // A retry with the same key answers what is there now and stores nothing.
      const replay = await send(receipt, body, headers);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      const replayed = await parsed(ApplicationSchema, replay, 200);
      assert.equal(replayed.events.length, seen.events.length);
      // The same key with another message is refused.
      const reused = await send(receipt, { ...body, message: 'anders' }, headers);
      assert.equal((await problem(reused, 422)).type, PROBLEM_TYPES.idempotencyKeyReused);

      const listed = (await caseworkerList()).applications.find(
        (application) => application.reference === receipt.reference,
      );
      assert.ok(listed);
      assert.equal(listed.documentDeliveries.length, 1);
      const [delivery] = listed.documentDeliveries;
      assert.equal(delivery!.message, 'Der Impfpass und die Rechnung.');
      assert.equal(delivery!.eventId, event.id);
      assert.deepEqual(
        delivery!.files.map((file) => [file.attachmentId, file.filename, file.mediaType]),
        [
          [first.attachmentId, 'Impfpass Bello.pdf', 'application/pdf'],
          [second.attachmentId, 'Rechnung Größe 100%.pdf', 'application/pdf'],
        ],
      );

      // Each file downloads as an attachment: raw bytes, never rendered, with a safe name.
      const files = `${server.base}/caseworker/applications/${receipt.reference}/files`;
      const download = await fetch(`${files}/${first.attachmentId}`, { headers: CASEWORKER });
      assert.equal(download.status, 200);
      assert.equal(download.headers.get('content-type'), 'application/octet-stream');
      assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(download.headers.get('cache-control'), 'no-store');
      assert.equal(
        download.headers.get('content-disposition'),
        `attachment; filename="Impfpass Bello.pdf"; filename*=UTF-8''Impfpass%20Bello.pdf`,
      );
      assert.equal(Buffer.from(await download.arrayBuffer()).toString(), '%PDF-1.4\nfirst\n');
      const quoted = await fetch(`${files}/${second.attachmentId}`, { headers: CASEWORKER });
      assert.equal(
        quoted.headers.get('content-disposition'),
        `attachment; filename="Rechnung Groe 100_.pdf"; filename*=UTF-8''Rechnung%20Gr%C3%B6%C3%9Fe%20100%25.pdf`,
      );
      assert.deepEqual(Buffer.from(await quoted.arrayBuffer()), PDF);
    });

    it('answers 409 not-awaiting-documents in any other status, and keeps the upload usable', async () => {
      const receipt = await submit();
      const file = await upload();
      const refused = await send(
        receipt,
        { attachmentIds: [file.attachmentId] },
        { 'x-access-code': receipt.accessCode },
      );
      const details = await problem(refused, 409);
      assert.equal(details.type, PROBLEM_TYPES.notAwaitingDocuments);
      assert.equal(details.type, 'urn:saar-portal:problem:not-awaiting-documents');
      await askForDocuments(receipt.reference);
      const sent = await send(
        receipt,
        { attachmentIds: [file.attachmentId] },
        { 'x-access-code': receipt.accessCode },
      );
      const application = await parsed(ApplicationSchema, sent, 201);
      assert.equal(application.events.at(-1)?.details?.de, 'Sie haben 1 Datei nachgereicht.');
      // Answered: a second answer waits for the caseworker to ask again.
      const again = await send(
        receipt,
        { attachmentIds: [(await upload()).attachmentId] },
        { 'x-access-code': receipt.accessCode },
      );
      assert.equal((await problem(again, 409)).type, PROBLEM_TYPES.notAwaitingDocuments);
    });

    it('takes only the caller’s own unused uploads, each once; the same 404 as a lookup', async () => {
      const owned = await submit({ authorization: 'Bearer token-anna' });
      await askForDocuments(owned.reference);
      const annas = await upload({ authorization: 'Bearer token-anna' });
      const bens = await upload({ authorization: 'Bearer token-ben' });
      const anonymous = await upload();
      const anna = { authorization: 'Bearer token-anna' };

      const foreign = await problem(
        await send(owned, { attachmentIds: [annas.attachmentId, bens.attachmentId] }, anna),
        422,
      );
      assert.deepEqual(
        foreign.invalidParams?.map((param) => param.path),
        ['attachmentIds[1]'],
      );
      const unknown = await send(owned, { attachmentIds: ['att_unknown_000000000'] }, anna);
      assert.equal((await problem(unknown, 422)).invalidParams?.[0]?.path, 'attachmentIds[0]');
      const twice = await send(
        owned,
        { attachmentIds: [annas.attachmentId, annas.attachmentId] },
        anna,
      );
      await problem(twice, 400);
      // Another citizen, a wrong code, no code: the one 404.
      await problem(await send(owned, { attachmentIds: [bens.attachmentId] }, bearer('ben')), 404);
      await problem(
        await send(
          owned,
          { attachmentIds: [anonymous.attachmentId] },
          { 'x-access-code': 'AAAA2222' },
        ),
        404,
      );
      await problem(await send(owned, { attachmentIds: [anonymous.attachmentId] }, {}), 404);
      // The owner needs no code; the upload is then the application's and used.
      await parsed(
        ApplicationSchema,
        await send(owned, { attachmentIds: [annas.attachmentId] }, anna),
        201,
      );
      const other = await submit({ authorization: 'Bearer token-anna' });
      await askForDocuments(other.reference);
      const used = await send(other, { attachmentIds: [annas.attachmentId] }, anna);
      assert.equal((await problem(used, 422)).invalidParams?.[0]?.path, 'attachmentIds[0]');
      // Without an Idempotency-Key: 400 before anything else.
      const unkeyed = await fetch(`${server.base}/applications/${other.reference}/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...anna },
        body: JSON.stringify({ attachmentIds: [anonymous.attachmentId] }),
      });
      assert.equal((await problem(unkeyed, 400)).type, PROBLEM_TYPES.idempotencyKeyMissing);
    });

    it('one upload sent to two applications at once: exactly one takes it', async () => {
      const [a, b] = await Promise.all([submit(), submit()]);
      await askForDocuments(a.reference);
      await askForDocuments(b.reference);
      const file = await upload();
      const answers = await Promise.all(
        [a, b].map((receipt) =>
          send(
            receipt,
            { attachmentIds: [file.attachmentId] },
            { 'x-access-code': receipt.accessCode },
          ),
        ),
      );
      assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 422]);
    });

    it('downloads only the files of the caseworker’s authority’s application', async () => {
      const receipt = await submit();
      await askForDocuments(receipt.reference);
      const file = await upload();
      await parsed(
        ApplicationSchema,
        await send(
          receipt,
          { attachmentIds: [file.attachmentId] },
          { 'x-access-code': receipt.accessCode },
        ),
        201,
      );
      const url = (reference: string, id: string) =>
        `${server.base}/caseworker/applications/${reference}/files/${id}`;
      await problem(await fetch(url(receipt.reference, file.attachmentId)), 401);
      await problem(
        await fetch(url(receipt.reference, file.attachmentId), { headers: bearer('anna') }),
        403,
      );
      await problem(
        await fetch(url(receipt.reference, file.attachmentId), {
          headers: bearer('caseworkerSaarlouis'),
        }),
        404,
      );
      // Another application's file, an unused upload, an unknown id, a malformed id.
      const elsewhere = await submit();
      await problem(
        await fetch(url(elsewhere.reference, file.attachmentId), { headers: CASEWORKER }),
        404,
      );
      const loose = await upload();
      await problem(
        await fetch(url(receipt.reference, loose.attachmentId), { headers: CASEWORKER }),
        404,
      );
      await problem(
        await fetch(url(receipt.reference, 'att_unknown_000000000'), { headers: CASEWORKER }),
        404,
      );
      await problem(
        await fetch(url(receipt.reference, '..%2F..%2Fetc'), { headers: CASEWORKER }),
        400,
      );
    });
  });
}

function bearer(name: string): Record<string, string> {
  return { authorization: `Bearer token-${name}` };
}

storeSuite('SQLite', startSqliteServer);
storeSuite('PostgreSQL', startPostgresServer);

describe('cross-origin from a town page', () => {
  let server: Server;
  before(async () => {
    server = await startSqliteServer();
  });
  after(() => server.stop());

  const preflight = (path: string, method: string, headers: string, origin = TOWN) =>
    fetch(`${server.base}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': method,
        'access-control-request-headers': headers,
      },
    });

  const allowed = (response: Response) =>
    new Set(
      (response.headers.get('access-control-allow-headers') ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase()),
    );

  it('lets the browser client send what it sends: access code, Last-Event-ID, DPoP, Authorization, Idempotency-Key', async () => {
    const reference = 'SAAR-2026-7KQ4-M2XH';
    const cases = [
      {
        path: `/applications/${reference}/events/stream`,
        method: 'GET',
        headers: ['x-access-code', 'last-event-id', 'authorization', 'dpop'],
      },
      {
        path: `/applications/${reference}`,
        method: 'GET',
        headers: ['x-access-code', 'authorization', 'dpop'],
      },
      {
        path: `/applications/${reference}/documents`,
        method: 'POST',
        headers: ['content-type', 'idempotency-key', 'x-access-code', 'authorization', 'dpop'],
      },
      { path: '/attachments', method: 'POST', headers: ['authorization', 'dpop'] },
    ];
    for (const { path, method, headers } of cases) {
      const response = await preflight(path, method, headers.join(','));
      assert.equal(response.status, 204, path);
      assert.equal(response.headers.get('access-control-allow-origin'), TOWN, path);
      assert.ok(
        response.headers.get('access-control-allow-methods')?.includes(method),
        `${path}: ${method}`,
      );
      const names = allowed(response);
      for (const header of headers) assert.ok(names.has(header), `${path}: ${header}`);
      assert.equal(response.headers.get('access-control-allow-credentials'), null, 'no cookies');
    }
  });

  it('answers the real request with the town’s origin and exposes the replay header; refuses other origins', async () => {
    const response = await fetch(`${server.base}/applications/SAAR-2026-7KQ4-M2XH/documents`, {
      method: 'POST',
      headers: {
        origin: TOWN,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
        'x-access-code': 'ABCD2345',
      },
      body: JSON.stringify({ attachmentIds: ['att_unknown_000000000'] }),
    });
    await problem(response, 404);
    assert.equal(response.headers.get('access-control-allow-origin'), TOWN);
    assert.match(
      String(response.headers.get('access-control-expose-headers')),
      /Idempotent-Replayed/i,
    );

    const foreign = await preflight(
      '/applications/SAAR-2026-7KQ4-M2XH/events/stream',
      'GET',
      'x-access-code',
      'https://evil.example',
    );
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });
});
