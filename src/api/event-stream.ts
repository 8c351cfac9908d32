/**
 * Reads a Server-Sent Events answer that `fetch` received (parsing: eventsource-parser). Unlike
 * `EventSource`, a fetch sends the access code and a DPoP proof as headers, and its caller decides
 * when and how to reconnect. Loaded only by pages that follow a status live.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { NetworkError } from './errors.js';

/** How one stream is read. */
export interface EventStreamReading {
  /** Called with each complete event, in order. */
  onMessage(message: EventSourceMessage): void;
  /**
   * Longest silence accepted, in milliseconds: the portal sends a heartbeat comment every 20 s,
   * so a longer silence means the connection died without telling anyone (a sleeping phone, a
   * proxy that dropped it).
   */
  idleMs: number;
  /** The largest single event accepted, in characters. */
  maxEventLength: number;
}

/**
 * Reads `response`'s body as an event stream until the server ends it (resolves) or it breaks,
 * falls silent or misbehaves (rejects with a `NetworkError` naming `url`).
 */
export async function readEventStream(
  response: Response,
  url: string,
  reading: EventStreamReading,
): Promise<void> {
  const body = response.body;
  if (!body) throw new NetworkError(url, new TypeError('The event stream has no body'));
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let tooLong = false;
  const parser = createParser({
    onEvent: (message) => reading.onMessage(message),
    // Unknown fields and a bad `retry:` are ignored, as EventSource does; an endless event is not.
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') tooLong = true;
    },
    maxBufferSize: reading.maxEventLength,
  });
  let idle: ReturnType<typeof setTimeout> | undefined;
  let fellSilent: (error: NetworkError) => void = () => undefined;
  const silence = new Promise<never>((_, reject) => (fellSilent = reject));
  const restartIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      fellSilent(new NetworkError(url, new TypeError('The event stream fell silent')));
      void reader.cancel().catch(() => undefined);
    }, reading.idleMs);
  };
  try {
    restartIdle();
    for (;;) {
      const chunk = await Promise.race([reader.read(), silence]);
      if (chunk.done) return;
      restartIdle();
      parser.feed(chunk.value);
      if (tooLong) throw new NetworkError(url, new TypeError('An event was too long'));
    }
  } catch (error) {
    if (error instanceof TypeError) throw new NetworkError(url, error);
    throw error;
  } finally {
    clearTimeout(idle);
    void reader.cancel().catch(() => undefined);
  }
}
