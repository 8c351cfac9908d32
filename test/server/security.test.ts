/**
 * Security measures around the API: CORS for any site on public, anonymous reads (and the widget
 * files), for the configured town origins only on calls with a token and on writes; security headers, rate limiting per client with problem details and Retry-After,
 * request ids, and logs that hold no tokens, codes, references in URLs or addresses.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApplicationReceiptSchema, DraftSchema } from '../../src/api/schemas/index.js';
import { ARS, DOG_TAX } from './support/seed-fixture.js';
import { expectProblem, parseBody, startTestPortal, type TestPortal } from './support/test-app.js';

describe('CORS', () => {
  let portal: TestPortal;
  before(async () => {
    portal = await startTestPortal();
  });
  after(() => portal.stop());

  it('allows the configured town origins on calls with a token, and exposes the headers widgets read', async () => {
    const response = await portal.app.inject({
      url: '/api/v1/me',
      headers: { origin: 'http://localhost:8802', authorization: 'Bearer x' },
    });
    assert.equal(response.headers['access-control-allow-origin'], 'http://localhost:8802');
    const exposed = String(response.headers['access-control-expose-headers']);
    for (const header of ['ETag', 'Retry-After', 'RateLimit-Limit', 'Location']) {
      assert.ok(exposed.includes(header), header);
    }
    assert.equal(response.headers['access-control-allow-credentials'], undefined);
  });

  it('answers preflights for the API’s own headers', async () => {
    const response = await portal.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/applications',
      headers: {
        origin: 'http://localhost:8801',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key, authorization',
      },
    });
    assert.equal(response.statusCode, 204);
    assert.equal(response.headers['access-control-allow-origin'], 'http://localhost:8801');
    const allowed = String(response.headers['access-control-allow-headers']).toLowerCase();
    for (const header of [
      'content-type',
      'idempotency-key',
      'authorization',
      'x-access-code',
      'last-event-id',
    ]) {
      assert.ok(allowed.includes(header), header);
    }
  });

  it('answers public, anonymous reads to any site, without credentials', async () => {
    for (const url of [
      '/api/v1/services?lang=de',
      `/api/v1/services/${DOG_TAX.id}`,
      '/api/v1/areas?q=Saarlouis',
      `/api/v1/areas/${ARS.saarlouis}`,
      `/api/v1/routes?leikaKey=${DOG_TAX.leikaKey}&ars=${ARS.saarlouis}`,
      '/api/v1/forms/hundesteuer-anmeldung',
      '/api/v1/config',
    ]) {
      const response = await portal.app.inject({
        url,
        headers: { origin: 'https://gemeinde-unbekannt.example' },
      });
      assert.equal(response.headers['access-control-allow-origin'], '*', url);
      assert.equal(response.headers['access-control-allow-credentials'], undefined, url);
      assert.ok(String(response.headers['access-control-expose-headers']).includes('ETag'), url);
    }
  });

  it('answers the preflight of a public read (a revalidation) to any site', async () => {
    const response = await portal.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/services?lang=de',
      headers: {
        origin: 'https://gemeinde-unbekannt.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    assert.equal(response.statusCode, 204);
    assert.equal(response.headers['access-control-allow-origin'], '*');
  });

  it('gives other origins no CORS headers on calls with a token, on personal data and on writes', async () => {
    const foreign = { origin: 'https://evil.example' };
    const withToken = await portal.app.inject({
      url: '/api/v1/services',
      headers: { ...foreign, authorization: 'Bearer x' },
    });
    assert.equal(withToken.headers['access-control-allow-origin'], undefined, 'with a token');
    for (const url of ['/api/v1/me', '/api/v1/me/drafts', '/api/v1/applications/X']) {
      const response = await portal.app.inject({ url, headers: foreign });
      assert.equal(response.headers['access-control-allow-origin'], undefined, url);
    }
    const preflight = await portal.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/applications',
      headers: {
        ...foreign,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(preflight.headers['access-control-allow-origin'], undefined, 'write preflight');
    const write = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/drafts',
      headers: foreign,
      payload: {},
    });
    assert.equal(write.headers['access-control-allow-origin'], undefined, 'write');
  });

  it('lets any site load the widget files', async () => {
    const response = await portal.app.inject({
      method: 'OPTIONS',
      url: '/cdn/saar-portal.js',
      headers: { origin: 'https://gemeinde.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(response.headers['access-control-allow-origin'], '*');
  });
});

describe('security headers', () => {
  let portal: TestPortal;
  before(async () => {
    portal = await startTestPortal();
  });
  after(() => portal.stop());

  it('are on API answers, problems included', async () => {
    for (const url of ['/api/v1/services', '/api/v1/nothing']) {
      const response = await portal.app.inject({ url });
      assert.match(String(response.headers['content-security-policy']), /default-src 'none'/);
      assert.match(String(response.headers['content-security-policy']), /frame-ancestors 'none'/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['referrer-policy'], 'no-referrer');
      assert.equal(response.headers['cross-origin-resource-policy'], 'same-origin');
      assert.match(String(response.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      assert.equal(response.headers['strict-transport-security'], undefined, 'no HSTS over http');
    }
  });
});

describe('rate limiting', () => {
  let portal: TestPortal;
  before(async () => {
    portal = await startTestPortal({ limits: { requestsPerMinute: 5, writesPerMinute: 2 } });
  });
  after(() => portal.stop());

  it('answers 429 problem details with Retry-After and RateLimit headers per client', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 6; i += 1) {
      last = await portal.app.inject({ url: '/api/v1/areas', remoteAddress: '192.0.2.1' });
      statuses.push(last.statusCode);
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
    const problem = expectProblem(last!, 429);
    assert.equal(problem.type, 'urn:saar-portal:problem:rate-limited');
    assert.ok(Number(last!.headers['retry-after']) > 0);
    assert.equal(last!.headers['ratelimit-limit'], '5');
    assert.equal(last!.headers['ratelimit-remaining'], '0');
    const other = await portal.app.inject({ url: '/api/v1/areas', remoteAddress: '192.0.2.2' });
    assert.equal(other.statusCode, 200, 'another client has its own budget');
    const unknown = await portal.app.inject({ url: '/api/v1/nothing', remoteAddress: '192.0.2.1' });
    assert.equal(unknown.statusCode, 429, 'probing unknown paths counts too');
  });

  it('limits submissions more tightly', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await portal.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        remoteAddress: '192.0.2.3',
        headers: { 'idempotency-key': `rate-limit-test-${i}-000000` },
        payload: {
          serviceId: DOG_TAX.id,
          ars: ARS.saarbruecken,
          answers: { F_NAME: 'x', G_DOGS: [{ F_DOG_NAME: 'y' }] },
        },
      });
      statuses.push(response.statusCode);
    }
    assert.deepEqual(statuses, [201, 201, 429]);
  });

  it('limits sent documents as tightly as submissions', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await portal.app.inject({
        method: 'POST',
        url: '/api/v1/applications/SAAR-2026-7KQ4-M2XH/documents',
        remoteAddress: '192.0.2.4',
        headers: {
          'idempotency-key': `rate-limit-documents-${i}-0000`,
          'x-access-code': 'ABCD2345',
        },
        payload: { attachmentIds: ['att_unknown_000000000'] },
      });
      statuses.push(response.statusCode);
    }
    assert.deepEqual(statuses, [404, 404, 429]);
  });
});

describe('logs', () => {
  it('hold the route pattern, never resume tokens, references, access codes or addresses', async () => {
    const lines: string[] = [];
    const portal = await startTestPortal({
      logger: true,
      logStream: { write: (line) => void lines.push(line) },
    });
    try {
      const draft = parseBody(
        DraftSchema,
        await portal.app.inject({
          method: 'POST',
          url: '/api/v1/drafts',
          remoteAddress: '198.51.100.7',
          payload: { serviceId: DOG_TAX.id, answers: { F_NAME: 'Erika Mustermann' } },
        }),
      );
      await portal.app.inject({
        url: `/api/v1/drafts/${draft.resumeToken}`,
        remoteAddress: '198.51.100.7',
      });
      const receipt = parseBody(
        ApplicationReceiptSchema,
        await portal.app.inject({
          method: 'POST',
          url: '/api/v1/applications',
          headers: { 'idempotency-key': 'log-test-key-000001' },
          payload: {
            serviceId: DOG_TAX.id,
            ars: ARS.saarbruecken,
            answers: { F_NAME: 'Erika Mustermann', G_DOGS: [{ F_DOG_NAME: 'Bello' }] },
          },
        }),
      );
      await portal.app.inject({
        // A wrong code (a stream would stay open under inject); the query string is what matters.
        url: `/api/v1/applications/${receipt.reference}/events/stream?code=ZZZZZZZZ&lastEventId=999`,
      });
      await portal.app.inject({
        url: `/api/v1/applications/${receipt.reference}`,
        headers: { 'x-access-code': 'WRONGCOD' },
      });
    } finally {
      await portal.stop();
    }
    const log = lines.join('');
    assert.ok(log.includes('/api/v1/drafts/:token'), 'the route pattern is logged');
    assert.ok(log.includes('"reqId"'), 'with request ids');
    for (const secret of [
      'Erika',
      'Mustermann',
      'Bello',
      '198.51.100.7',
      'code=',
      'idempotency',
      'log-test-key',
    ]) {
      assert.equal(log.includes(secret), false, `log contains ${secret}`);
    }
    assert.equal(
      /[A-Za-z0-9_-]{43}/.test(log.replace(/"reqId":"[^"]+"/g, '')),
      false,
      'no resume token',
    );
  });
});
