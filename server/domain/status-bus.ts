/**
 * In-process fan-out of status events to open SSE streams: a status change publishes once, every
 * stream of that application hears it; no stream ever polls the database. With several server
 * instances this becomes PostgreSQL LISTEN/NOTIFY (docs/storage.md).
 */
import { EventEmitter } from 'node:events';
import type { StatusEvent } from '../../src/api/schemas/index.js';

/** Listener of one application's status events. */
export type StatusListener = (event: StatusEvent) => void;

/** Publishes status events per application reference. */
export class StatusEventBus {
  readonly #emitter = new EventEmitter();

  constructor() {
    // Thousands of streams may watch; the default limit of 10 is a leak warning, not a limit here.
    this.#emitter.setMaxListeners(0);
  }

  /** Sends `event` to every subscriber of its application. */
  publish(event: StatusEvent): void {
    this.#emitter.emit(event.reference, event);
  }

  /** Subscribes to one application's events; call the answer to unsubscribe. */
  subscribe(reference: string, listener: StatusListener): () => void {
    this.#emitter.on(reference, listener);
    return () => this.#emitter.off(reference, listener);
  }

  /** Number of subscriptions, for diagnostics and tests. */
  subscriberCount(reference?: string): number {
    if (reference !== undefined) return this.#emitter.listenerCount(reference);
    return this.#emitter
      .eventNames()
      .reduce((sum, name) => sum + this.#emitter.listenerCount(name), 0);
  }
}
