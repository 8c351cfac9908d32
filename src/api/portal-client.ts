/**
 * The one place that talks to the portal API. Every call has a timeout and honours the caller's
 * `AbortSignal`; safe calls are retried with backoff; every answer is checked against the same
 * zod schema the server uses, so a widget only ever sees typed, valid data or a typed error.
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
import { fetchWithUploadProgress, type UploadProgress } from './upload-transport.js';
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
import type { DraftInput } from './schemas/draft.js';
import type { ApplicationInput } from './schemas/application.js';
import type { SendDocumentsInput } from './schemas/documents.js';
import type { StatusChange, StatusEvent, StatusValue } from './schemas/status.js';
import { endpointPath, ENDPOINTS, type Endpoint } from './endpoints.js';
import type * as ContractModule from './schemas/index.js';

/** The contract: every schema, loaded on the first call (see `loadContract`). */
type Contract = typeof ContractModule;

let contract: Promise<Contract> | undefined;

/**
 * Loads the schemas (and zod with them) once per page. They arrive while the first request is
 * on its way, so a widget renders its first state without waiting for them, and every answer is
 * still checked before a widget sees it. See docs/decisions/0005-contract-chunk.md.
 */
function loadContract(): Promise<Contract> {
  contract ??= import('./schemas/index.js').catch((error: unknown) => {
    contract = undefined;
    throw error;
  });
  return contract;
}

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

/** Options every call takes. */
export interface CallOptions {
  /** Cancels the call; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

interface RequestSpec<T> {
  endpoint: Endpoint;
  /** Values of the path's `{parameters}`. */
  params?: Record<string, string>;
  /** Picks the schema that checks the answer; none for answers without a body (204). */
  schema?: (contract: Contract) => z.ZodMiniType<T>;
  /** Checks a large answer in slices instead (see `checkCatalogue`); wins over `schema`. */
  check?: (contract: Contract, json: unknown, url: string) => Promise<T>;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
  /** Marks a POST as safe to repeat. */
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
  /** Reports upload progress (a file upload); the time limit then grows with the file. */
  onUploadProgress?: UploadProgress | undefined;
  /** Time limit for this call instead of the client's. */
  timeoutMs?: number;
  /** Answers the body as bytes (a download) instead of checked JSON. */
  binary?: boolean;
}

/** How to send documents (`sendDocuments`). */
export interface SendDocumentsOptions extends CallOptions {
  /** The access code, unless the session's citizen owns the application. */
  accessCode?: string | undefined;
  /**
   * Makes the call safe to repeat: keep one key per answer the citizen sends (a random UUID)
   * and pass it again when they try again, so a lost answer never becomes a second delivery.
   * Default: a new key per call, which covers this call's own retries.
   */
  idempotencyKey?: string;
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
  private readonly timeoutMs: number;
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
    return this.request({
      endpoint: ENDPOINTS.getConfig,
      schema: (c) => c.PortalConfigSchema,
      ...options,
    });
  }

  /** The logged-in citizen's claims. */
  getMe(options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.getMe,
      schema: (c) => c.CitizenClaimsSchema,
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
    return this.request({
      endpoint: ENDPOINTS.getCatalogue,
      query: { lang, part },
      check: checkCatalogue,
      ...call,
    });
  }

  /** One service with all its text modules. */
  getService(id: string, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.getService,
      params: { id },
      schema: (c) => c.ServiceSchema,
      ...options,
    });
  }

  /** Areas whose name or postcode matches `query`. */
  findAreas(query: string, options: CallOptions & { limit?: number } = {}) {
    const { limit, ...call } = options;
    return this.request({
      endpoint: ENDPOINTS.findAreas,
      query: { q: query, limit: limit === undefined ? undefined : String(limit) },
      schema: (c) => c.AreaListSchema,
      ...call,
    });
  }

  /** One area by its regional key (ARS) or municipality key (AGS). */
  getArea(key: string, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.getArea,
      params: { ars: key },
      schema: (c) => c.AreaSchema,
      ...options,
    });
  }

  /** The authorities responsible for a service in an area. */
  getRoutes(leikaKey: string, ars: string, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.getRoutes,
      query: { leikaKey, ars },
      schema: (c) => c.RouteListSchema,
      ...options,
    });
  }

  /** The form definition of a service that has a portal form. */
  getForm(serviceId: string, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.getForm,
      params: { serviceId },
      schema: (c) => c.FormDefinitionSchema,
      ...options,
    });
  }

  /** Saves a new draft; the answer carries the resume token. */
  createDraft(input: DraftInput, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.createDraft,
      body: input,
      schema: (c) => c.DraftSchema,
      ...options,
    });
  }

  /** Opens a draft by its resume token. */
  getDraft(resumeToken: string, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.getDraft,
      params: { token: resumeToken },
      schema: (c) => c.DraftSchema,
      ...options,
    });
  }

  /** Replaces a draft's answers; safe to repeat, so it is retried like a GET. */
  updateDraft(resumeToken: string, input: DraftInput, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.updateDraft,
      params: { token: resumeToken },
      body: input,
      schema: (c) => c.DraftSchema,
      ...options,
    });
  }

  /** Deletes a draft; safe to repeat (a second delete answers 404). */
  deleteDraft(resumeToken: string, options: CallOptions = {}): Promise<undefined> {
    return this.request<undefined>({
      endpoint: ENDPOINTS.deleteDraft,
      params: { token: resumeToken },
      ...options,
    });
  }

  /** The logged-in citizen's drafts. */
  listMyDrafts(options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.listMyDrafts,
      schema: (c) => c.DraftListSchema,
      ...options,
    });
  }

  /** Uploads a file for an application; the answer is the reference to put in the answers. */
  uploadAttachment(
    file: Blob,
    filename: string,
    options: CallOptions & { onProgress?: UploadProgress } = {},
  ) {
    const { onProgress, ...call } = options;
    const form = new FormData();
    form.append('file', file, filename);
    return this.request({
      endpoint: ENDPOINTS.uploadAttachment,
      body: form,
      schema: (c) => c.AttachmentRefSchema,
      onUploadProgress: onProgress,
      // A scan on a slow line takes a while: at least 10 kB/s before we give up.
      timeoutMs: Math.max(this.timeoutMs, (file.size / 10_000) * 1000),
      ...call,
    });
  }

  /**
   * Submits an application. The idempotency key makes it safe to retry: the portal creates one
   * application per key, so a lost answer never becomes a second application.
   */
  submitApplication(input: ApplicationInput, idempotencyKey: string, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.submitApplication,
      body: input,
      idempotencyKey,
      schema: (c) => c.ApplicationReceiptSchema,
      ...options,
    });
  }

  /**
   * Sends the documents the authority asked for (`ACTION_REQUIRED`): files uploaded before with
   * `uploadAttachment` (their `attachmentId`s) and an optional message. The answer is the
   * application after it: status `PROCESSING`, its newest event naming what was sent (decision
   * 0057). A 409 (`not-awaiting-documents`) means the application no longer waits for documents.
   */
  sendDocuments(reference: string, input: SendDocumentsInput, options: SendDocumentsOptions = {}) {
    const { accessCode, idempotencyKey = crypto.randomUUID(), ...call } = options;
    return this.request({
      endpoint: ENDPOINTS.sendDocuments,
      params: { reference },
      headers: accessCode ? { 'X-Access-Code': accessCode } : {},
      body: input,
      idempotencyKey,
      schema: (c) => c.ApplicationSchema,
      ...call,
    });
  }

  /** An application, opened with its access code (or the session of its owner). */
  getApplication(reference: string, accessCode?: string, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.getApplication,
      params: { reference },
      headers: accessCode ? { 'X-Access-Code': accessCode } : {},
      schema: (c) => c.ApplicationSchema,
      ...options,
    });
  }

  /** The status history of an application. */
  getStatusEvents(reference: string, accessCode?: string, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.getStatusEvents,
      params: { reference },
      headers: accessCode ? { 'X-Access-Code': accessCode } : {},
      schema: (c) => c.StatusEventListSchema,
      ...options,
    });
  }

  /**
   * The URL of an application's live status stream (Server-Sent Events), for `EventSource`,
   * which cannot send headers: the access code travels in the query (decision 0035).
   */
  statusStreamUrl(reference: string, accessCode: string): URL {
    const url = this.urlFor(endpointPath(ENDPOINTS.statusStreamUrl, { reference }));
    url.searchParams.set('code', accessCode);
    return url;
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
  async streamStatusEvents(
    reference: string,
    options: StatusStreamOptions,
  ): Promise<'final' | 'closed'> {
    const endpoint = ENDPOINTS.statusStreamUrl;
    const url = this.urlFor(endpointPath(endpoint, { reference }));
    const schemas = loadContract();
    schemas.catch(() => undefined);
    const { readEventStream } = await import('./event-stream.js');
    const headers = new Headers({ Accept: 'text/event-stream' });
    if (options.accessCode) headers.set('X-Access-Code', options.accessCode);
    if (options.lastEventId) headers.set('Last-Event-ID', options.lastEventId);
    for (const [name, value] of Object.entries(await this.authorization(endpoint, url)))
      headers.set(name, value);
    const controller = new AbortController();
    const onCallerAbort = () => controller.abort(options.signal?.reason);
    if (options.signal?.aborted) throw options.signal.reason;
    options.signal?.addEventListener('abort', onCallerAbort, { once: true });
    // The time limit covers the answer's head; the stream itself is watched for silence.
    const timer = setTimeout(() => controller.abort(TIMED_OUT), this.timeoutMs);
    try {
      const fetchImpl = this.options.fetch ?? globalThis.fetch.bind(globalThis);
      const response = await fetchImpl(url, {
        headers,
        signal: controller.signal,
        credentials: 'omit',
        mode: 'cors',
        cache: 'no-store',
      });
      clearTimeout(timer);
      const loaded = await schemas;
      if (response.status === 204) return 'final';
      if (!response.ok) {
        const text = await readBodyWithLimit(response, url.href, this.maxResponseBytes);
        throw this.httpError(url, response, text, loaded);
      }
      options.onOpen?.();
      await readEventStream(response, url.href, {
        idleMs: options.idleMs ?? 45_000,
        maxEventLength: 64 * 1024,
        onMessage: (message) =>
          options.onEvent(this.parse(url, message.data, loaded.StatusEventSchema)),
      });
      return 'closed';
    } catch (error) {
      if (controller.signal.aborted) {
        if (controller.signal.reason === TIMED_OUT)
          throw new TimeoutError(url.href, this.timeoutMs);
        throw options.signal?.reason ?? error;
      }
      if (error instanceof TypeError) throw new NetworkError(url.href, error);
      throw error;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  /** The logged-in citizen's applications. */
  listMyApplications(options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.listMyApplications,
      schema: (c) => c.ApplicationListSchema,
      ...options,
    });
  }

  /** Applications to process (caseworkers), newest first, optionally in one status. */
  listApplicationsToProcess(options: CallOptions & { status?: StatusValue; limit?: number } = {}) {
    const { status, limit, ...call } = options;
    return this.request({
      endpoint: ENDPOINTS.listApplicationsToProcess,
      query: { status, limit: limit === undefined ? undefined : String(limit) },
      schema: (c) => c.CaseworkerApplicationListSchema,
      ...call,
    });
  }

  /** Records a caseworker's status change; the answer is the application after it. */
  changeApplicationStatus(reference: string, change: StatusChange, options: CallOptions = {}) {
    return this.request({
      endpoint: ENDPOINTS.changeApplicationStatus,
      params: { reference },
      body: change,
      schema: (c) => c.CaseworkerApplicationSchema,
      ...options,
    });
  }

  /** A file of an application (caseworkers), as bytes; its name is in the application's list. */
  downloadApplicationFile(
    reference: string,
    attachmentId: string,
    options: CallOptions = {},
  ): Promise<Blob> {
    return this.request<Blob>({
      endpoint: ENDPOINTS.downloadApplicationFile,
      params: { reference, attachmentId },
      binary: true,
      ...options,
    });
  }

  private async request<T>(spec: RequestSpec<T>): Promise<T> {
    const url = this.urlFor(endpointPath(spec.endpoint, spec.params), spec.query);
    const repeatable = spec.endpoint.method !== 'POST' || spec.idempotencyKey !== undefined;
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

  private async attempt<T>(url: URL, spec: RequestSpec<T>): Promise<T> {
    const controller = new AbortController();
    const onCallerAbort = () => controller.abort(spec.signal?.reason);
    if (spec.signal?.aborted) throw spec.signal.reason;
    spec.signal?.addEventListener('abort', onCallerAbort, { once: true });
    const timeoutMs = spec.timeoutMs ?? this.timeoutMs;
    const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
    const schemas = loadContract();
    // Settled later; until then an unobserved rejection must not be reported as unhandled.
    schemas.catch(() => undefined);
    try {
      const response = await this.send(url, spec, controller.signal);
      if (spec.binary && response.ok) return (await response.blob()) as T;
      const text = await readBodyWithLimit(response, url.href, this.maxResponseBytes);
      const loaded = await schemas;
      if (!response.ok) throw this.httpError(url, response, text, loaded);
      if (spec.check !== undefined) return await spec.check(loaded, parseJson(url, text), url.href);
      if (spec.schema === undefined) return undefined as T;
      return this.parse(url, text, spec.schema(loaded));
    } catch (error) {
      if (controller.signal.aborted) {
        if (controller.signal.reason === TIMED_OUT) throw new TimeoutError(url.href, timeoutMs);
        throw spec.signal?.reason ?? error;
      }
      if (error instanceof TypeError) {
        // Only a read is probed: a write whose answer was lost must stay "unreachable", so the
        // citizen is offered to send it again (with its idempotency key).
        const reason = spec.endpoint.method === 'GET' ? await this.whyUnanswered(url) : undefined;
        throw new NetworkError(url.href, error, reason);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  private async send(url: URL, spec: RequestSpec<unknown>, signal: AbortSignal): Promise<Response> {
    const headers = new Headers(spec.headers);
    headers.set('Accept', `application/json, ${PROBLEM_MEDIA_TYPE}`);
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
    if (spec.onUploadProgress && body instanceof FormData && !this.options.fetch) {
      const method = spec.endpoint.method;
      return fetchWithUploadProgress(url, { method, headers, body, signal }, spec.onUploadProgress);
    }
    const fetchImpl = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    // No cookies: the citizen's session travels as a bearer token, so the portal needs none.
    return fetchImpl(url, {
      method: spec.endpoint.method,
      headers,
      body,
      signal,
      credentials: 'omit',
      mode: 'cors',
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

  private urlFor(path: string, query: Record<string, string | undefined> = {}): URL {
    // Endpoint paths start with `/`; they resolve below the base, not at the origin's root.
    const url = new URL(path.replace(/^\//, ''), this.baseUrl);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    return url;
  }

  private httpError(url: URL, response: Response, text: string, loaded: Contract): HttpError {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const problem = problemFrom(text, loaded.ProblemSchema);
    return problem === undefined
      ? new HttpError(url.href, response.status, madeUpProblem(response), retryAfterMs, false)
      : new HttpError(url.href, response.status, problem, retryAfterMs);
  }

  private parse<T>(url: URL, text: string, schema: z.ZodMiniType<T>): T {
    const result = schema.safeParse(parseJson(url, text));
    if (result.success) return result.data;
    throw mismatch(url.href, result.error.issues);
  }
}

function parseJson(url: URL, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SchemaMismatchError(url.href, [{ path: '', message: 'The answer is not JSON' }]);
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
async function checkCatalogue(
  contract: Contract,
  json: unknown,
  url: string,
): Promise<ServiceCatalogue> {
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
function problemFrom(text: string, problemSchema: Contract['ProblemSchema']): Problem | undefined {
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
