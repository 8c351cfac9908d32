/**
 * Files the server hands out besides the API: the widget build (`dist/cdn/` under `/cdn/`, and
 * under `/cdn/<version>/` for pages that pin a release with SRI), the portal's own application
 * page (`server/application-page/` under `/antrag/`, where the finder's "Online beantragen"
 * leads by default) and the caseworker page (`server/caseworker/` under `/caseworker/`). Widget files go out as the build precompressed
 * them (brotli, else gzip) to browsers that accept it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ServerConfig } from './config.js';
import { HttpProblem, PROBLEM_TYPES } from './http/problem.js';

/** Folder of the portal's own application page. */
export const APPLICATION_PAGE_DIR = fileURLToPath(new URL('./application-page/', import.meta.url));

/** Folder of the caseworker page. */
export const CASEWORKER_DIR = fileURLToPath(new URL('./caseworker/', import.meta.url));

const JAVASCRIPT = 'text/javascript; charset=utf-8';

/**
 * Security headers that only documents (pages, frames) obey: on a script they are bytes on the
 * wire and nothing else. `X-Content-Type-Options`, `Cross-Origin-Resource-Policy` and the
 * caching headers stay.
 */
const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

/** Cache policy of files whose name carries a content hash: they never change. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Cache policy of entry files (stable names, new content on each release). */
export const ENTRY_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

/** What the build's `manifest.json` says about its files (`kind: 'entry'` keeps its name). */
interface CdnManifest {
  version?: string;
  files?: Record<string, { kind?: string } | undefined>;
}

/**
 * Whether a built file never changes under its name: listed in the build manifest and not an
 * entry (entries keep stable names; chunks are `name-[hash].js`), or the source map of one.
 */
export function isImmutableCdnFile(path: string, manifest: CdnManifest | undefined): boolean {
  const name = basename(path).replace(/\.map$/, '');
  const entry = manifest?.files?.[name];
  return entry !== undefined && entry.kind !== 'entry';
}

/** Reads `manifest.json` of the build, again whenever the file changes (a rebuild). */
function manifestReader(cdnDir: string): () => CdnManifest | undefined {
  const file = join(cdnDir, 'manifest.json');
  let cached: { mtimeMs: number; manifest: CdnManifest | undefined } | undefined;
  return () => {
    try {
      const { mtimeMs } = statSync(file);
      if (cached?.mtimeMs !== mtimeMs) {
        cached = { mtimeMs, manifest: JSON.parse(readFileSync(file, 'utf8')) as CdnManifest };
      }
      return cached.manifest;
    } catch {
      return undefined;
    }
  };
}

function cdnHeaders(
  reply: FastifyReply,
  sentPath: string,
  manifest: CdnManifest | undefined,
  versioned: boolean,
): void {
  // The file a precompressed copy stands for (`x.js.br` is `x.js`).
  const path = sentPath.replace(/\.(?:br|gz)$/, '');
  // Under `/cdn/<version>/` even the entry never changes: a release's files are its own.
  const immutable = versioned || isImmutableCdnFile(path, manifest);
  reply.header('cache-control', immutable ? IMMUTABLE_CACHE_CONTROL : ENTRY_CACHE_CONTROL);
  // Town pages on other sites load these files; they are public and carry no credentials.
  reply.header('cross-origin-resource-policy', 'cross-origin');
  if (path.endsWith('.js') || path.endsWith('.mjs')) reply.header('content-type', JAVASCRIPT);
}

/** Registers `/cdn/`, `/antrag/` and `/caseworker/`. */
export async function registerStaticFiles(
  app: FastifyInstance,
  config: ServerConfig,
): Promise<void> {
  if (existsSync(config.cdnDir)) {
    const manifest = manifestReader(config.cdnDir);
    const serve = (prefix: string, versioned: boolean) =>
      app.register(async (scope) => {
        await scope.register(fastifyStatic, {
          root: config.cdnDir,
          prefix,
          decorateReply: false,
          cacheControl: false,
          index: false,
          // `x.js.br` / `x.js.gz` from the build, by the browser's Accept-Encoding, with `Vary`.
          preCompressed: true,
          // Only the files themselves: their precompressed copies are not addressable on their own.
          allowedPath: (pathName) => !/\.(?:br|gz)$/.test(pathName),
          setHeaders: (reply, path) => cdnHeaders(reply, path, manifest(), versioned),
        });
        scope.addHook('onSend', async (request, reply) => {
          // @fastify/static names the type of a precompressed file after setHeaders ran.
          if (reply.statusCode < 300 && /\.m?js$/.test(request.url.split('?')[0] ?? '')) {
            reply.header('content-type', JAVASCRIPT);
          }
          // Headers about documents mean nothing on a script, and every town page fetches
          // several of these files on its first visit: a few hundred bytes each.
          for (const name of DOCUMENT_ONLY_HEADERS) reply.removeHeader(name);
        });
      });
    // The release this server carries, at a URL that never changes (decision 0003).
    const version = manifest()?.version;
    if (version !== undefined && /^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version)) {
      await serve(`/cdn/${version}/`, true);
    }
    await serve('/cdn/', false);
  } else {
    app.log.warn(
      { cdnDir: config.cdnDir },
      'widget build not found: /cdn/ answers 404 until `npm run build`',
    );
    app.get('/cdn/*', async () => {
      throw new HttpProblem({
        type: PROBLEM_TYPES.notFound,
        title: 'Not Found',
        status: 404,
        detail: 'The widgets are not built on this server (run `npm run build`).',
      });
    });
  }

  // Where the finder's "Online beantragen" leads when a town names no page of its own.
  await app.register(fastifyStatic, {
    root: APPLICATION_PAGE_DIR,
    prefix: '/antrag/',
    decorateReply: false,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (reply) => reply.header('cache-control', 'no-cache'),
  });
  app.get('/antrag', async (request, reply) => {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return reply.redirect(`/antrag/${query}`, 301);
  });

  await app.register(fastifyStatic, {
    root: CASEWORKER_DIR,
    prefix: '/caseworker/',
    decorateReply: false,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (reply) => reply.header('cache-control', 'no-cache'),
  });
  app.get('/caseworker', async (_request, reply) => reply.redirect('/caseworker/', 301));
  // Browsers ask every origin for a favicon; the server's pages have none to give (no 404 noise).
  app.get('/favicon.ico', async (_request, reply) =>
    reply.code(204).header('cache-control', 'public, max-age=86400').send(),
  );
}
