import { expect } from '@open-wc/testing';
import {
  createDraft,
  downloadApplicationFile,
  getStatusEvents,
  HttpError,
  listMyApplications,
  NetworkError,
  PortalClient,
  sendDocuments,
  statusStreamUrl,
  submitApplication,
  ResponseTooLargeError,
  SchemaMismatchError,
  TimeoutError,
  type PortalClientOptions,
} from '../../src/api/index.js';
import { sampleCatalogue } from '../fixtures/services.js';

type Handler = (request: Request, attempt: number) => Response | Promise<Response>;

/** A client whose fetch is `handler`, recording every request it saw. */
function clientWith(handler: Handler, options: PortalClientOptions = {}) {
  const requests: Request[] = [];
  const fakeFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    return handler(request, requests.length);
  };
  const client = new PortalClient({
    baseUrl: 'https://portal.test/api/v1',
    fetch: fakeFetch,
    timeoutMs: 200,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
  return { client, requests };
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
}

function problem(status: number, title: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** Resolves after `ms` unless the request is aborted first, like a slow server. */
function slow(request: Request, ms: number, response: () => Response): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(response()), ms);
    request.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(request.signal.reason);
    });
  });
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('PortalClient', () => {
  describe('requests', () => {
    it('resolves paths against the base URL, with or without a trailing slash', async () => {
      const { client, requests } = clientWith(() => json(sampleCatalogue));
      await client.getCatalogue();
      expect(requests[0]!.url).to.equal('https://portal.test/api/v1/services');
      expect(client.baseUrl.href).to.equal('https://portal.test/api/v1/');
    });

    it('encodes query parameters and path segments', async () => {
      const { client, requests } = clientWith(() => json({ areas: [] }));
      await client.findAreas('Sankt Ingbert & Umgebung');
      expect(new URL(requests[0]!.url).searchParams.get('q')).to.equal('Sankt Ingbert & Umgebung');
    });

    it('sends no Accept-Language: languages travel as ?lang=, so caches need no Vary', async () => {
      const { client, requests } = clientWith(() => json(sampleCatalogue));
      await client.getCatalogue({ lang: 'fr' });
      expect(requests[0]!.headers.has('accept-language')).to.equal(false);
      expect(new URL(requests[0]!.url).searchParams.get('lang')).to.equal('fr');
    });

    it('sends the session token as a bearer token to the portal, and no cookies', async () => {
      const { client, requests } = clientWith(() => json({ applications: [] }), {
        portalOrigin: 'https://portal.test',
        getAccessToken: async () => 'token-123',
      });
      await listMyApplications(client);
      expect(requests[0]!.headers.get('authorization')).to.equal('Bearer token-123');
      expect(requests[0]!.credentials).to.equal('omit');
    });

    it('sends the access code in a header, never in the URL', async () => {
      const { client, requests } = clientWith(() => json({ events: [] }));
      await getStatusEvents(client, 'SAAR-2026-7KQ4-M2XH', 'ABCD2345');
      expect(requests[0]!.headers.get('x-access-code')).to.equal('ABCD2345');
      expect(requests[0]!.url).not.to.contain('ABCD2345');
    });

    it('returns parsed data with schema defaults filled in', async () => {
      const { client } = clientWith(() => json(sampleCatalogue));
      const catalogue = await client.getCatalogue();
      expect(catalogue.services[0]!.name.de).to.equal('Wohnsitz anmelden');
    });
  });

  describe('injected faults', () => {
    it('a slow answer becomes a TimeoutError after the retries', async () => {
      const { client, requests } = clientWith(
        (request) => slow(request, 1000, () => json(sampleCatalogue)),
        {
          timeoutMs: 30,
        },
      );
      const error = await caught(client.getCatalogue());
      expect(error).to.be.instanceOf(TimeoutError);
      expect((error as TimeoutError).timeoutMs).to.equal(30);
      expect(requests).to.have.length(3);
    });

    it('a 500 is retried, then becomes an HttpError with the problem details', async () => {
      const { client, requests } = clientWith(() => problem(500, 'Interner Fehler'));
      const error = await caught(client.getCatalogue());
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).status).to.equal(500);
      expect((error as HttpError).problem.title).to.equal('Interner Fehler');
      expect(requests).to.have.length(3);
    });

    it('a 500 followed by success succeeds', async () => {
      const { client } = clientWith((_, attempt) =>
        attempt === 1 ? problem(503, 'Busy') : json(sampleCatalogue),
      );
      const catalogue = await client.getCatalogue();
      expect(catalogue.services).to.have.length(1);
    });

    it('a 404 is not retried', async () => {
      const { client, requests } = clientWith(() => problem(404, 'Nicht gefunden'));
      const error = await caught(client.getService('gibt-es-nicht'));
      expect((error as HttpError).status).to.equal(404);
      expect((error as HttpError).retryable).to.equal(false);
      expect(requests).to.have.length(1);
    });

    it('a 429 waits for Retry-After, then tries again', async () => {
      const times: number[] = [];
      const { client } = clientWith(
        (_, attempt) => {
          times.push(performance.now());
          return attempt === 1
            ? problem(429, 'Too many', { 'Retry-After': '1' })
            : json(sampleCatalogue);
        },
        { retry: { maxRetryAfterMs: 2000 } },
      );
      await client.getCatalogue();
      expect(times[1]! - times[0]!).to.be.at.least(900);
    });

    it('a 429 asking for a longer wait than we accept fails at once, telling how long', async () => {
      const { client, requests } = clientWith(() =>
        problem(429, 'Too many', { 'Retry-After': '120' }),
      );
      const error = await caught(client.getCatalogue());
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).retryAfterMs).to.equal(120_000);
      expect(requests).to.have.length(1);
    });

    it('garbage JSON becomes a SchemaMismatchError on the body', async () => {
      const { client } = clientWith(() => new Response('{"services": [', { status: 200 }));
      const error = await caught(client.getCatalogue());
      expect(error).to.be.instanceOf(SchemaMismatchError);
      expect((error as SchemaMismatchError).path).to.equal('');
    });

    it('valid JSON of the wrong shape names the offending path', async () => {
      const broken = structuredClone(sampleCatalogue) as unknown as {
        services: Array<{ name: unknown }>;
      };
      broken.services[0]!.name = { en: 'no German name' };
      const { client } = clientWith(() => json(broken));
      const error = await caught(client.getCatalogue());
      expect(error).to.be.instanceOf(SchemaMismatchError);
      expect((error as SchemaMismatchError).path).to.equal('services[0].name.de');
    });

    it('an HTML error page becomes an HttpError with problem details made from the status', async () => {
      const { client } = clientWith(
        () =>
          new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'Content-Type': 'text/html' },
          }),
      );
      const error = await caught(client.getCatalogue());
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).problem).to.deep.equal({
        type: 'about:blank',
        title: 'Bad Gateway',
        status: 502,
      });
    });

    it('an HTML page with status 200 is a SchemaMismatchError, not a crash', async () => {
      const { client } = clientWith(
        () => new Response('<!doctype html><p>Wartungsarbeiten</p>', { status: 200 }),
      );
      expect(await caught(client.getCatalogue())).to.be.instanceOf(SchemaMismatchError);
    });

    it('an oversized body announced by Content-Length is refused before reading', async () => {
      const { client } = clientWith(
        () => new Response('x', { headers: { 'Content-Length': String(10 * 1024 * 1024) } }),
        { maxResponseBytes: 1024 },
      );
      expect(await caught(client.getCatalogue())).to.be.instanceOf(ResponseTooLargeError);
    });

    it('an oversized streamed body is cut off while reading', async () => {
      let pulled = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(512).fill(32));
        },
      });
      const { client } = clientWith(() => new Response(endless), { maxResponseBytes: 4096 });
      const error = await caught(client.getCatalogue());
      expect(error).to.be.instanceOf(ResponseTooLargeError);
      expect(pulled).to.be.below(20);
    });

    it('an abort mid-flight rejects with the AbortError and does not retry', async () => {
      const controller = new AbortController();
      const { client, requests } = clientWith(
        (request) => slow(request, 1000, () => json(sampleCatalogue)),
        {
          timeoutMs: 5000,
        },
      );
      const pending = client.getCatalogue({ signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const error = await caught(pending);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(requests).to.have.length(1);
    });

    it('an abort during the backoff wait stops at once', async () => {
      const controller = new AbortController();
      const { client, requests } = clientWith(() => problem(503, 'Busy', { 'Retry-After': '5' }), {
        retry: { maxRetryAfterMs: 10_000 },
      });
      const pending = client.getCatalogue({ signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const started = performance.now();
      const error = await caught(pending);
      expect((error as DOMException).name).to.equal('AbortError');
      // The portal asked for 5 s; stopping well before that shows the wait was cut short.
      expect(performance.now() - started).to.be.below(4000);
      expect(requests).to.have.length(1);
    });

    it('a refused connection becomes a NetworkError (real fetch)', async () => {
      const client = new PortalClient({
        baseUrl: 'http://127.0.0.1:9/api/v1/',
        retry: { retries: 0 },
      });
      const error = await caught(client.getCatalogue());
      expect(error).to.be.instanceOf(NetworkError);
      expect((error as NetworkError).retryable).to.equal(true);
    });
  });

  describe('writes', () => {
    const input = { serviceId: 'hundesteuer-anmeldung', ars: '100440017017', answers: {} };

    it('a POST without idempotency key is never retried', async () => {
      const { client, requests } = clientWith(() => problem(503, 'Busy'));
      await caught(createDraft(client, { serviceId: 'hundesteuer-anmeldung', answers: {} }));
      expect(requests).to.have.length(1);
    });

    it('a POST with an Idempotency-Key is retried with the same key', async () => {
      const { client, requests } = clientWith(() => problem(503, 'Busy'));
      await caught(submitApplication(client, input, 'key-1'));
      expect(requests).to.have.length(3);
      expect(requests.map((request) => request.headers.get('idempotency-key'))).to.deep.equal([
        'key-1',
        'key-1',
        'key-1',
      ]);
    });

    it('sends JSON bodies with their content type', async () => {
      const { client, requests } = clientWith(() => problem(400, 'Bad'));
      await caught(submitApplication(client, input, 'key-2'));
      expect(requests[0]!.headers.get('content-type')).to.equal('application/json');
      expect(await requests[0]!.json()).to.deep.equal(input);
    });
  });

  describe('documents sent later (sendDocuments)', () => {
    const reference = 'SAAR-2026-7KQ4-M2XH';
    const documents = {
      attachmentIds: ['fake-attachment-1', 'fake-attachment-2'],
      message: 'Anbei',
    };
    const application = {
      reference,
      serviceId: 'hundesteuer-anmeldung',
      serviceName: { de: 'Hundesteuer' },
      ars: '100440017017',
      authorityName: 'Stadt Saarlouis',
      status: 'PROCESSING',
      submittedAt: '2026-05-01T08:00:00.000Z',
      updatedAt: '2026-05-02T08:00:00.000Z',
      events: [
        {
          id: '7',
          reference,
          status: 'PROCESSING',
          at: '2026-05-02T08:00:00.000Z',
          details: { de: 'Sie haben 2 Dateien nachgereicht und eine Nachricht geschrieben.' },
        },
      ],
    };

    it('posts the files and message with the access code and a key, and answers the application', async () => {
      const { client, requests } = clientWith(() => json(application, { status: 201 }));
      const answer = await sendDocuments(client, reference, documents, { accessCode: 'ABCD2345' });
      expect(answer.status).to.equal('PROCESSING');
      expect(answer.events.at(-1)?.details?.de).to.match(/2 Dateien nachgereicht/);
      const [request] = requests;
      expect(request!.method).to.equal('POST');
      expect(request!.url).to.equal(
        `https://portal.test/api/v1/applications/${reference}/documents`,
      );
      expect(request!.headers.get('x-access-code')).to.equal('ABCD2345');
      expect(request!.headers.get('content-type')).to.equal('application/json');
      expect(request!.headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);
      expect(await request!.json()).to.deep.equal(documents);
    });

    it('is retried with one key (the given one, else one per call)', async () => {
      const { client, requests } = clientWith(() => problem(503, 'Busy'));
      await caught(sendDocuments(client, reference, documents, { accessCode: 'ABCD2345' }));
      await caught(
        sendDocuments(client, reference, documents, { idempotencyKey: 'documents-key-1' }),
      );
      const keys = requests.map((request) => request.headers.get('idempotency-key'));
      expect(keys).to.have.length(6);
      expect(new Set(keys.slice(0, 3)).size).to.equal(1);
      expect(keys.slice(3)).to.deep.equal([
        'documents-key-1',
        'documents-key-1',
        'documents-key-1',
      ]);
      expect(keys[0]).not.to.equal('documents-key-1');
      expect(requests[3]!.headers.get('x-access-code')).to.equal(null, 'the owner needs no code');
    });

    it('a 409 becomes an HttpError naming not-awaiting-documents, not retried', async () => {
      const { client, requests } = clientWith(
        () =>
          new Response(
            JSON.stringify({
              type: 'urn:saar-portal:problem:not-awaiting-documents',
              title: 'Conflict',
              status: 409,
            }),
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          ),
      );
      const error = await caught(
        sendDocuments(client, reference, documents, { accessCode: 'ABCD2345' }),
      );
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).status).to.equal(409);
      expect((error as HttpError).problem.type).to.equal(
        'urn:saar-portal:problem:not-awaiting-documents',
      );
      expect(requests).to.have.length(1);
    });

    it('a caseworker’s download answers the bytes as a Blob', async () => {
      const bytes = new TextEncoder().encode('%PDF-1.4\n');
      const { client, requests } = clientWith(
        () => new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } }),
      );
      const blob = await downloadApplicationFile(client, reference, 'fake-attachment-1');
      expect(new Uint8Array(await blob.arrayBuffer())).to.deep.equal(bytes);
      expect(requests[0]!.url).to.equal(
        `https://portal.test/api/v1/caseworker/applications/${reference}/files/fake-attachment-1`,
      );
    });
  });

  describe('streams', () => {
    it('the status stream URL carries the access code (EventSource cannot send headers)', () => {
      const { client } = clientWith(() => json({}));
      const url = statusStreamUrl(client, 'SAAR-2026-7KQ4-M2XH', 'ABCD2345');
      expect(url.href).to.equal(
        'https://portal.test/api/v1/applications/SAAR-2026-7KQ4-M2XH/events/stream?code=ABCD2345',
      );
    });
  });
});
