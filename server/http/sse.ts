/**
 * Server-Sent Events, the mechanics once: admission (how many streams a process, a client address
 * and a topic may hold), the response head, `retry:`, heartbeats, dropping clients that stop
 * reading, and closing every stream before the server shuts down. Routes decide what to send.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { isIPv6 } from 'node:net';
import type { FastifyReply } from 'fastify';
import { Refusal } from '../domain/refusal.js';

/** Limits of the event streams one process holds. */
export interface StreamLimits {
  /** Streams of the whole process. */
  total: number;
  /** Streams per client address (IPv6: per /64, which one client usually owns). */
  perClient: number;
  /** Streams per topic (an application reference). */
  perTopic: number;
  /** Heartbeat comment interval, milliseconds. */
  heartbeatMs: number;
  /** `retry:` sent first: how long a client waits before reconnecting, milliseconds. */
  retryMs: number;
  /** A client that lets this much queue up unread is dropped. */
  maxBufferedBytes: number;
}

/** The key streams are counted under for a client address: IPv4 as is, IPv6 by its /64. */
export function clientKey(address: string): string {
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (!isIPv6(plain)) return plain;
  // Expand `::` so the first four groups are the /64 prefix.
  const [head = '', tail = ''] = plain.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = plain.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** An open stream: write events and comments, close it, learn when it closed. */
export interface EventStream {
  readonly closed: boolean;
  /** Sends one event: its id (for `Last-Event-ID`) and its data (one line of JSON). */
  send(id: string, data: string): void;
  /** Ends the stream. */
  close(): void;
}

/** A place reserved for a stream before its response starts. */
export interface StreamTicket {
  /** Gives the place back if the stream is not opened after all. */
  release(): void;
}

/** The event streams of one process. */
export class EventStreams {
  readonly #limits: StreamLimits;
  readonly #open = new Set<() => void>();
  readonly #perClient = new Map<string, number>();
  readonly #perTopic = new Map<string, number>();

  constructor(limits: StreamLimits) {
    this.#limits = limits;
  }

  /** Streams open now (and places reserved). */
  get size(): number {
    let count = 0;
    for (const value of this.#perClient.values()) count += value;
    return count;
  }

  /** Open streams of one client address. */
  countForClient(address: string): number {
    return this.#perClient.get(clientKey(address)) ?? 0;
  }

  /**
   * Reserves a place for a stream of `client` on `topic`, or refuses: 503 when the process is
   * full, 429 when this client or topic holds its share, both with `Retry-After`.
   */
  admit(clientAddress: string, topic: string): StreamTicket {
    const client = clientKey(clientAddress);
    if (this.size >= this.#limits.total) {
      throw new Refusal(
        'unavailable',
        'Too many status streams are open; try again shortly or ask for the status as JSON.',
        { retryAfterSeconds: 30 },
      );
    }
    if ((this.#perClient.get(client) ?? 0) >= this.#limits.perClient) {
      throw new Refusal('too-many', 'This address holds too many status streams already.', {
        retryAfterSeconds: 30,
      });
    }
    if ((this.#perTopic.get(topic) ?? 0) >= this.#limits.perTopic) {
      throw new Refusal('too-many', 'This application has too many status streams open.', {
        retryAfterSeconds: 30,
      });
    }
    const bump = (map: Map<string, number>, key: string, by: number) => {
      const next = (map.get(key) ?? 0) + by;
      if (next <= 0) map.delete(key);
      else map.set(key, next);
    };
    bump(this.#perClient, client, 1);
    bump(this.#perTopic, topic, 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        bump(this.#perClient, client, -1);
        bump(this.#perTopic, topic, -1);
      },
    };
  }

  /**
   * Starts the stream on `reply` (taking the response over from Fastify): head, `retry:`,
   * heartbeats. `onClose` runs once, however the stream ends; the ticket is released then.
   */
  open(reply: FastifyReply, ticket: StreamTicket, onClose: () => void): EventStream {
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
    const limits = this.#limits;
    let closed = false;
    const write = (chunk: string) => {
      if (closed) return;
      raw.write(chunk);
      // A client that stops reading is dropped instead of buffering without bound.
      if (raw.writableLength > limits.maxBufferedBytes) raw.destroy();
    };
    const heartbeat = setInterval(() => write(': heartbeat\n\n'), limits.heartbeatMs);
    heartbeat.unref();
    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      this.#open.delete(close);
      ticket.release();
      onClose();
      raw.end();
    };
    this.#open.add(close);
    raw.on('close', close);
    write(`retry: ${limits.retryMs}\n\n`);
    return {
      get closed() {
        return closed;
      },
      send: (id, data) => write(`id: ${id}\ndata: ${data}\n\n`),
      close,
    };
  }

  /** Ends every stream (before the server waits for idle connections on shutdown). */
  closeAll(): void {
    for (const close of [...this.#open]) close();
  }
}
