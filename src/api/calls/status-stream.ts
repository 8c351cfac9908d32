/**
 * Following an application's status live: the status tracker's call. A function that takes the
 * client, loaded only with the tracker (decision 0091); the event-stream reader comes later
 * still, with the first stream.
 */
import { APPLICATION_ENDPOINTS } from '../endpoints.js';
import { checkJson, type PortalClient } from '../portal-client.js';
import type { StatusEvent } from '../schemas/status.js';
import { loadApplicationsContract } from './applications-contract.js';

/** How to follow an application's status live (`streamStatusEvents`). */
export interface StatusStreamOptions {
  /** The access code, unless the session's citizen owns the application. */
  accessCode?: string | undefined;
  /** The id of the last event seen: the portal sends only what came after it. */
  lastEventId?: string | undefined;
  /** Called with each new status event, checked against the contract. */
  onEvent(event: StatusEvent): void;
  /** Called once the portal has accepted the stream (its answer's head arrived). */
  onOpen?: () => void;
  /** Ends the stream (the promise then rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Longest silence before the stream counts as broken (default 45 s; heartbeats come every 20 s). */
  idleMs?: number;
}

/**
 * Follows an application's status live: Server-Sent Events read with `fetch`, so the access
 * code and the session's proof travel as headers, never in the address. Each event is checked
 * against the contract before `onEvent` sees it. Resolves `'final'` when the portal says the
 * status is final and the caller has seen it (204: nothing more will come), `'closed'` when the
 * portal ended the stream (after a final status, or on a restart: the caller tells them apart by
 * the events it saw); rejects when it fails or breaks off. Not retried here: reconnecting with
 * the last event's id is the caller's policy.
 */
export async function streamStatusEvents(
  client: PortalClient,
  reference: string,
  options: StatusStreamOptions,
): Promise<'final' | 'closed'> {
  const contract = loadApplicationsContract();
  contract.catch(() => undefined);
  const { readEventStream } = await import('../event-stream.js');
  const headers: Record<string, string> = { Accept: 'text/event-stream' };
  if (options.accessCode) headers['X-Access-Code'] = options.accessCode;
  if (options.lastEventId) headers['Last-Event-ID'] = options.lastEventId;
  return client.call({
    endpoint: APPLICATION_ENDPOINTS.statusStreamUrl,
    params: { reference },
    headers,
    cache: 'no-store',
    signal: options.signal,
    read: async (response, url) => {
      const { StatusEventSchema } = await contract;
      if (response.status === 204) return 'final';
      options.onOpen?.();
      await readEventStream(response, url, {
        idleMs: options.idleMs ?? 45_000,
        maxEventLength: 64 * 1024,
        onMessage: (message) => options.onEvent(checkJson(url, message.data, StatusEventSchema)),
      });
      return 'closed';
    },
  });
}
