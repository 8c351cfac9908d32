/**
 * One `LISTEN status_events` connection per instance: each notification names an event committed
 * by some instance (this one included); the listener loads it once and hands it to the local bus,
 * which fans it out to this instance's streams. If the connection drops it reconnects; streams
 * that missed something catch up from `Last-Event-ID` when their client reconnects.
 */
import pg from 'pg';
import type { StatusEvent } from '../../../src/api/schemas/index.js';
import { STATUS_CHANNEL } from './applications.js';

/** Starts listening; answers a function that stops. */
export async function listenForStatusEvents(
  connectionString: string,
  load: (id: string) => Promise<StatusEvent | undefined>,
  deliver: (event: StatusEvent) => void,
  onError: (error: unknown) => void = () => undefined,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  // Notifications arrive in commit order; loads run one after the other so deliveries keep it
  // (a stream drops an event older than one it already sent).
  let queue: Promise<void> = Promise.resolve();

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString, application_name: 'saar-portal-listener' });
    next.on('notification', (message) => {
      const id = message.payload?.split(':')[1];
      if (message.channel !== STATUS_CHANNEL || id === undefined) return;
      queue = queue
        .then(() => load(id))
        .then((event) => {
          if (event !== undefined) deliver(event);
        })
        .catch(onError);
    });
    next.on('error', (error) => {
      onError(error);
      if (stopped || client !== next) return;
      client = undefined;
      next.end().catch(() => undefined);
      retry = setTimeout(() => void connect().catch(onError), 1000);
      retry.unref();
    });
    await next.connect();
    await next.query(`LISTEN ${STATUS_CHANNEL}`);
    client = next;
  };
  await connect();

  return async () => {
    stopped = true;
    clearTimeout(retry);
    const current = client;
    client = undefined;
    await current?.end().catch(() => undefined);
  };
}
