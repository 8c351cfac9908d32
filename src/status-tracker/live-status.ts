/**
 * Keeps an application's status live: follows the portal's event stream; when it breaks,
 * reconnects with growing, jittered pauses (1 s, 2 s, 4 s … 30 s) from the last event seen; after
 * three breaks in a row it also asks for the events every 15 s, so a network that never lets a
 * stream through (some proxies) still sees changes; while the device is offline it waits for the
 * connection. A final status ends it all. The host renders `state`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getStatusEvents } from '../api/calls/applications.js';
import { streamStatusEvents } from '../api/calls/status-stream.js';
import { HttpError, NetworkError, isAbortError } from '../api/errors.js';
import type { PortalClient } from '../api/portal-client.js';
import { backoffDelay } from '../api/retry-policy.js';
import type { StatusEvent } from '../api/schemas/status.js';
import { FINAL_STATUSES } from '../api/vocabulary.js';

/** Where the live connection stands. */
export type LiveState =
  | { kind: 'idle' }
  | { kind: 'connecting' }
  | { kind: 'live' }
  | { kind: 'reconnecting' }
  | { kind: 'polling' }
  | { kind: 'offline' }
  | { kind: 'ended' }
  /** The portal no longer opens the application with these credentials. */
  | { kind: 'refused'; error: unknown };

/** The application to follow. */
export interface FollowTarget {
  reference: string;
  /** The access code, unless the session's citizen owns the application. */
  accessCode: string | undefined;
  /** The last event already shown: the portal sends what came after it. */
  lastEventId: string | undefined;
  /** Whether the application's status is already final (nothing to follow). */
  final: boolean;
}

/** Pauses of the reconnection and of the polling fallback, in milliseconds. */
export interface LiveTiming {
  reconnectBaseMs: number;
  reconnectMaxMs: number;
  pollEveryMs: number;
  /** Breaks in a row after which the polling fallback starts. */
  breaksBeforePolling: number;
}

export const DEFAULT_LIVE_TIMING: LiveTiming = {
  reconnectBaseMs: 1000,
  reconnectMaxMs: 30_000,
  pollEveryMs: 15_000,
  breaksBeforePolling: 3,
};

/** What the controller needs from its host. */
export interface LiveStatusOptions {
  client: () => PortalClient;
  /** A new event (not seen before), in order. */
  onEvent(event: StatusEvent): void;
  timing?: LiveTiming;
}

/** The live connection of one tracker. */
export class LiveStatus implements ReactiveController {
  /** Where the connection stands. */
  state: LiveState = { kind: 'idle' };
  /** When the portal last answered (an event, the stream opening, a poll). */
  confirmedAt: Date | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly options: LiveStatusOptions;
  private readonly timing: LiveTiming;
  private run: AbortController | undefined;
  private target: FollowTarget | undefined;
  private readonly seen = new Set<string>();
  /** Whether a final status arrived (then nothing more will come). */
  private finalSeen = false;
  /** Wakes a pause early (the connection came back, or the citizen asked). */
  private wake: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, options: LiveStatusOptions) {
    this.host = host;
    this.options = options;
    this.timing = options.timing ?? DEFAULT_LIVE_TIMING;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    if (this.target && !this.run) this.follow(this.target);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.run?.abort();
    this.run = undefined;
  }

  /** Follows `target` (ending whatever was followed before). */
  follow(target: FollowTarget): void {
    this.run?.abort();
    this.target = target;
    this.seen.clear();
    this.finalSeen = false;
    if (target.lastEventId) this.seen.add(target.lastEventId);
    if (target.final) {
      this.set({ kind: 'ended' });
      return;
    }
    const run = new AbortController();
    this.run = run;
    void this.loop(target, run.signal);
  }

  /** Stops following. */
  stop(): void {
    this.run?.abort();
    this.run = undefined;
    this.target = undefined;
    this.set({ kind: 'idle' });
  }

  /** Tries again now instead of after the pause ("Jetzt aktualisieren"). */
  retryNow(): void {
    this.wake?.();
  }

  private readonly onOnline = () => this.wake?.();

  private async loop(target: FollowTarget, signal: AbortSignal): Promise<void> {
    let breaks = 0;
    let lastEventId = target.lastEventId;
    this.set({ kind: 'connecting' });
    while (!signal.aborted) {
      try {
        const end = await streamStatusEvents(this.options.client(), target.reference, {
          accessCode: target.accessCode,
          lastEventId,
          signal,
          onOpen: () => {
            breaks = 0;
            this.confirm();
            this.set({ kind: 'live' });
          },
          onEvent: (event) => {
            lastEventId = event.id;
            this.confirm();
            this.deliver(event);
          },
        });
        if (end === 'final' || this.finalSeen) {
          // The status is final: nothing more will come.
          this.set({ kind: 'ended' });
          return;
        }
        // Ended without a final status: the portal restarted or a proxy cut it. Reconnect.
        throw new NetworkError(target.reference, new TypeError('The event stream ended early'));
      } catch (error) {
        if (signal.aborted || isAbortError(error)) return;
        if (error instanceof HttpError && [401, 403, 404].includes(error.status)) {
          this.set({ kind: 'refused', error });
          return;
        }
        breaks += 1;
        const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
        this.set({
          kind: offline
            ? 'offline'
            : breaks >= this.timing.breaksBeforePolling
              ? 'polling'
              : 'reconnecting',
        });
        if (!offline && breaks >= this.timing.breaksBeforePolling) {
          lastEventId = (await this.poll(target, signal)) ?? lastEventId;
          if (signal.aborted) return;
          if (this.finalSeen) {
            this.set({ kind: 'ended' });
            return;
          }
        }
        const retryAfter = error instanceof HttpError ? error.retryAfterMs : undefined;
        const pause =
          breaks >= this.timing.breaksBeforePolling
            ? this.timing.pollEveryMs
            : (retryAfter ??
              backoffDelay(breaks - 1, {
                retries: 0,
                baseDelayMs: this.timing.reconnectBaseMs,
                maxDelayMs: this.timing.reconnectMaxMs,
                maxRetryAfterMs: this.timing.reconnectMaxMs,
              }) +
                this.timing.reconnectBaseMs / 2);
        await this.pause(offline ? Infinity : pause, signal);
        if (!signal.aborted && this.state.kind !== 'polling') this.set({ kind: 'connecting' });
      }
    }
  }

  /** Asks for the events once (the polling fallback); answers the last event's id. */
  private async poll(target: FollowTarget, signal: AbortSignal): Promise<string | undefined> {
    try {
      const { events } = await getStatusEvents(
        this.options.client(),
        target.reference,
        target.accessCode,
        { signal },
      );
      this.confirm();
      for (const event of events) this.deliver(event);
      return events.at(-1)?.id;
    } catch {
      // The stream will be tried again after the pause; the state already says so.
      return undefined;
    }
  }

  private deliver(event: StatusEvent): void {
    if (this.seen.has(event.id)) return;
    this.seen.add(event.id);
    if (FINAL_STATUSES.includes(event.status)) this.finalSeen = true;
    this.options.onEvent(event);
  }

  private pause(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.wake = undefined;
        resolve();
      };
      const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
      signal.addEventListener('abort', done, { once: true });
      this.wake = done;
    });
  }

  private confirm(): void {
    this.confirmedAt = new Date();
  }

  private set(state: LiveState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
