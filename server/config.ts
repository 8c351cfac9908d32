/**
 * The reference server's configuration, read once from the environment.
 *
 * Every part of the server (API, store, identity provider, token verifier) takes a
 * `ServerConfig`; tests build one with `loadConfig({}, { dataDir, port: 0 })`.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root, so default paths do not depend on the working directory. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Client id of the caseworker console (the local provider registers it; see idp/clients.ts). */
export const CASEWORKER_CLIENT_ID = 'caseworker-console';

/** Demo towns' sites, each its own origin. */
export const DEFAULT_TOWN_ORIGINS = ['http://localhost:8801', 'http://localhost:8802'] as const;

/** The server's configuration. */
export interface ServerConfig {
  /** TCP port the API listens on (`PORTAL_PORT`, default 8787; 0 picks a free one). */
  port: number;
  /** Interface to bind (`PORTAL_HOST`, default loopback). */
  host: string;
  /** Public origin of the portal API (`PORTAL_ORIGIN`). */
  portalOrigin: string;
  /** Municipal sites allowed to call the API from a browser (`TOWN_ORIGINS`). */
  townOrigins: string[];
  /** Folder for the SQLite file and uploaded attachments (`DATA_DIR`). */
  dataDir: string;
  /** OpenID Connect issuer whose access tokens the API accepts (`OIDC_ISSUER`). */
  oidcIssuer: string;
  /** Audience the access tokens must carry (`OIDC_AUDIENCE`). */
  oidcAudience: string;
  /** True when `oidcIssuer` is the local development provider mounted under `/idp`. */
  localIdp: boolean;
  /** pino log level (`LOG_LEVEL`, default `info`). */
  logLevel: string;
  /** Folder of the built widget files served under `/cdn/` (`CDN_DIR`, default `dist/cdn`). */
  cdnDir: string;
  /**
   * Which proxies to trust for the client address (`TRUST_PROXY`: unset = none, `true`, or a
   * comma list of addresses/CIDRs); rate limits count the address this yields.
   */
  trustProxy: boolean | string[];
  /** Clients whose tokens may act as caseworkers (`CASEWORKER_CLIENT_IDS`, comma list). */
  caseworkerClientIds: string[];
  /**
   * Whether citizens' tokens must be DPoP-bound (`REQUIRE_BOUND_TOKENS`, default `true`). Only
   * for a broker that cannot bind tokens yet; it gives up the protection against stolen tokens.
   */
  requireBoundTokens: boolean;
  /** Lifetime of the local provider's access tokens in seconds (`ACCESS_TOKEN_TTL`, default 600). */
  accessTokenTtlSeconds: number;
  /**
   * PostgreSQL connection string (`DATABASE_URL`): when set, the store (and the local provider's
   * state) live there, and several instances may share it; else SQLite in `dataDir`.
   */
  databaseUrl: string | undefined;
}

/** Environment variables the server reads. */
export type ServerEnv = Partial<
  Record<
    | 'PORTAL_PORT'
    | 'PORTAL_HOST'
    | 'PORTAL_ORIGIN'
    | 'TOWN_ORIGINS'
    | 'DATA_DIR'
    | 'OIDC_ISSUER'
    | 'OIDC_AUDIENCE'
    | 'LOG_LEVEL'
    | 'CDN_DIR'
    | 'TRUST_PROXY'
    | 'CASEWORKER_CLIENT_IDS'
    | 'REQUIRE_BOUND_TOKENS'
    | 'ACCESS_TOKEN_TTL'
    | 'DATABASE_URL',
    string
  >
>;

/** A positive whole number of seconds from `name`, or `fallback` when unset. */
function parseSeconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 5 || seconds > 86_400) {
    throw new Error(`${name} must be a whole number of seconds between 5 and 86400`);
  }
  return seconds;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8787;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORTAL_PORT must be a port number, got "${value}"`);
  }
  return port;
}

function parseOrigin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an origin such as http://localhost:8801, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must use http or https, got "${value}"`);
  }
  return url.origin;
}

function parseTrustProxy(value: string | undefined): boolean | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Strips a trailing slash so issuers compare equal however they were written. */
function withoutTrailingSlash(value: string): string {
  return value.endsWith('/') ? value.slice(0, -1) : value;
}

/**
 * Reads the configuration from `env` (defaults for everything), then applies `overrides`;
 * derived values (origin, issuer, audience) follow the overridden port unless set themselves.
 */
export function loadConfig(
  env: ServerEnv = process.env as ServerEnv,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const port = overrides.port ?? parsePort(env.PORTAL_PORT);
  const portalOrigin =
    overrides.portalOrigin ??
    parseOrigin('PORTAL_ORIGIN', env.PORTAL_ORIGIN ?? `http://localhost:${port}`);
  const townOrigins =
    overrides.townOrigins ??
    (env.TOWN_ORIGINS === undefined
      ? [...DEFAULT_TOWN_ORIGINS]
      : env.TOWN_ORIGINS.split(',')
          .map((origin) => origin.trim())
          .filter((origin) => origin !== '')
          .map((origin) => parseOrigin('TOWN_ORIGINS', origin)));
  const localIssuer = `${portalOrigin}/idp`;
  const oidcIssuer = withoutTrailingSlash(overrides.oidcIssuer ?? env.OIDC_ISSUER ?? localIssuer);
  return {
    port,
    host: overrides.host ?? env.PORTAL_HOST ?? '127.0.0.1',
    portalOrigin,
    townOrigins,
    dataDir: resolve(REPO_ROOT, overrides.dataDir ?? env.DATA_DIR ?? '.data'),
    oidcIssuer,
    oidcAudience: overrides.oidcAudience ?? env.OIDC_AUDIENCE ?? `${portalOrigin}/api`,
    localIdp: overrides.localIdp ?? oidcIssuer === localIssuer,
    logLevel: overrides.logLevel ?? env.LOG_LEVEL ?? 'info',
    cdnDir: resolve(REPO_ROOT, overrides.cdnDir ?? env.CDN_DIR ?? 'dist/cdn'),
    trustProxy: overrides.trustProxy ?? parseTrustProxy(env.TRUST_PROXY),
    caseworkerClientIds:
      overrides.caseworkerClientIds ??
      (env.CASEWORKER_CLIENT_IDS ?? CASEWORKER_CLIENT_ID)
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    requireBoundTokens:
      overrides.requireBoundTokens ?? env.REQUIRE_BOUND_TOKENS?.trim().toLowerCase() !== 'false',
    accessTokenTtlSeconds:
      overrides.accessTokenTtlSeconds ??
      parseSeconds('ACCESS_TOKEN_TTL', env.ACCESS_TOKEN_TTL, 600),
    databaseUrl:
      'databaseUrl' in overrides
        ? overrides.databaseUrl
        : env.DATABASE_URL === undefined || env.DATABASE_URL.trim() === ''
          ? undefined
          : env.DATABASE_URL.trim(),
  };
}
