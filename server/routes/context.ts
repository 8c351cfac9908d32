/** What every route module of the API gets from `buildApp`. */
import type { ServerConfig } from '../config.js';
import type { CatalogueCache } from '../domain/catalogue-cache.js';
import type { StatusEventBus } from '../domain/status-bus.js';
import type { Authenticator } from '../http/authenticate.js';
import type { PortalStore } from '../store/portal-store.js';

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
  /** Interval of SSE heartbeat comments in milliseconds. */
  heartbeatMs: number;
  /** Applications in the caseworker's list at most. */
  caseworkerListLimit: number;
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
  heartbeatMs: 20_000,
  caseworkerListLimit: 200,
};

/** Shared services of the API routes. */
export interface ApiContext {
  config: ServerConfig;
  store: PortalStore;
  auth: Authenticator;
  bus: StatusEventBus;
  catalogue: CatalogueCache;
  /** Key of the access-code hashes; kept outside the database. */
  accessCodePepper: Buffer;
  /** Folder of uploaded files. */
  attachmentsDir: string;
  limits: ApiLimits;
  /** The clock; tests move it to expire drafts. */
  now(): Date;
}
