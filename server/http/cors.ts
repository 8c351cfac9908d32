/**
 * Who may call the API from a web page (CORS). Public, anonymous reads (catalogue, service texts,
 * areas, routes, form definitions, the login configuration) are answered to any origin, without
 * credentials: a town's page works without asking the portal first. Everything else (what a
 * citizen's or caseworker's token authorizes, and every write) only to the origins the portal
 * lists. Widget files under `/cdn/` are public too.
 */
import type { FastifyCorsOptions } from '@fastify/cors';
import type { FastifyRequest } from 'fastify';
import { ENDPOINTS } from '../../src/api/endpoints.js';
import { API_PREFIX } from '../routes/prefix.js';

/** Request headers the widgets send. */
const ALLOWED_HEADERS = [
  'Authorization',
  'DPoP',
  'Content-Type',
  'Idempotency-Key',
  'X-Access-Code',
  'If-None-Match',
  'Last-Event-ID',
];

/** Response headers the widgets read. */
const EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Idempotent-Replayed',
  'X-Request-Id',
  'WWW-Authenticate',
  'DPoP-Nonce',
];

/** The options `@fastify/cors` takes for one request. */
export type CorsPolicy = FastifyCorsOptions;

/** Paths (below the API prefix) of the GET endpoints anyone may call, as patterns. */
const PUBLIC_READS: readonly RegExp[] = Object.values(ENDPOINTS)
  .filter((endpoint) => endpoint.method === 'GET' && endpoint.auth === 'none')
  .map(
    (endpoint) =>
      new RegExp(`^${API_PREFIX}${endpoint.path.replace(/\{\w+\}/g, '[^/]+')}/?(?:\\?.*)?$`),
  );

/**
 * Whether a request is a public, anonymous read: a GET or HEAD (or the preflight of one) of an
 * endpoint whose `auth` is `none`, carrying no credentials.
 */
export function isPublicRead(request: FastifyRequest): boolean {
  const method =
    request.method === 'OPTIONS'
      ? String(request.headers['access-control-request-method'] ?? '').toUpperCase()
      : request.method;
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (request.headers.authorization !== undefined || request.headers.dpop !== undefined) {
    return false;
  }
  const url = request.url ?? '';
  return PUBLIC_READS.some((pattern) => pattern.test(url));
}

/** Builds the per-request CORS policy for the portal's listed origins. */
export function corsPolicies(listedOrigins: readonly string[]) {
  const listed: CorsPolicy = {
    origin: [...listedOrigins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    strictPreflight: false,
  };
  const anyone: CorsPolicy = {
    origin: '*',
    methods: ['GET', 'HEAD'],
    allowedHeaders: ['If-None-Match'],
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    strictPreflight: false,
  };
  const files: CorsPolicy = { origin: '*', methods: ['GET', 'HEAD'] };
  return (request: FastifyRequest): CorsPolicy => {
    if (request.url?.startsWith('/cdn/') === true) return files;
    return isPublicRead(request) ? anyone : listed;
  };
}
