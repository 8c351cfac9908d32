/**
 * Issue 13, points 5 and 7: bodies that stop short, parser and router errors, the status look-up's
 * work for unknown references, file names, leftovers of a crash, file modes, durability, and the
 * development provider (Host header, unknown paths, password guessing). Over real sockets where
 * the point is the transport.
 */
import assert from 'node:assert/strict';
import { mkdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ApplicationReceiptSchema } from '../../src/api/schemas/index.js';
import { LoginThrottle } from '../../server/idp/login-throttle.js';
import type { ApplicationStore, PortalStore } from '../../server/store/portal-store.js';
import { SqliteStore } from '../../server/store/sqlite/index.js';
import { multipart, submit, upload } from './support/requests.js';
import { ARS, DOG_TAX } from './support/seed-fixture.js';
import { expectProblem, parseBody, startTestPortal, type TestPortal } from './support/test-app.js';

/** Sends raw bytes to `port` and answers everything the server writes until it closes. */
function rawExchange(port: number, chunks: Array<string | Buffer>, waitMs = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(answer);
    }, waitMs);
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.on('error', reject);
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
  });
}

function statusOf(answer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
}

function problemOf(answer: string): { status: number; type: string } {
  assert.match(answer, /content-type: application\/problem\+json/i, answer.slice(0, 300));
  return JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as {
    status: number;
    type: string;
  };
}

let portal: TestPortal;
let port: number;
let store: SqliteStore;
let reads: { get: number; hash: number };

/** Counts which application reads the status look-up makes. */
function countingStore(inner: SqliteStore): PortalStore {
  const real = inner.applications;
  const applications: ApplicationStore = {
    submit: (submission) => real.submit(submission),
    findSubmission: (keyHash) => real.findSubmission(keyHash),
    get: async (reference) => {
      reads.get += 1;
      return real.get(reference);
    },
    getAccessCodeHash: async (reference) => {
      reads.hash += 1;
      return real.getAccessCodeHash(reference);
    },
    listByOwner: (sub) => real.listByOwner(sub),
    list: (query) => real.list(query),
    changeStatus: (reference, change) => real.changeStatus(reference, change),
    listEvents: (reference, afterId) => real.listEvents(reference, afterId),
    deliverDocuments: (delivery) => real.deliverDocuments(delivery),
    listDocumentDeliveries: (reference) => real.listDocumentDeliveries(reference),
  };
  return {
    catalogue: inner.catalogue,
    drafts: inner.drafts,
    attachments: inner.attachments,
    applications,
    proofIds: inner.proofIds,
    purgeExpired: (now: string) => inner.purgeExpired(now),
    sweepOrphans: () => inner.sweepOrphans(),
    close: () => inner.close(),
  };
}

before(async () => {
  reads = { get: 0, hash: 0 };
  portal = await startTestPortal({
    identityProvider: true,
    limits: { requestTimeoutMs: 400, minUploadBytesPerSecond: 2000 },
  });
  await portal.app.close();
  store = SqliteStore.open(portal.dataDir);
  portal = await portal.restart({
    identityProvider: true,
    store: countingStore(store),
    limits: { requestTimeoutMs: 400, minUploadBytesPerSecond: 2000 },
  });
  await portal.app.listen({ port: 0, host: '127.0.0.1' });
  const address = portal.app.server.address();
  assert.ok(address !== null && typeof address === 'object');
  port = address.port;
});
after(() => portal.stop());

describe('5. bodies that stop short are cut off', () => {
  it('a JSON body that stops short answers 408 problem details and closes', async () => {
    const started = Date.now();
    const answer = await rawExchange(port, [
      'POST /api/v1/drafts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"serviceId":',
    ]);
    assert.equal(statusOf(answer), 408, answer);
    assert.equal(problemOf(answer).type, 'urn:saar-portal:problem:request-timeout');
    assert.ok(Date.now() - started < 2500, 'cut off within the grace period and a check');
  });

  it('an upload that trickles below the minimum rate is cut off too', async () => {
    const body = multipart(
      'slow.pdf',
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(50_000)]),
    );
    const head = `POST /api/v1/attachments HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${body.headers['content-type']}\r\nContent-Length: ${body.payload.length}\r\n\r\n`;
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let text = '';
      let sent = 0;
      socket.on('data', (data) => (text += data.toString('latin1')));
      socket.on('close', () => {
        clearInterval(drip);
        resolve(text);
      });
      socket.on('error', () => undefined);
      socket.write(head);
      // 100 bytes every 100 ms: 1 kB/s, half the minimum.
      const drip = setInterval(() => {
        if (sent >= body.payload.length || socket.destroyed) return;
        socket.write(body.payload.subarray(sent, sent + 100));
        sent += 100;
      }, 100);
    });
    assert.equal(statusOf(answer), 408, answer.slice(0, 200));
  });

  it('a body at a normal pace is not affected', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: DOG_TAX.id, answers: {} }),
    });
    assert.equal(response.status, 201);
  });
});

describe('7. lower, but done', () => {
  it('the status look-up reads only the code hash until the caller is let in', async () => {
    const receipt = parseBody(
      ApplicationReceiptSchema,
      await submit(portal.app, {
        serviceId: DOG_TAX.id,
        ars: ARS.saarbruecken,
        answers: { F_NAME: 'Anna', G_DOGS: [{ F_DOG_NAME: 'Rex' }] },
      }),
    );
    const look = (reference: string, code: string) =>
      portal.app.inject({
        url: `/api/v1/applications/${reference}`,
        headers: { 'x-access-code': code },
      });
    reads = { get: 0, hash: 0 };
    expectProblem(await look('SAAR-2026-0000-0000', 'ABCD2345'), 404);
    expectProblem(await look(receipt.reference, 'ABCD2345'), 404);
    assert.deepEqual(reads, { get: 0, hash: 2 }, 'unknown and wrong: the same single read');
    assert.equal((await look(receipt.reference, receipt.accessCode)).statusCode, 200);
    assert.deepEqual(reads, { get: 1, hash: 3 });
  });

  it('sending documents does the same work for an unknown reference and a wrong code', async () => {
    const receipt = parseBody(
      ApplicationReceiptSchema,
      await submit(portal.app, {
        serviceId: DOG_TAX.id,
        ars: ARS.saarbruecken,
        answers: { F_NAME: 'Anna', G_DOGS: [{ F_DOG_NAME: 'Rex' }] },
      }),
    );
    const send = (reference: string, code: string) =>
      portal.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${reference}/documents`,
        headers: { 'x-access-code': code, 'idempotency-key': `transport-documents-${code}-0000` },
        payload: { attachmentIds: ['att_unknown_000000000'] },
      });
    reads = { get: 0, hash: 0 };
    expectProblem(await send('SAAR-2026-0000-0000', 'ABCD2345'), 404);
    expectProblem(await send(receipt.reference, 'ABCD2345'), 404);
    assert.deepEqual(reads, { get: 0, hash: 2 }, 'unknown and wrong: the same single read');
    expectProblem(await send(receipt.reference, receipt.accessCode), 422);
    assert.deepEqual(reads, { get: 1, hash: 3 });
  });

  it('router and parser errors answer problem details (414, 431, a malformed URL)', async () => {
    const long = await rawExchange(port, [
      `GET /api/v1/drafts/${'x'.repeat(400)} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
    ]);
    assert.equal(statusOf(long), 414);
    problemOf(long);
    const huge = await rawExchange(port, [
      `GET /api/v1/services HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'y'.repeat(20_000)}\r\n\r\n`,
    ]);
    assert.equal(statusOf(huge), 431);
    assert.equal(problemOf(huge).status, 431);
    const malformed = await fetch(`http://127.0.0.1:${port}/api/v1/services/%E0%A4%A`);
    assert.equal(malformed.status, 400);
    assert.match(String(malformed.headers.get('content-type')), /problem\+json/);
    const garbage = await rawExchange(port, ['NOT HTTP AT ALL\r\n\r\n']);
    assert.equal(statusOf(garbage), 400);
    problemOf(garbage);
  });

  it('the identity provider answers unknown paths with problem details', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/idp/no-such-thing`);
    assert.equal(response.status, 404);
    assert.match(String(response.headers.get('content-type')), /problem\+json/);
  });

  it('the identity provider builds its URLs from the portal origin, not the Host header', async () => {
    const answer = await rawExchange(port, [
      'GET /idp/.well-known/openid-configuration HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n',
    ]);
    assert.equal(statusOf(answer), 200, answer.slice(0, 200));
    assert.doesNotMatch(answer, /evil\.example/);
    assert.match(answer, new RegExp(portal.config.portalOrigin.replace(/[.:/]/g, '\\$&')));
  });

  it('file names lose bidirectional overrides and invisible characters', async () => {
    const ref = await upload(portal.app, {}, 'rechnung\u202Efdp.exe\u200B');
    assert.equal(ref.filename, 'rechnungfdp.exe');
  });

  it('database, provider state and uploads are readable by the server’s user only', async () => {
    const ref = await upload(portal.app);
    const mode = (path: string) => statSync(path).mode & 0o777;
    assert.equal(mode(join(portal.dataDir, 'portal.sqlite')), 0o600);
    assert.equal(mode(join(portal.dataDir, 'idp', 'provider.sqlite')), 0o600);
    assert.equal(mode(join(portal.dataDir, 'attachments', ref.attachmentId)), 0o600);
    assert.equal(mode(join(portal.dataDir, 'attachments')), 0o700);
  });

  it('an acknowledged write is on disk: synchronous=FULL', () => {
    assert.deepEqual(store.durability(), { journalMode: 'wal', synchronous: 'full' });
  });

  it('partial and orphaned upload files are removed at the next start', async () => {
    const kept = await upload(portal.app);
    const dir = join(portal.dataDir, 'attachments');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'orphanedUpload12345678'), 'x');
    writeFileSync(join(dir, 'halfWrittenUpload1234.part'), 'x');
    portal = await portal.restart({
      identityProvider: true,
      store: SqliteStore.open(portal.dataDir),
    });
    assert.equal(existsSync(join(dir, 'orphanedUpload12345678')), false);
    assert.equal(existsSync(join(dir, 'halfWrittenUpload1234.part')), false);
    assert.equal(existsSync(join(dir, kept.attachmentId)), true);
  });

  it('password guesses per account are limited', () => {
    const throttle = new LoginThrottle({ maxFailures: 5, windowMs: 60_000 });
    for (let i = 0; i < 5; i += 1) {
      assert.equal(throttle.retryAfterSeconds('Lea.Mueller', 1000 + i), 0);
      throttle.failed(' lea.mueller ', 1000 + i);
    }
    assert.ok(throttle.retryAfterSeconds('lea.mueller', 2000) > 0, 'the sixth try waits');
    assert.equal(
      throttle.retryAfterSeconds('lea.mueller', 1000 + 60_001),
      0,
      'until the window passed',
    );
    assert.equal(
      throttle.retryAfterSeconds('max.schmidt', 2000),
      0,
      'other accounts are not affected',
    );
  });
});
