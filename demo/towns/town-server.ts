/**
 * A demo town's website: a small static server standing in for a municipal CMS. It serves the
 * town's pages with the portal's origin filled in (ports are configurable, so the pages carry
 * `%PORTAL_ORIGIN%` where a webmaster would write the portal's address) and sends the security
 * headers of a cautious CMS with every response.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { townSecurityHeaders, type PortalOrigins } from './security-headers.js';
import { SHARED_DIR, type DemoTown } from './towns.js';

/** What a town server needs. */
export interface TownServerOptions {
  town: DemoTown;
  /** Origin the pages load the widgets from and the CSP allows (`PORTAL_ORIGIN`). */
  portalOrigin: string;
  /** Origin of the OpenID Connect issuer, allowed in `connect-src` when not the portal's. */
  issuerOrigin?: string;
  port: number;
  host: string;
}

/** A running town site. */
export interface TownServer {
  town: DemoTown;
  /** The port it listens on (useful when asked for port 0). */
  port: number;
  close(): Promise<void>;
}

/** The placeholder in the pages for the portal's origin. */
const PORTAL_ORIGIN_PLACEHOLDER = /%PORTAL_ORIGIN%/g;

/** Page names a site may have: no folders, no dots but the extension. */
const PAGE_NAME = /^[a-z0-9-]+\.html$/;

function escapeHtmlAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * `<!--#include _header.html current="/antrag.html"-->`: a part every page of the site shares,
 * as a CMS would put it in (the parts' names start with `_`, so they are never served as pages);
 * `current` marks the page's own link in each of its `<nav>`s with `aria-current="page"`.
 */
const INCLUDE = /<!--#include (_[a-z-]+\.html)(?: current="([^"]+)")?-->/g;

/** A page includes a part its site does not have: the site is broken, and says where. */
export class MissingPart extends Error {}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** `source`, the page `pageName` of `siteDir`, with its includes filled in. */
export async function withIncludes(
  siteDir: string,
  pageName: string,
  source: string,
): Promise<string> {
  const parts = new Map<string, string>();
  for (const [, name] of source.matchAll(INCLUDE)) {
    try {
      parts.set(name!, await readFile(join(siteDir, name!), 'utf8'));
    } catch (error) {
      if (!isMissingFile(error)) throw error;
      throw new MissingPart(`${pageName} includes ${name}, which ${siteDir} does not have`);
    }
  }
  return source.replace(INCLUDE, (_match, name: string, current: string | undefined) => {
    const part = parts.get(name)!;
    if (!current) return part;
    return part.replace(/<nav[\s\S]*?<\/nav>/g, (nav) =>
      nav.replace(`href="${current}"`, `href="${current}" aria-current="page"`),
    );
  });
}

/**
 * Reads a page of the site and fills in its includes and the portal's origin; undefined when
 * there is no such page. A missing part is an error (`MissingPart`), not a missing page.
 */
async function renderPage(town: DemoTown, name: string, portalOrigin: string) {
  if (!PAGE_NAME.test(name)) return undefined;
  let source: string;
  try {
    source = await readFile(join(town.siteDir, name), 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw error;
  }
  const page = await withIncludes(town.siteDir, name, source);
  return page.replace(PORTAL_ORIGIN_PLACEHOLDER, escapeHtmlAttribute(portalOrigin));
}

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Seite nicht gefunden</title>
<link rel="icon" href="data:,"></head>
<body><h1>Seite nicht gefunden</h1><p><a href="/">Zur Startseite</a></p></body></html>`;

/** Builds a town's site (not listening yet). */
export async function buildTownServer(
  town: DemoTown,
  origins: PortalOrigins,
): Promise<FastifyInstance> {
  const { portalOrigin } = origins;
  const app = Fastify({ logger: false });
  const headers = townSecurityHeaders(origins);
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(headers);
  });

  await app.register(fastifyStatic, {
    root: join(town.siteDir, 'assets'),
    prefix: '/assets/',
    index: false,
    cacheControl: false,
    setHeaders: (reply) => reply.header('cache-control', 'no-cache'),
  });
  await app.register(fastifyStatic, {
    root: SHARED_DIR,
    prefix: '/js/',
    index: false,
    cacheControl: false,
    decorateReply: false,
    setHeaders: (reply) => reply.header('cache-control', 'no-cache'),
  });

  const sendPage = async (name: string, reply: FastifyReply) => {
    let page: string | undefined;
    try {
      page = await renderPage(town, name, portalOrigin);
    } catch (error) {
      if (!(error instanceof MissingPart)) throw error;
      console.error(`demo: ${error.message}`);
      return reply.code(500).type('text/plain; charset=utf-8').send(error.message);
    }
    if (page === undefined) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
  };
  app.get('/', (_request, reply) => sendPage('index.html', reply));
  app.get<{ Params: { page: string } }>('/:page', (request, reply) =>
    sendPage(request.params.page, reply),
  );
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).type('text/html; charset=utf-8').send(NOT_FOUND_PAGE),
  );
  return app;
}

/** Starts a town's site on `port` (0 picks a free one). */
export async function startTownServer(options: TownServerOptions): Promise<TownServer> {
  const app = await buildTownServer(options.town, {
    portalOrigin: options.portalOrigin,
    ...(options.issuerOrigin === undefined ? {} : { issuerOrigin: options.issuerOrigin }),
  });
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return { town: options.town, port, close: () => app.close() };
}
