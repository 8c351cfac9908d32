/**
 * Status events of an application: as a JSON list, and as a Server-Sent Events stream that
 * replays what the client missed (`Last-Event-ID`), then pushes each change as it happens,
 * fed by the in-process status bus (no database polling per connection).
 *
 * The stream accepts the access code in the query string because `EventSource` cannot send
 * headers (docs/decisions/0005-access-code-on-event-streams.md); the JSON API never does.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import {
  FINAL_STATUSES,
  StatusEventListSchema,
  StatusEventSchema,
  type StatusEvent,
} from '../../src/api/schemas/index.js';
import { HttpProblem, PROBLEM_TYPES } from '../http/problem.js';
import { parseRequest, serialize } from '../http/validation.js';
import { accessCodeFromHeader, authorizeApplication } from './application-access.js';
import type { ApiContext } from './context.js';

const ReferenceParams = z.object({ reference: z.string() });
const StreamQuery = z.object({
  code: z.optional(z.string().check(z.maxLength(64))),
  /** For clients that reconnect by hand: the same as the `Last-Event-ID` header. */
  lastEventId: z.optional(z.string().check(z.maxLength(32))),
});

/** Milliseconds a client waits before reconnecting, sent as the stream's `retry:`. */
export const SSE_RETRY_MS = 3000;

/** One SSE message for a status event: its id (for `Last-Event-ID`) and its JSON. */
export function formatStatusEvent(event: StatusEvent): string {
  return `id: ${event.id}\ndata: ${JSON.stringify(serialize(StatusEventSchema, event))}\n\n`;
}

/** An event id as the store issues them (a positive integer), else undefined. */
function parseEventId(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? value.trim() : undefined;
}

/** Registers the status event routes; answers the set of open streams (closed on shutdown). */
export async function statusRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  const { store, bus } = ctx;
  const openStreams = new Set<() => void>();

  // Streams never end by themselves; close them before the server waits for idle connections.
  app.addHook('preClose', async () => {
    for (const close of [...openStreams]) close();
  });

  app.get('/applications/:reference/events', async (request, reply) => {
    const { reference } = parseRequest(ReferenceParams, request.params, 'params');
    const record = await authorizeApplication(
      ctx,
      request,
      reference,
      accessCodeFromHeader(request),
    );
    const events = await store.listStatusEvents(record.reference);
    return reply
      .header('cache-control', 'no-store')
      .send(serialize(StatusEventListSchema, { events }));
  });

  app.get('/applications/:reference/events/stream', async (request, reply) => {
    const { reference } = parseRequest(ReferenceParams, request.params, 'params');
    const query = parseRequest(StreamQuery, request.query, 'query');
    const record = await authorizeApplication(
      ctx,
      request,
      reference,
      accessCodeFromHeader(request) ?? query.code,
    );
    if (openStreams.size >= ctx.limits.maxStatusStreams) {
      throw new HttpProblem(
        {
          type: PROBLEM_TYPES.unavailable,
          title: 'Service Unavailable',
          status: 503,
          detail:
            'Too many status streams are open; try again shortly or ask for the status as JSON.',
        },
        { 'Retry-After': '30' },
      );
    }
    const lastEventId =
      parseEventId(request.headers['last-event-id']) ?? parseEventId(query.lastEventId);

    // Subscribe first and queue, so nothing published while the history is read is lost.
    const queued: StatusEvent[] = [];
    let deliver: (event: StatusEvent) => void = (event) => queued.push(event);
    const unsubscribe = bus.subscribe(record.reference, (event) => deliver(event));
    const missed = await store.listStatusEvents(record.reference, lastEventId);

    if (
      FINAL_STATUSES.includes(record.status) &&
      lastEventId !== undefined &&
      missed.length === 0
    ) {
      // The client has seen the end: 204 tells EventSource to stop reconnecting.
      unsubscribe();
      return reply.code(204).header('cache-control', 'no-store').send();
    }

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as OutgoingHttpHeaders),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // Reverse proxies (nginx) must pass events on at once.
      'x-accel-buffering': 'no',
    });
    raw.socket?.setNoDelay(true);

    let lastSent = lastEventId === undefined ? 0 : Number(lastEventId);
    let closed = false;
    const heartbeat = setInterval(() => write(': heartbeat\n\n'), ctx.limits.heartbeatMs);
    heartbeat.unref();

    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
      openStreams.delete(close);
      raw.end();
    };
    function write(chunk: string): void {
      if (closed) return;
      raw.write(chunk);
      // A client that stops reading is dropped instead of buffering without bound.
      if (raw.writableLength > 256 * 1024) raw.destroy();
    }
    const send = (event: StatusEvent) => {
      if (closed || Number(event.id) <= lastSent) return;
      lastSent = Number(event.id);
      write(formatStatusEvent(event));
      // After a final status nothing more happens: end the stream; the reconnect gets a 204.
      if (FINAL_STATUSES.includes(event.status)) close();
    };

    openStreams.add(close);
    raw.on('close', close);
    write(`retry: ${SSE_RETRY_MS}\n\n`);
    for (const event of missed) send(event);
    for (const event of queued.splice(0)) send(event);
    deliver = send;
  });
}
