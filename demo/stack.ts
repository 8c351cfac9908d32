/**
 * The whole demo on localhost: the portal (API, local citizen account, caseworker page and the
 * widget files under `/cdn/`) and two town websites, each on its own origin. `npm start` runs
 * it with the environment's ports; the end-to-end tests run the very same stack on free ports
 * with a temporary data folder.
 */
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.js';
import { loadConfig, type ServerConfig, type ServerEnv } from '../server/config.js';
import { startTownServer, type TownServer } from './towns/town-server.js';
import { DEMO_TOWNS, type DemoTown } from './towns/towns.js';

/** What may differ between `npm start` and a test run. */
export interface StackOptions {
  /** Environment the configuration is read from (default `process.env`; tests pass `{}`). */
  env?: ServerEnv;
  /** Portal port (default from `PORTAL_PORT`, else 8787); 0 picks a free one. */
  portalPort?: number;
  /** Ports of the two towns (default from `TOWN_ORIGINS`, else 8801 and 8802); 0 picks free ones. */
  townPorts?: readonly [number, number];
  /** Folder for the SQLite file and uploads (default from `DATA_DIR`, else `.data/`). */
  dataDir?: string;
  /** Portal log level (default from `LOG_LEVEL`); `'silent'` for tests. */
  logLevel?: string;
  /** Folder served under `/cdn/` (default from `CDN_DIR`, else `dist/cdn/`). */
  cdnDir?: string;
}

/** A town site of the running stack. */
export interface TownUrls {
  id: DemoTown['id'];
  name: string;
  ars: string;
  /** The site's origin, e.g. `http://localhost:8801`. */
  origin: string;
  /** Notable pages, absolute URLs with what they show. */
  pages: { url: string; title: string }[];
}

/** Where everything of the running stack answers. */
export interface StackUrls {
  portal: string;
  api: string;
  cdnEntry: string;
  caseworker: string;
  /** OpenID Connect discovery of the issuer the API trusts. */
  discovery: string;
  towns: TownUrls[];
}

/** The running stack. */
export interface RunningStack {
  urls: StackUrls;
  config: ServerConfig;
  /** Stops the towns and the portal; safe to call twice. */
  stop(): Promise<void>;
  /**
   * Stops the portal and starts it again on the same port with the same data, as a deployment
   * does (open event streams end; clients reconnect).
   */
  restartPortal(): Promise<void>;
}

/** A free TCP port on `host`, found by asking the system for one and releasing it. */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen({ port: 0, host }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The port a town origin names (its explicit port, else the scheme's). */
function portOfOrigin(origin: string): number {
  const url = new URL(origin);
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

async function resolvePort(port: number, host: string): Promise<number> {
  return port === 0 ? freePort(host) : port;
}

/** Reads the configuration and settles the ports: free ones are picked before anything starts. */
async function stackConfig(options: StackOptions): Promise<ServerConfig> {
  const env = options.env ?? (process.env as ServerEnv);
  const base = loadConfig(env, {
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.logLevel === undefined ? {} : { logLevel: options.logLevel }),
    ...(options.cdnDir === undefined ? {} : { cdnDir: options.cdnDir }),
  });
  const portalPort = await resolvePort(options.portalPort ?? base.port, base.host);
  let townOrigins = base.townOrigins;
  if (options.townPorts !== undefined) {
    const ports = await Promise.all(options.townPorts.map((port) => resolvePort(port, base.host)));
    townOrigins = ports.map((port) => `http://localhost:${port}`);
  }
  if (townOrigins.length < DEMO_TOWNS.length) {
    throw new Error(
      `TOWN_ORIGINS must list ${DEMO_TOWNS.length} origins (one per demo town), got "${townOrigins.join(',')}"`,
    );
  }
  // Derived values (origin, issuer, audience) follow the port unless the environment sets them.
  return loadConfig(env, {
    port: portalPort,
    townOrigins,
    dataDir: base.dataDir,
    logLevel: base.logLevel,
    cdnDir: base.cdnDir,
  });
}

/** Waits until `url` answers with a status below 500 (the servers listen already; this proves it). */
async function waitUntilAnswering(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      await response.body?.cancel();
      if (response.status < 500) return;
      lastError = new Error(`${url} answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`, { cause: lastError });
}

/** The loopback address to probe a server on (the origin may name `localhost` or a public name). */
function probeUrl(host: string, port: number, path: string): string {
  const hostname = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}${path}`;
}

function urlsOf(config: ServerConfig, towns: readonly TownServer[]): StackUrls {
  const portal = config.portalOrigin;
  return {
    portal,
    api: `${portal}/api/v1`,
    cdnEntry: `${portal}/cdn/saar-portal.js`,
    caseworker: `${portal}/caseworker/`,
    discovery: `${config.oidcIssuer}/.well-known/openid-configuration`,
    towns: towns.map((server, index) => {
      const origin = config.townOrigins[index]!;
      return {
        id: server.town.id,
        name: server.town.name,
        ars: server.town.ars,
        origin,
        pages: server.town.pages.map((page) => ({
          url: `${origin}${page.path}`,
          title: page.title,
        })),
      };
    }),
  };
}

/**
 * Starts the portal and both town sites, waits until each answers, and answers their URLs and a
 * `stop()`. When something fails to start, what did start is stopped again.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const config = await stackConfig(options);
  const running: { close(): Promise<unknown> }[] = [];
  const stopAll = async () => {
    const closing = running.splice(0).reverse();
    await Promise.allSettled(closing.map((server) => server.close()));
  };

  try {
    const startPortal = async (): Promise<FastifyInstance> => {
      const app = await buildApp(config, {
        ...(config.logLevel === 'silent' ? { logger: false } : {}),
      });
      await app.listen({ port: config.port, host: config.host });
      return app;
    };
    let portal = await startPortal();
    running.push(portal);

    const towns: TownServer[] = [];
    for (const [index, town] of DEMO_TOWNS.entries()) {
      const server = await startTownServer({
        town,
        portalOrigin: config.portalOrigin,
        issuerOrigin: new URL(config.oidcIssuer).origin,
        port: portOfOrigin(config.townOrigins[index]!),
        host: config.host,
      });
      running.push(server);
      towns.push(server);
    }

    await Promise.all([
      waitUntilAnswering(probeUrl(config.host, config.port, '/api/v1/areas/10')),
      ...towns.map((town) => waitUntilAnswering(probeUrl(config.host, town.port, '/'))),
    ]);

    let stopped: Promise<void> | undefined;
    return {
      urls: urlsOf(config, towns),
      config,
      stop: () => (stopped ??= stopAll()),
      restartPortal: async () => {
        const slot = running.indexOf(portal);
        await portal.close();
        portal = await startPortal();
        running[slot] = portal;
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
