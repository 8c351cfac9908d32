/**
 * The one place that talks to the portal API. Every call has a timeout and honours the caller's
 * `AbortSignal`; safe calls are retried with backoff; every answer is checked against the same
 * zod schema the server uses, so a widget only ever sees typed, valid data or a typed error.
 *
 * The class has a method for each account and catalogue endpoint, which every page may call; the
 * other endpoints are functions in `calls/` that describe their call and hand it to
 * `PortalClient.call`, so that a page loads only the calls its widgets make (decision 0091).
 */
import type * as z from 'zod/mini';
import type { Locale } from './vocabulary.js';
import {
  HttpError,
  NetworkError,
  SchemaMismatchError,
  TimeoutError,
  type NetworkFailure,
  type PortalError,
} from './errors.js';
import { formatJsonPath } from './json-path.js';
import { readBodyWithLimit } from './read-body.js';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  sleep,
  type RetryPolicy,
} from './retry-policy.js';
import { PROBLEM_MEDIA_TYPE } from './vocabulary.js';
import type { Problem } from './schemas/problem.js';
import type { ServiceCatalogue, ServiceSummary } from './schemas/service.js';
import { yieldToEventLoop } from './yield.js';
import type { CataloguePart } from './rules/catalogue-parts.js';
import {
  ACCOUNT_ENDPOINTS,
  CATALOGUE_ENDPOINTS,
  endpointPath,
  type Endpoint,
} from './endpoints.js';
import { fromCore, loadCoreContract, type CoreContract } from './contract.js';

/** How a portal client is set up. */
export interface PortalClientOptions {
  /** API base URL, such as `https://portal.saarland.example/api/v1/`. */
  baseUrl?: string | URL;
  /**
   * The origin of the portal the citizen's token belongs to (default: the origin the library was
   * loaded from, which serves the API too). The token goes to no other origin.
   */
  portalOrigin?: string;
  /** The citizen's access token, when logged in; sent as a bearer token where it is needed. */
  getAccessToken?: () => string | undefined | Promise<string | undefined>;
  /**
   * The headers that authorize one request (`Authorization`, and a `DPoP` proof for
   * sender-constrained tokens); wins over `getAccessToken`.
   */
  authorize?: (request: {
    method: string;
    url: URL;
  }) => Promise<Record<string, string> | undefined>;
  /** Time limit per attempt, in milliseconds (default 10 s). */
  timeoutMs?: number;
  /** Largest answer accepted, in bytes (default 4 MiB). */
  maxResponseBytes?: number;
  /** Retry tuning. */
  retry?: Partial<RetryPolicy>;
  /** The fetch to use (tests and stories inject one). */
  fetch?: typeof fetch;
  /** Source of randomness for jitter (tests make it predictable). */
  random?: () => number;
}

/** Options every call takes. */
export interface CallOptions {
  /** Cancels the call; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A fetch-shaped way to send a request (the upload transport reports progress). */
export type Transport = (
  url: URL,
  init: { method: string; headers: Headers; body: BodyInit | undefined; signal: AbortSignal },
) => Promise<Response>;

/**
 * One call of an endpoint, as `PortalClient.call` makes it: what the client's methods and the
 * endpoint functions in `calls/` describe.
 */
export interface EndpointCall<T> {
  endpoint: Endpoint;
  /** Values of the path's `{parameters}`. */
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
  /**
   * Loads the part of the contract that checks the answer and picks the schema from it; none for
   * an answer without a body (204).
   */
  schema?: () => Promise<z.ZodMiniType<T>>;
  /** Checks a large answer itself instead (see `checkCatalogue`); wins over `schema`. */
  check?: (json: unknown, url: string) => Promise<T>;
  /**
   * Reads a successful answer itself (an event stream) instead: the time limit then covers the
   * answer's head only, and the call is made once (a stream read in part cannot be repeated;
   * reconnecting is the caller's policy).
   */
  read?: (response: Response, url: string) => Promise<T>;
  /** Marks a POST as safe to repeat. */
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
  /** Sends the request another way than fetch (upload progress); not when `fetch` is injected. */
  transport?: Transport | undefined;
  /** Time limit for this call instead of the client's. */
  timeoutMs?: number;
  /** Answers the body as bytes (a download) instead of checked JSON. */
  binary?: boolean;
  /** The request's cache mode (an event stream: `no-store`). */
  cache?: RequestCache;
}

/** The API base for a library loaded from `moduleUrl`: the portal serves both. */
export function defaultApiBase(moduleUrl: string): URL {
  return new URL('/api/v1/', moduleUrl);
}

const TIMED_OUT = Symbol('timed out');

/** Typed access to the Saar-Portal API: one method per endpoint, named by its id. */
export class PortalClient {
  /** The API base every path is resolved against; always ends with `/`. */
  readonly baseUrl: URL;
  /** The only origin the citizen's token is sent to. */
  readonly portalOrigin: string;
  private readonly options: PortalClientOptions;
  private readonly retryPolicy: RetryPolicy;
  /** Time limit per attempt, in milliseconds. */
  readonly timeoutMs: number;
  private readonly maxResponseBytes: number;

  constructor(options: PortalClientOptions = {}) {
    this.options = options;
    const base = new URL(options.baseUrl ?? defaultApiBase(import.meta.url));
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.baseUrl = base;
    this.portalOrigin = new URL(options.portalOrigin ?? defaultApiBase(import.meta.url)).origin;
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 4 * 1024 * 1024;
  }

  /** Where and how widgets log in: the issuer and this page's client id. */
  getConfig(options: CallOptions = {}) {
    return this.call({
      endpoint: ACCOUNT_ENDPOINTS.getConfig,
      schema: fromCore((c) => c.PortalConfigSchema),
      ...options,
    });
  }

  /** The logged-in citizen's claims. */
  getMe(options: CallOptions = {}) {
    return this.call({
      endpoint: ACCOUNT_ENDPOINTS.getMe,
      schema: fromCore((c) => c.CitizenClaimsSchema),
      ...options,
    });
  }

  /**
   * The same client (base, locale, timeouts, retries, fetch), authorizing its requests with
   * `authorize` instead. Widgets bind the client in scope to the session in scope.
   */
  withAuthorization(authorize: PortalClientOptions['authorize']): PortalClient {
    return new PortalClient({
      ...this.options,
      baseUrl: this.baseUrl,
      authorize,
      getAccessToken: undefined,
    });
  }

  /**
   * The service catalogue, compact (`GET /services`), trimmed for `lang`: names in German and
   * that language, search terms in every language; whole, or one `part` of it (decision 0090).
   * The browser caches it by ETag.
   */
  getCatalogue(options: CallOptions & { lang?: Locale; part?: CataloguePart } = {}) {
    const { lang, part, ...call } = options;
    return this.call({
      endpoint: CATALOGUE_ENDPOINTS.getCatalogue,
      query: { lang, part },
      check: checkCatalogue,
      ...call,
    });
  }

  /** One service with all its text modules. */
  getService(id: string, options: CallOptions = {}) {
    return this.call({
      endpoint: CATALOGUE_ENDPOINTS.getService,
      params: { id },
      schema: fromCore((c) => c.ServiceSchema),
      ...options,
    });
  }

  /** Areas whose name or postcode matches `query`. */
  findAreas(query: string, options: CallOptions & { limit?: number } = {}) {
    const { limit, ...call } = options;
    return this.call({
      endpoint: CATALOGUE_ENDPOINTS.findAreas,
      query: { q: query, limit: limit === undefined ? undefined : String(limit) },
      schema: fromCore((c) => c.AreaListSchema),
      ...call,
    });
  }

  /** One area by its regional key (ARS) or municipality key (AGS). */
  getArea(key: string, options: CallOptions = {}) {
    return this.call({
      endpoint: CATALOGUE_ENDPOINTS.getArea,
      params: { ars: key },
      schema: fromCore((c) => c.AreaSchema),
      ...options,
    });
  }

  /** The authorities responsible for a service in an area. */
  getRoutes(leikaKey: string, ars: string, options: CallOptions = {}) {
    return this.call({
      endpoint: CATALOGUE_ENDPOINTS.getRoutes,
      query: { leikaKey, ars },
      schema: fromCore((c) => c.RouteListSchema),
      ...options,
    });
  }

  /**
   * The address of an endpoint below this client's API base, its `{parameters}` filled in.
   */
  endpointUrl(
    endpoint: Endpoint,
    params?: Record<string, string>,
    query: Record<string, string | undefined> = {},
  ): URL {
    // Endpoint paths start with `/`; they resolve below the base, not at the origin's root.
    const url = new URL(endpointPath(endpoint, params).replace(/^\//, ''), this.baseUrl);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    return url;
  }

  /**
   * Makes one call of an endpoint: authorized as the endpoint's `auth` says, within the time
   * limit, retried when it is safe to repeat, its answer checked against the contract. Each
   * method above and each endpoint function in `calls/` is one such call.
   */
  async call<T>(spec: EndpointCall<T>): Promise<T> {
    const url = this.endpointUrl(spec.endpoint, spec.params, spec.query);
    const repeatable =
      spec.read === undefined &&
      (spec.endpoint.method !== 'POST' || spec.idempotencyKey !== undefined);
    const attempts = repeatable ? this.retryPolicy.retries + 1 : 1;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(url, spec);
      } catch (error) {
        const delay = this.retryDelay(error, attempt, attempts);
        if (delay === undefined) throw error;
        await sleep(delay, spec.signal);
      }
    }
  }

  /** How long to wait before the next attempt, or `undefined` to give up with this error. */
  private retryDelay(error: unknown, attempt: number, attempts: number): number | undefined {
    if (attempt + 1 >= attempts) return undefined;
    const portalError = error as Partial<PortalError>;
    if (!portalError.retryable) return undefined;
    if (error instanceof HttpError && error.retryAfterMs !== undefined) {
      return error.retryAfterMs <= this.retryPolicy.maxRetryAfterMs
        ? error.retryAfterMs
        : undefined;
    }
    return backoffDelay(attempt, this.retryPolicy, this.options.random);
  }

  private async attempt<T>(url: URL, spec: EndpointCall<T>): Promise<T> {
    const controller = new AbortController();
    const onCallerAbort = () => controller.abort(spec.signal?.reason);
    if (spec.signal?.aborted) throw spec.signal.reason;
    spec.signal?.addEventListener('abort', onCallerAbort, { once: true });
    const timeoutMs = spec.timeoutMs ?? this.timeoutMs;
    const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
    // The schemas load while the request is on its way: the core part (problem details) always.
    const core = loadCoreContract();
    const schema = spec.schema?.();
    // Settled later; until then an unobserved rejection must not be reported as unhandled.
    core.catch(() => undefined);
    schema?.catch(() => undefined);
    try {
      const response = await this.send(url, spec, controller.signal);
      if (spec.binary && response.ok) return (await response.blob()) as T;
      if (spec.read && response.ok) {
        clearTimeout(timer);
        return await spec.read(response, url.href);
      }
      const text = await readBodyWithLimit(response, url.href, this.maxResponseBytes);
      if (!response.ok) throw this.httpError(url, response, text, await core);
      if (spec.check !== undefined) return await spec.check(parseJson(url.href, text), url.href);
      if (schema === undefined) return undefined as T;
      return checkJson(url.href, text, await schema);
    } catch (error) {
      if (controller.signal.aborted) {
        if (controller.signal.reason === TIMED_OUT) throw new TimeoutError(url.href, timeoutMs);
        throw spec.signal?.reason ?? error;
      }
      if (error instanceof TypeError) {
        // Only a read is probed: a write whose answer was lost must stay "unreachable", so the
        // citizen is offered to send it again (with its idempotency key). A stream is not: its
        // caller reconnects and would probe on every try.
        const probe = spec.endpoint.method === 'GET' && spec.read === undefined;
        const reason = probe ? await this.whyUnanswered(url) : undefined;
        throw new NetworkError(url.href, error, reason);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  private async send(
    url: URL,
    spec: EndpointCall<unknown>,
    signal: AbortSignal,
  ): Promise<Response> {
    const headers = new Headers(spec.headers);
    if (!headers.has('Accept')) headers.set('Accept', `application/json, ${PROBLEM_MEDIA_TYPE}`);
    const authorization = await this.authorization(spec.endpoint, url);
    for (const [name, value] of Object.entries(authorization)) headers.set(name, value);
    if (spec.idempotencyKey) headers.set('Idempotency-Key', spec.idempotencyKey);
    let body: BodyInit | undefined;
    if (spec.body instanceof FormData) {
      body = spec.body;
    } else if (spec.body !== undefined) {
      body = JSON.stringify(spec.body);
      headers.set('Content-Type', 'application/json');
    }
    const method = spec.endpoint.method;
    // An injected fetch (tests, stories) answers every request, uploads included.
    if (spec.transport && !this.options.fetch) {
      return spec.transport(url, { method, headers, body, signal });
    }
    const fetchImpl = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    // No cookies: the citizen's session travels as a bearer token, so the portal needs none.
    return fetchImpl(url, {
      method,
      headers,
      body,
      signal,
      credentials: 'omit',
      mode: 'cors',
      cache: spec.cache,
    });
  }

  /**
   * Why a request failed without an answer the page could read. A second, opaque request
   * (`no-cors`: no headers, no body to read) tells a portal that refuses this page (it answers;
   * CORS hid the answer) from one that cannot be reached at all.
   */
  private async whyUnanswered(url: URL): Promise<NetworkFailure> {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
    const fetchImpl = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    try {
      const probe = await fetchImpl(url, {
        method: 'GET',
        mode: 'no-cors',
        credentials: 'omit',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await probe.body?.cancel();
      return 'refused';
    } catch {
      return 'unreachable';
    }
  }

  /**
   * The headers that authorize a call, if it gets any: the session's (a DPoP-bound token with a
   * proof for this method and URL, or a bearer token) go only to endpoints that use them, and
   * only to the portal's origin, never to another `api-base`. The one place that authorizes.
   */
  private async authorization(endpoint: Endpoint, url: URL): Promise<Record<string, string>> {
    if (endpoint.auth === 'none' || url.origin !== this.portalOrigin) return {};
    if (this.options.authorize) {
      return (await this.options.authorize({ method: endpoint.method, url })) ?? {};
    }
    const token = await this.options.getAccessToken?.();
    return token ? { Authorization: `Bearer ${token}` } : {};
  }

  private httpError(url: URL, response: Response, text: string, core: CoreContract): HttpError {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const problem = problemFrom(text, core.ProblemSchema);
    return problem === undefined
      ? new HttpError(url.href, response.status, madeUpProblem(response), retryAfterMs, false)
      : new HttpError(url.href, response.status, problem, retryAfterMs);
  }
}

/**
 * `text` parsed as JSON and checked against `schema`: the data (defaults filled in), or a
 * `SchemaMismatchError` naming where it does not fit. Also checks each event of a stream.
 */
export function checkJson<T>(url: string, text: string, schema: z.ZodMiniType<T>): T {
  const result = schema.safeParse(parseJson(url, text));
  if (result.success) return result.data;
  throw mismatch(url, result.error.issues);
}

function parseJson(url: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SchemaMismatchError(url, [{ path: '', message: 'The answer is not JSON' }]);
  }
}

/** The error for an answer that does not fit, its paths below `prefix`. */
function mismatch(
  url: string,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  prefix: PropertyKey[] = [],
): SchemaMismatchError {
  return new SchemaMismatchError(
    url,
    issues.map((issue) => ({
      path: formatJsonPath([...prefix, ...issue.path]),
      message: issue.message,
    })),
  );
}

/** How long the catalogue check runs before it lets the page render and take input. */
const CHECK_SLICE_MS = 8;

/**
 * Checks the catalogue against the contract one service at a time, yielding to the page after
 * every few milliseconds: `ServiceCatalogueSchema` in slices (decision 0090).
 */
async function checkCatalogue(json: unknown, url: string): Promise<ServiceCatalogue> {
  const contract = await loadCoreContract();
  const envelope = contract.ServiceCatalogueEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw mismatch(url, envelope.error.issues);
  const services: ServiceSummary[] = [];
  let sliceStart = performance.now();
  for (const [index, item] of envelope.data.services.entries()) {
    const result = contract.ServiceSummarySchema.safeParse(item);
    if (!result.success) throw mismatch(url, result.error.issues, ['services', index]);
    services.push(result.data);
    if (performance.now() - sliceStart > CHECK_SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return { services, lifeSituations: envelope.data.lifeSituations };
}

/** The problem details of an error answer, if it has any. */
function problemFrom(
  text: string,
  problemSchema: CoreContract['ProblemSchema'],
): Problem | undefined {
  try {
    const parsed = problemSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // An HTML error page from a proxy, or nothing at all.
  }
  return undefined;
}

/** Problem details made from the status, for an error answer that has none. */
function madeUpProblem(response: Response): Problem {
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
}
