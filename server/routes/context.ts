/** What every endpoint of the API gets from `buildApp`. */
import type { ServerConfig } from '../config.js';
import type { CatalogueCache } from '../http/catalogue-cache.js';
import type { DomainContext } from '../domain/context.js';
import type { StatusEventBus } from '../domain/status-bus.js';
import type { StatusEvent } from '../../src/api/schemas/index.js';
import type { Authenticator } from '../http/authenticate.js';
import type { EventStreams } from '../http/sse.js';
import type { LoginOptions } from './session.js';

/** Limits the API enforces; `buildApp` takes overrides (tests, the benchmark). */
export interface ApiLimits {
  /** Largest JSON body in bytes. */
  jsonBodyBytes: number;
  /** Largest upload in bytes. */
  attachmentBytes: number;
  /** Media types accepted for uploads (checked against the file's own signature). */
  attachmentTypes: readonly string[];
  /** Days a draft is kept after its last change. */
  draftTtlDays: number;
  /** Requests per client and minute, for everything. */
  requestsPerMinute: number;
  /** Submissions and uploads per client and minute. */
  writesPerMinute: number;
  /** Status streams one process holds at most. */
  maxStatusStreams: number;
  /** Status streams one client address (IPv6: one /64) holds at most. */
  maxStatusStreamsPerClient: number;
  /** Status streams of one application at most. */
  maxStatusStreamsPerApplication: number;
  /** Interval of SSE heartbeat comments in milliseconds. */
  heartbeatMs: number;
  /** Applications in the caseworker's list at most. */
  caseworkerListLimit: number;
  /** Milliseconds a request may take to arrive in full (headers and body). */
  requestTimeoutMs: number;
  /** Slowest accepted upload, bytes per second (averaged after the first 10 seconds). */
  minUploadBytesPerSecond: number;
}

/** The defaults of the limits. */
export const DEFAULT_LIMITS: ApiLimits = {
  jsonBodyBytes: 256 * 1024,
  attachmentBytes: 10 * 1024 * 1024,
  attachmentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  draftTtlDays: 30,
  requestsPerMinute: 600,
  writesPerMinute: 30,
  maxStatusStreams: 10_000,
  maxStatusStreamsPerClient: 20,
  maxStatusStreamsPerApplication: 10,
  heartbeatMs: 20_000,
  caseworkerListLimit: 200,
  requestTimeoutMs: 30_000,
  minUploadBytesPerSecond: 8 * 1024,
};

/** Shared services of the API endpoints. */
export interface ApiContext extends DomainContext {
  config: ServerConfig;
  auth: Authenticator;
  bus: StatusEventBus;
  /** Announces a status event this instance committed (a no-op when the store's feed does). */
  statusChanged(event: StatusEvent): void;
  catalogue: CatalogueCache;
  streams: EventStreams;
  limits: ApiLimits;
  /** Login clients and scopes for `GET /config`. */
  login: LoginOptions;
}
