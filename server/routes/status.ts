/**
 * Status events of an application: as a JSON list, and as a Server-Sent Events stream that
 * replays what the client missed (`Last-Event-ID`), then pushes each change as it happens, fed by
 * the status bus (no database polling per connection). Stream mechanics: `http/sse.ts`.
 *
 * The stream accepts the access code in the query string because `EventSource` cannot send
 * headers (decision 0035); the JSON API never does.
 */
import * as z from 'zod/mini';
import {
  FINAL_STATUSES,
  StatusEventListSchema,
  StatusEventSchema,
  type StatusEvent,
} from '../../src/api/schemas/index.js';
import { openApplication } from '../domain/application-access.js';
import { defineEndpoint } from '../http/endpoint.js';
import { serialize } from '../http/validation.js';
import { ACCESS_CODE_HEADER, ReferenceParams } from './applications.js';

/** An event id as the store issues them (a positive integer), else undefined. */
function parseEventId(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? value.trim() : undefined;
}

export const getStatusEvents = defineEndpoint({
  id: 'getStatusEvents',
  summary: 'Status events of an application',
  params: ReferenceParams,
  headers: { 'X-Access-Code': ACCESS_CODE_HEADER },
  status: 200,
  response: StatusEventListSchema,
  answers: { 404: 'No such application, a wrong access code, or another citizen’s' },
  cache: 'no-store',
  async handler({ params, headers, user }, ctx) {
    const record = await openApplication(ctx, params.reference, user, headers['X-Access-Code']);
    return { events: await ctx.store.applications.listEvents(record.reference) };
  },
});

export const statusStream = defineEndpoint({
  id: 'statusStreamUrl',
  summary: 'Status events as Server-Sent Events (`code` in the query allowed here only)',
  params: ReferenceParams,
  query: z.object({
    code: z.optional(
      z
        .string()
        .check(
          z.maxLength(64),
          z.describe(
            'Access code; only on the event stream, since EventSource cannot send headers.',
          ),
        ),
    ),
    /** For clients that reconnect by hand: the same as the `Last-Event-ID` header. */
    lastEventId: z.optional(
      z.string().check(z.maxLength(32), z.describe('Resume after this event (as Last-Event-ID).')),
    ),
  }),
  headers: {
    'X-Access-Code': ACCESS_CODE_HEADER,
    'Last-Event-ID': {
      description: 'Resume the stream after this event.',
      read: parseEventId,
    },
  },
  status: 200,
  response: StatusEventSchema,
  mediaType: 'text/event-stream',
  answers: {
    204: 'The client has seen the final status: stop reconnecting',
    404: 'No such application, a wrong access code, or another citizen’s',
    429: 'This address or application holds too many streams (Retry-After)',
    503: 'The server holds too many streams (Retry-After)',
  },
  cache: 'no-store',
  async handler({ params, query, headers, user }, ctx, request, reply) {
    const record = await openApplication(
      ctx,
      params.reference,
      user,
      headers['X-Access-Code'] ?? query.code,
    );
    const ticket = ctx.streams.admit(request.ip, record.reference);
    const lastEventId = headers['Last-Event-ID'] ?? parseEventId(query.lastEventId);

    // Subscribe first and queue, so nothing published while the history is read is lost.
    const queued: StatusEvent[] = [];
    let deliver: (event: StatusEvent) => void = (event) => queued.push(event);
    const unsubscribe = ctx.bus.subscribe(record.reference, (event) => deliver(event));
    let missed: StatusEvent[];
    try {
      missed = await ctx.store.applications.listEvents(record.reference, lastEventId);
    } catch (error) {
      unsubscribe();
      ticket.release();
      throw error;
    }
    if (
      FINAL_STATUSES.includes(record.status) &&
      lastEventId !== undefined &&
      missed.length === 0
    ) {
      // The client has seen the end: 204 tells EventSource to stop reconnecting.
      unsubscribe();
      ticket.release();
      return reply.code(204).send();
    }

    const stream = ctx.streams.open(reply, ticket, unsubscribe);
    let lastSent = lastEventId === undefined ? 0 : Number(lastEventId);
    const send = (event: StatusEvent) => {
      if (stream.closed || Number(event.id) <= lastSent) return;
      lastSent = Number(event.id);
      stream.send(event.id, JSON.stringify(serialize(StatusEventSchema, event)));
      // After a final status nothing more happens: end the stream; the reconnect gets a 204.
      if (FINAL_STATUSES.includes(event.status)) stream.close();
    };
    for (const event of missed) send(event);
    for (const event of queued.splice(0)) send(event);
    deliver = send;
    return reply;
  },
});
