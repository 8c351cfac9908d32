/**
 * The reference portal server: the API under `/api/v1`, the local citizen account under `/idp`
 * (when configured), the caseworker page under `/caseworker/` and the widget files under `/cdn/`.
 *
 * `buildApp` wires the parts and answers a ready Fastify instance; `server/main.ts` listens.
 */
import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest, type RouteOptions } from 'fastify';
import { createAccessTokenVerifier } from './auth/verify-access-token.js';
import type { ServerConfig } from './config.js';
import { CatalogueCache } from './http/catalogue-cache.js';
import { loadOrCreateSecret } from './domain/secrets.js';
import { StatusEventBus } from './domain/status-bus.js';
import { createAuthenticator, type BearerTokenVerifier } from './http/authenticate.js';
import { corsPolicies } from './http/cors.js';
import { installProblemHandlers } from './http/error-handler.js';
import { HttpProblem, PROBLEM_TYPES } from './http/problem.js';
import { CITIZEN_SCOPES, clientIdForOrigin, registerIdentityProvider } from './idp/index.js';
import { EventStreams } from './http/sse.js';
import {
  clientErrorHandler,
  installBodyDeadline,
  routerErrorHandler,
} from './http/transport-limits.js';
import { DEFAULT_LIMITS, type ApiContext, type ApiLimits } from './routes/context.js';
import { API_PREFIX, registerApiRoutes } from './routes/index.js';
import { buildCatalogueSeed, type SeedSource } from './store/catalogue-seed.js';
import { loadDefaultSeed } from './store/default-seed.js';
import type { PortalStore } from './store/portal-store.js';
import { PostgresStore } from './store/postgres/index.js';
import { SqliteStore } from './store/sqlite/index.js';
import { postgresProviderStorage } from './idp/postgres-adapter.js';
import { registerStaticFiles } from './static-files.js';
import type { Service } from '../src/api/schemas/index.js';

/** Options for tests, the benchmark and special deployments. */
export interface BuildAppOptions {
  /** Access-token verifier (default: the one for `config.oidcIssuer`). Tests inject a fake. */
  verifier?: BearerTokenVerifier;
  /** Seed data (default: `server/seed/`). */
  seed?: SeedSource<Service> | (() => SeedSource<Service>);
  /** Store (default: SQLite in `config.dataDir`). The app closes it on close. */
  store?: PortalStore;
  /** Overrides of the API limits. */
  limits?: Partial<ApiLimits>;
  /** Whether to mount the local identity provider (default: when `config.localIdp`). */
  identityProvider?: boolean;
  /** The clock (default: the system's). */
  now?: () => Date;
  /** `false` silences the log (tests). */
  logger?: boolean;
  /** Where the log goes (default: stdout); tests read it to check that nothing personal is logged. */
  logStream?: { write(line: string): void };
  /** Called for every route registered (tests compare them with the endpoint definitions). */
  onRoute?: (route: RouteOptions) => void;
}

/** Milliseconds a client waits before reconnecting a status stream (the stream's `retry:`). */
export const SSE_RETRY_MS = 3000;

/** How often expired drafts, uploads and idempotency keys are removed. */
const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** What the log shows of a request: method and route pattern, never the path's tokens or the query. */
function requestForLog(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    // The pattern (`/api/v1/drafts/:token`) instead of the URL, which may hold a resume token,
    // a reference or, on event streams, an access code.
    route: request.routeOptions?.url ?? '(no route)',
  };
}

function origin(url: string): string {
  return new URL(url).origin;
}

/** Registers CORS, security headers, rate limiting and request ids. */
async function registerSecurity(app: FastifyInstance, config: ServerConfig, limits: ApiLimits) {
  const listedOrigins = new Set([origin(config.portalOrigin), ...config.townOrigins.map(origin)]);
  const policyFor = corsPolicies([...listedOrigins]);
  await app.register(cors, {
    // Widget files and public reads: any site. Calls with a token, and writes: listed towns only.
    delegator: (request, callback) => callback(null, policyFor(request)),
  });

  const issuerOrigin = origin(config.oidcIssuer);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        connectSrc: [
          "'self'",
          ...(issuerOrigin === origin(config.portalOrigin) ? [] : [issuerOrigin]),
        ],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    // HSTS only means something over https.
    strictTransportSecurity: config.portalOrigin.startsWith('https:')
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });

  await app.register(rateLimit, {
    global: true,
    max: limits.requestsPerMinute,
    timeWindow: 60_000,
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem({
        type: PROBLEM_TYPES.rateLimited,
        title: 'Too Many Requests',
        status: 429,
        detail: `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
      }),
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}

/** Builds the portal server for `config`; the caller listens and closes it. */
export async function buildApp(
  config: ServerConfig,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            ...(options.logStream === undefined ? {} : { stream: options.logStream }),
            serializers: {
              req: requestForLog,
              res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
            },
          },
    bodyLimit: limits.jsonBodyBytes,
    // Path parameters reach their schemas (a 400 naming the parameter) up to this length.
    routerOptions: { maxParamLength: 300 },
    genReqId: () => randomUUID(),
    // Errors before a route is found answer as problem details too.
    frameworkErrors: routerErrorHandler,
    clientErrorHandler,
    // A backstop behind the body deadline: the longest a 10 MB upload may take at the minimum rate.
    requestTimeout:
      limits.requestTimeoutMs +
      Math.ceil(limits.attachmentBytes / limits.minUploadBytesPerSecond) * 1000,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
  });

  // Request line and headers must be in within the grace period (slowloris).
  app.server.headersTimeout = Math.min(limits.requestTimeoutMs, 20_000);
  if (options.onRoute !== undefined) app.addHook('onRoute', options.onRoute);
  const store: PortalStore =
    options.store ??
    (config.databaseUrl === undefined
      ? SqliteStore.open(config.dataDir)
      : await PostgresStore.open(config.databaseUrl));
  app.addHook('onClose', async () => store.close());
  const seed =
    typeof options.seed === 'function' ? options.seed() : (options.seed ?? loadDefaultSeed());
  const seeded = await store.catalogue.seed(buildCatalogueSeed(seed));
  const catalogue = await CatalogueCache.build(store.catalogue);
  app.log.info(
    { seeded: seeded.seeded, services: catalogue.serviceCount, bytes: catalogue.sizes() },
    'catalogue ready',
  );

  await registerSecurity(app, config, limits);
  installBodyDeadline(app, {
    graceMs: limits.requestTimeoutMs,
    minBytesPerSecond: limits.minUploadBytesPerSecond,
  });
  installProblemHandlers(app);

  const verifier = options.verifier ?? createAccessTokenVerifier(config);
  const streams = new EventStreams({
    total: limits.maxStatusStreams,
    perClient: limits.maxStatusStreamsPerClient,
    perTopic: limits.maxStatusStreamsPerApplication,
    heartbeatMs: limits.heartbeatMs,
    retryMs: SSE_RETRY_MS,
    maxBufferedBytes: 256 * 1024,
  });
  // Streams never end by themselves; close them before the server waits for idle connections.
  app.addHook('preClose', async () => streams.closeAll());
  const bus = new StatusEventBus();
  // A shared store tells every instance about every change (its LISTEN connection feeds the bus);
  // a store of one process leaves it to the routes to announce their own.
  const sharedFeed = store.listenStatusEvents !== undefined;
  if (store.listenStatusEvents !== undefined) {
    await store.listenStatusEvents(
      (event) => bus.publish(event),
      (error) => app.log.error({ err: error }, 'status listener failed'),
    );
  }
  const ctx: ApiContext = {
    config,
    store,
    auth: createAuthenticator(verifier, {
      caseworkerClientIds: config.caseworkerClientIds,
      portalOrigin: config.portalOrigin,
      requireBoundTokens: config.requireBoundTokens,
      proofIds: store.proofIds,
    }),
    bus,
    statusChanged: sharedFeed ? () => undefined : (event) => bus.publish(event),
    catalogue,
    streams,
    accessCodePepper: loadOrCreateSecret(
      config.dataDir,
      'access-code-pepper',
      process.env.ACCESS_CODE_PEPPER,
    ),
    draftTtlDays: limits.draftTtlDays,
    limits,
    login: {
      clientIdForOrigin: (requestOrigin) => clientIdForOrigin(requestOrigin, config),
      scopes: CITIZEN_SCOPES,
    },
    now: options.now ?? (() => new Date()),
  };

  await app.register(
    async (scope) => {
      // JSON (and multipart for uploads) only: a text/plain body is refused with 415.
      scope.removeContentTypeParser('text/plain');
      await scope.register(multipart, {
        limits: { fileSize: limits.attachmentBytes, files: 2 },
      });
      await registerApiRoutes(scope, ctx);
    },
    { prefix: API_PREFIX },
  );

  if (options.identityProvider ?? config.localIdp) {
    await registerIdentityProvider(
      app,
      config,
      store instanceof PostgresStore ? postgresProviderStorage(store.pool) : undefined,
    );
  }
  await registerStaticFiles(app, config);

  const purge = async () => {
    await store.purgeExpired(ctx.now().toISOString());
  };
  // What a crash left (partial uploads, bytes without a record), then what has expired.
  const swept = await store.sweepOrphans();
  if (swept > 0) app.log.warn({ files: swept }, 'removed upload files a crash left behind');
  await purge();
  const timer = setInterval(() => {
    purge().catch((error: unknown) => app.log.error({ err: error }, 'purge failed'));
  }, PURGE_INTERVAL_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  return app;
}
