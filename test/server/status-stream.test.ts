/**
 * The status stream over a real socket: `text/event-stream` with `id:` + `data:` per status
 * event, replay after `Last-Event-ID`, heartbeats, pushes on caseworker changes, the end after a
 * final status (then 204 so EventSource stops), clean-up on disconnect, the per-process limit,
 * and prompt shutdown with streams open.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApplicationReceiptSchema,
  StatusEventSchema,
  type ApplicationReceipt,
  type StatusEvent,
} from '../../src/api/schemas/index.js';
import { ARS, DOG_TAX } from './support/seed-fixture.js';
import { bearer, parseBody, startTestPortal, type TestPortal } from './support/test-app.js';

/** One parsed SSE message or comment. */
interface SseMessage {
  id?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

/** A minimal SSE reader over fetch, for tests. */
class SseReader {
  readonly messages: SseMessage[] = [];
  #buffer = '';
  #waiters: Array<() => void> = [];
  ended = false;

  constructor(
    readonly response: Response,
    readonly controller: AbortController,
  ) {
    void this.#pump();
  }

  async #pump(): Promise<void> {
    const reader = this.response.body!.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.#buffer += value;
        let split: number;
        while ((split = this.#buffer.indexOf('\n\n')) >= 0) {
          const block = this.#buffer.slice(0, split);
          this.#buffer = this.#buffer.slice(split + 2);
          const message: SseMessage = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) message.comment = line.slice(1).trim();
            else {
              const [field, ...rest] = line.split(':');
              const text = rest.join(':').replace(/^ /, '');
              if (field === 'id' || field === 'data' || field === 'retry') message[field] = text;
            }
          }
          this.messages.push(message);
          this.#wake();
        }
      }
    } catch {
      // aborted
    }
    this.ended = true;
    this.#wake();
  }

  #wake(): void {
    for (const waiter of this.#waiters.splice(0)) waiter();
  }

  /** Status events received so far. */
  events(): StatusEvent[] {
    return this.messages
      .filter((message) => message.data !== undefined)
      .map((message) => {
        const event = StatusEventSchema.parse(JSON.parse(message.data!));
        assert.equal(message.id, event.id, 'the SSE id is the event id');
        return event;
      });
  }

  /** Waits until `predicate` holds (or fails after `ms`). */
  async until(predicate: () => boolean, ms = 3000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  close(): void {
    this.controller.abort();
  }
}

let portal: TestPortal;
let base: string;
let receipt: ApplicationReceipt;
const readers: SseReader[] = [];

async function submitApplication(): Promise<ApplicationReceipt> {
  return parseBody(
    ApplicationReceiptSchema,
    await portal.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { 'idempotency-key': `stream-${Math.random().toString(36).slice(2)}-0000000` },
      payload: {
        serviceId: DOG_TAX.id,
        ars: ARS.saarbruecken,
        answers: { F_NAME: 'L', G_DOGS: [{ F_DOG_NAME: 'M' }] },
      },
    }),
  );
}

async function connect(
  application: ApplicationReceipt,
  headers: Record<string, string> = {},
  query = `?code=${application.accessCode}`,
): Promise<{ response: Response; reader?: SseReader }> {
  const controller = new AbortController();
  const response = await fetch(
    `${base}/api/v1/applications/${application.reference}/events/stream${query}`,
    {
      headers: { accept: 'text/event-stream', ...headers },
      signal: controller.signal,
    },
  );
  if (response.status !== 200) return { response };
  const reader = new SseReader(response, controller);
  readers.push(reader);
  return { response, reader };
}

async function changeStatus(reference: string, status: string): Promise<void> {
  const response = await portal.app.inject({
    method: 'POST',
    url: `/api/v1/caseworker/applications/${reference}/status`,
    headers: bearer('caseworker'),
    payload: { status },
  });
  assert.equal(response.statusCode, 200, response.body);
}

before(async () => {
  portal = await startTestPortal({ limits: { heartbeatMs: 100, maxStatusStreams: 4 } });
  const address = await portal.app.listen({ port: 0, host: '127.0.0.1' });
  base = address;
  receipt = await submitApplication();
});
after(async () => {
  for (const reader of readers) reader.close();
  await portal.stop();
});

describe('GET /api/v1/applications/{reference}/events/stream', () => {
  it('streams the history, then each change as it happens', async () => {
    const { response, reader } = await connect(receipt, { origin: 'http://localhost:8801' });
    assert.equal(response.status, 200);
    assert.match(String(response.headers.get('content-type')), /^text\/event-stream/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:8801');
    await reader!.until(() => reader!.events().length === 1);
    assert.equal(reader!.messages[0]?.retry, '3000');
    assert.equal(reader!.events()[0]?.status, 'SUBMITTED');

    await changeStatus(receipt.reference, 'RECEIVED');
    await reader!.until(() => reader!.events().length === 2);
    assert.equal(reader!.events()[1]?.status, 'RECEIVED');
    assert.ok(Number(reader!.events()[1]?.id) > Number(reader!.events()[0]?.id));
    reader!.close();
  });

  it('sends heartbeat comments', async () => {
    const { reader } = await connect(receipt);
    await reader!.until(() => reader!.messages.some((message) => message.comment === 'heartbeat'));
    reader!.close();
  });

  it('replays only what came after Last-Event-ID', async () => {
    const { reader: first } = await connect(receipt);
    await first!.until(() => first!.events().length === 2);
    const firstId = first!.events()[0]!.id;
    first!.close();
    const { reader } = await connect(receipt, { 'last-event-id': firstId });
    await reader!.until(() => reader!.events().length === 1);
    assert.equal(reader!.events()[0]?.status, 'RECEIVED');
    reader!.close();
  });

  it('accepts the access code as a header too (fetch-based clients)', async () => {
    const { response, reader } = await connect(
      receipt,
      { 'x-access-code': receipt.accessCode },
      '',
    );
    assert.equal(response.status, 200);
    reader!.close();
  });

  it('answers a wrong code with the usual 404 problem, not a stream', async () => {
    const { response } = await connect(receipt, {}, '?code=ZZZZZZZZ');
    assert.equal(response.status, 404);
    assert.match(String(response.headers.get('content-type')), /^application\/problem\+json/);
    const { response: none } = await connect(receipt, {}, '');
    assert.equal(none.status, 404);
  });

  it('holds at most the configured number of streams, and frees a slot on disconnect', async () => {
    const open: SseReader[] = [];
    for (let i = 0; i < 4; i += 1) {
      const { response, reader } = await connect(receipt);
      assert.equal(response.status, 200);
      await reader!.until(() => reader!.events().length > 0);
      open.push(reader!);
    }
    const { response: refused } = await connect(receipt);
    assert.equal(refused.status, 503);
    assert.ok(refused.headers.get('retry-after'));
    open.pop()!.close();
    // The server notices the closed socket asynchronously.
    const deadline = Date.now() + 3000;
    let status = 503;
    while (status === 503 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const { response, reader } = await connect(receipt);
      status = response.status;
      reader?.close();
    }
    assert.equal(status, 200);
    for (const reader of open) reader.close();
    // Let the server free the slots before the next test.
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  it('ends after a final status; reconnecting with the last id answers 204', async () => {
    const application = await submitApplication();
    const { reader } = await connect(application);
    await reader!.until(() => reader!.events().length === 1);
    await changeStatus(application.reference, 'COMPLETED');
    await reader!.until(() => reader!.ended);
    const events = reader!.events();
    assert.deepEqual(
      events.map((event) => event.status),
      ['SUBMITTED', 'COMPLETED'],
    );
    const { response } = await connect(application, { 'last-event-id': events[1]!.id });
    assert.equal(response.status, 204);
    const { reader: fresh } = await connect(application);
    await fresh!.until(() => fresh!.ended);
    assert.equal(fresh!.events().length, 2, 'a new client still gets the whole history');
  });

  it('lets the server shut down promptly with streams open', async () => {
    const other = await startTestPortal({ limits: { heartbeatMs: 60_000 } });
    const address = await other.app.listen({ port: 0, host: '127.0.0.1' });
    const application = parseBody(
      ApplicationReceiptSchema,
      await other.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: { 'idempotency-key': 'shutdown-test-000001' },
        payload: {
          serviceId: DOG_TAX.id,
          ars: ARS.saarbruecken,
          answers: { F_NAME: 'L', G_DOGS: [{ F_DOG_NAME: 'M' }] },
        },
      }),
    );
    const controller = new AbortController();
    const response = await fetch(
      `${address}/api/v1/applications/${application.reference}/events/stream?code=${application.accessCode}`,
      { signal: controller.signal },
    );
    const reader = new SseReader(response, controller);
    await reader.until(() => reader.events().length === 1);
    const started = Date.now();
    await other.stop();
    assert.ok(Date.now() - started < 2000, 'closed within two seconds');
    await reader.until(() => reader.ended);
  });
});
