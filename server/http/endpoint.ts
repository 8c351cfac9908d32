/**
 * One definition per endpoint: its identity from `src/api/endpoints.ts` (method, path, who may
 * call), plus what only the server knows: the schemas of its parameters, query, headers and body,
 * its success answer, every other status it answers, its cache policy, its rate limit and its
 * handler. The route table, the OpenAPI document and the client-coverage test derive from these
 * definitions; nothing restates them.
 *
 * A handler gets its input parsed and its caller authenticated; it answers a value that is
 * checked against the response schema, or the reply it sent itself (streams, precompressed
 * bodies).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod/mini';
import { ENDPOINTS, type Endpoint, type EndpointId } from '../../src/api/endpoints.js';
import type { AuthenticatedUser } from '../auth/user.js';
import type { ApiContext } from '../routes/context.js';
import { PUBLIC_CACHE_CONTROL, sendCacheableJson } from './caching.js';
import { parseRequest, serialize } from './validation.js';

/** How an answer may be cached. */
export type CachePolicy =
  /** Catalogue data: strong ETag, 304, public for 5 minutes, stale while revalidating. */
  | 'public'
  /** Per browser (it varies by `Origin`), 5 minutes. */
  | 'private'
  /** Personal data: never. */
  | 'no-store';

const CACHE_CONTROL: Readonly<Record<CachePolicy, string>> = {
  public: PUBLIC_CACHE_CONTROL,
  private: 'private, max-age=300',
  'no-store': 'no-store',
};

/** A request header an endpoint reads: what it means, and how it is read (may throw a problem). */
export interface HeaderSpec<T = string | undefined> {
  description: string;
  required?: boolean;
  read?: (value: string | string[] | undefined) => T;
}

type Schema = z.ZodMiniType;
type Parsed<S> = S extends Schema ? z.output<S> : undefined;
type HeaderValues<H> = { [K in keyof H]: H[K] extends HeaderSpec<infer T> ? T : never };

/**
 * The caller as the endpoint's `auth` lets it be: always there for citizen routes, with an
 * authority for caseworker routes.
 */
export type CallerOf<Id extends EndpointId> = (typeof ENDPOINTS)[Id]['auth'] extends 'caseworker'
  ? AuthenticatedUser & { authority: string }
  : (typeof ENDPOINTS)[Id]['auth'] extends 'citizen'
    ? AuthenticatedUser
    : AuthenticatedUser | undefined;

/** What a handler gets: parsed input and the caller. */
export interface EndpointInput<Id extends EndpointId, P, Q, B, H> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  headers: HeaderValues<H>;
  user: CallerOf<Id>;
}

/** An endpoint as its module writes it. */
export interface EndpointSpec<
  Id extends EndpointId,
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | 'multipart' | undefined,
  H extends Record<string, HeaderSpec<unknown>>,
  R extends Schema | undefined,
> {
  id: Id;
  summary: string;
  /** Path parameters (an object schema; every `{name}` of the path). */
  params?: P;
  /** Query parameters (an object schema). */
  query?: Q;
  /** Request headers the endpoint reads, read before anything else. */
  headers?: H;
  /** JSON body schema, or `multipart` for uploads (the handler reads the parts). */
  body?: B;
  /** Status of success. */
  status: number;
  /** Success body schema (none for answers without a body). */
  response?: R;
  /** Media type of the success body when it is not JSON. */
  mediaType?: string;
  /**
   * Every other status the endpoint itself answers, with what it means (404, 409, 422, a 200
   * replay, a 204 end of stream …). Statuses every endpoint of its kind may answer (400 for bad
   * input, 401 for a bad token, 429, 500, …) are added by `answeredStatuses`.
   */
  answers?: Readonly<Record<number, string>>;
  cache: CachePolicy;
  /** `writes`: the stricter limit of submissions and uploads. */
  rateLimit?: 'writes';
  handler(
    input: EndpointInput<Id, P, Q, B extends 'multipart' ? undefined : B, H>,
    ctx: ApiContext,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<(R extends Schema ? z.input<R> : never) | FastifyReply>;
}

/** An endpoint definition, as the route table, the OpenAPI generator and the tests see it. */
export interface EndpointDefinition {
  id: EndpointId;
  endpoint: Endpoint;
  summary: string;
  params: Schema | undefined;
  query: Schema | undefined;
  headers: Readonly<Record<string, HeaderSpec<unknown>>>;
  body: Schema | 'multipart' | undefined;
  status: number;
  response: Schema | undefined;
  mediaType: string;
  answers: Readonly<Record<number, string>>;
  cache: CachePolicy;
  rateLimit: 'writes' | undefined;
  /** Runs the endpoint for one request. */
  run(ctx: ApiContext, request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}

/** Defines an endpoint: types its handler's input from its schemas and its id's `auth`. */
export function defineEndpoint<
  Id extends EndpointId,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | 'multipart' | undefined = undefined,
  H extends Record<string, HeaderSpec<unknown>> = Record<never, never>,
  R extends Schema | undefined = undefined,
>(spec: EndpointSpec<Id, P, Q, B, H, R>): EndpointDefinition {
  const endpoint: Endpoint = ENDPOINTS[spec.id];
  const headers = (spec.headers ?? {}) as Readonly<Record<string, HeaderSpec<unknown>>>;
  const definition: EndpointDefinition = {
    id: spec.id,
    endpoint,
    summary: spec.summary,
    params: spec.params,
    query: spec.query,
    headers,
    body: spec.body,
    status: spec.status,
    response: spec.response,
    mediaType: spec.mediaType ?? 'application/json',
    answers: spec.answers ?? {},
    cache: spec.cache,
    rateLimit: spec.rateLimit,
    async run(ctx, request, reply) {
      // Who first (a route for citizens answers 401 before it says what is wrong with the input),
      // then headers, path, query and body, then an optional caller.
      let user: AuthenticatedUser | undefined;
      if (endpoint.auth === 'citizen') user = await ctx.auth.required(request);
      if (endpoint.auth === 'caseworker') user = await ctx.auth.caseworker(request);
      const headerValues: Record<string, unknown> = {};
      for (const [name, header] of Object.entries(headers)) {
        const raw = request.headers[name.toLowerCase()];
        headerValues[name] = header.read === undefined ? raw : header.read(raw);
      }
      const params = spec.params && parseRequest(spec.params, request.params, 'params');
      const query = spec.query && parseRequest(spec.query, request.query, 'query');
      const body =
        spec.body === undefined || spec.body === 'multipart'
          ? undefined
          : parseRequest(spec.body, request.body, 'body');
      if (endpoint.auth === 'optional') user = await ctx.auth.optional(request);

      reply.code(spec.status).header('cache-control', CACHE_CONTROL[spec.cache]);
      const input = { params, query, body, headers: headerValues, user } as EndpointInput<
        Id,
        P,
        Q,
        B extends 'multipart' ? undefined : B,
        H
      >;
      const result = await spec.handler(input, ctx, request, reply);
      if (result === reply || reply.sent) return reply;
      if (spec.response === undefined) return reply.send();
      const value = serialize(spec.response, result as z.input<Schema>);
      if (spec.cache === 'public') return sendCacheableJson(request, reply, JSON.stringify(value));
      return reply.send(value);
    },
  };
  return definition;
}

/** The Fastify URL of an endpoint path (`/services/{id}` → `/services/:id`). */
export function fastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Registers endpoint definitions on `app` (inside the scope prefixed with the API base). */
export function registerEndpoints(
  app: FastifyInstance,
  ctx: ApiContext,
  definitions: readonly EndpointDefinition[],
): void {
  for (const definition of definitions) {
    app.route({
      method: definition.endpoint.method,
      url: fastifyPath(definition.endpoint.path),
      ...(definition.rateLimit === 'writes'
        ? { config: { rateLimit: { max: ctx.limits.writesPerMinute, timeWindow: 60_000 } } }
        : {}),
      handler: (request, reply) => definition.run(ctx, request, reply),
    });
  }
}

/**
 * Every status an endpoint answers, with what it means: success, its own, and those that come
 * with its kind (input to validate, a token to check, a body to parse, limits).
 */
export function answeredStatuses(definition: EndpointDefinition): Map<number, string> {
  const statuses = new Map<number, string>([[definition.status, 'Success']]);
  const { auth } = definition.endpoint;
  if (definition.params || definition.query || definition.body) {
    statuses.set(400, 'Invalid request: see invalidParams');
  }
  if (auth !== 'none') statuses.set(401, 'No valid bearer token (or an invalid one was sent)');
  if (auth === 'caseworker') statuses.set(403, 'Not a caseworker');
  if (definition.cache === 'public') statuses.set(304, 'Not modified (If-None-Match)');
  if (definition.body !== undefined) {
    statuses.set(413, 'Body too large');
    statuses.set(415, 'Unsupported media type');
    statuses.set(408, 'The body did not arrive in time');
  }
  statuses.set(429, 'Rate limit reached: see Retry-After');
  statuses.set(500, 'Server error');
  if (auth !== 'none') statuses.set(503, 'The token issuer cannot be reached');
  for (const [status, text] of Object.entries(definition.answers))
    statuses.set(Number(status), text);
  return new Map([...statuses].sort(([a], [b]) => a - b));
}
