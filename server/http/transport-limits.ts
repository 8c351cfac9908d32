/**
 * What happens below the routes: requests whose bodies stop short or trickle in are cut off
 * (408), and errors of the HTTP parser and the router (431, 414, a malformed URL) are answered as
 * problem details like every other error, instead of the framework's own JSON.
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_MEDIA_TYPE } from '../../src/api/vocabulary.js';
import { PROBLEM_TYPES } from '../../src/api/rules/problem-types.js';
import { sendProblem } from './error-handler.js';
import { STATUS_TITLES } from './problem.js';

/** How long and how slowly a request body may arrive. */
export interface BodyDeadline {
  /** After this many milliseconds, a body still arriving must have kept up `minBytesPerSecond`. */
  graceMs: number;
  /** Slowest accepted average rate, bytes per second. */
  minBytesPerSecond: number;
}

function hasBody(request: FastifyRequest): boolean {
  const { headers } = request.raw;
  const length = headers['content-length'];
  return (length !== undefined && length !== '0') || headers['transfer-encoding'] !== undefined;
}

/**
 * Cuts off request bodies that stop short or trickle: once `graceMs` have passed, a body still
 * arriving slower on average than `minBytesPerSecond` is answered 408 and its connection closed.
 * A JSON body (at most 256 kB) therefore has the grace period; a 10 MB upload at the minimum rate
 * about 21 minutes. The check reads the socket's byte count, never the body itself.
 */
export function installBodyDeadline(app: FastifyInstance, deadline: BodyDeadline): void {
  const checkEveryMs = Math.max(50, Math.min(1000, Math.floor(deadline.graceMs / 4)));
  app.addHook('onRequest', async (request, reply) => {
    const raw = request.raw;
    if (!hasBody(request) || raw.complete) return;
    const socket = raw.socket;
    const started = Date.now();
    const startBytes = socket.bytesRead;
    const timer = setInterval(() => {
      if (raw.complete || socket.destroyed || reply.raw.headersSent) {
        clearInterval(timer);
        return;
      }
      const elapsed = Date.now() - started;
      if (elapsed < deadline.graceMs) return;
      const rate = ((socket.bytesRead - startBytes) * 1000) / elapsed;
      if (rate >= deadline.minBytesPerSecond) return;
      clearInterval(timer);
      request.log.info(
        { elapsedMs: elapsed, bytesPerSecond: Math.round(rate) },
        'slow body cut off',
      );
      // The handler (or the body parser) may still be waiting: the reply is taken from Fastify.
      reply.hijack();
      const body = JSON.stringify({
        type: PROBLEM_TYPES.requestTimeout,
        title: 'Request Timeout',
        status: 408,
        detail: 'The request body did not arrive in time.',
        instance: `urn:uuid:${request.id}`,
      });
      reply.raw.writeHead(408, {
        'content-type': `${PROBLEM_MEDIA_TYPE}; charset=utf-8`,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
        'x-request-id': request.id,
        connection: 'close',
      });
      // A simulated request (`inject`) has a socket without `destroy`: nothing to close there.
      reply.raw.end(body, () => (socket as { destroy?: () => void }).destroy?.());
    }, checkEveryMs);
    timer.unref();
    reply.raw.once('close', () => clearInterval(timer));
  });
}

/** Errors of the router (a malformed URL, an overlong path parameter) as problem details. */
export function routerErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = typeof error.statusCode === 'number' ? error.statusCode : 400;
  sendProblem(request, reply, {
    type: status === 414 ? PROBLEM_TYPES.payloadTooLarge : PROBLEM_TYPES.validation,
    title: STATUS_TITLES[status] ?? 'Bad Request',
    status,
    detail: status === 414 ? 'A part of the path is too long.' : 'The URL is malformed.',
  });
}

/**
 * Errors of the HTTP parser, before there is a request (headers too large, a malformed request
 * line, a request that took too long): a problem+json answer, then the connection is closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const title = STATUS_TITLES[status] ?? 'Bad Request';
  const id = randomUUID();
  const body = JSON.stringify({
    type:
      status === 431
        ? PROBLEM_TYPES.payloadTooLarge
        : status === 408
          ? PROBLEM_TYPES.requestTimeout
          : PROBLEM_TYPES.validation,
    title,
    status,
    detail:
      status === 431
        ? 'The request line and headers are too large.'
        : status === 408
          ? 'The request did not arrive in time.'
          : 'The request is not valid HTTP.',
    instance: `urn:uuid:${id}`,
  });
  // As Node itself does: write what fits, then close.
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\n` +
        `Content-Type: ${PROBLEM_MEDIA_TYPE}; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\n' +
        `X-Request-Id: ${id}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy();
}
