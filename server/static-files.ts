/**
 * Files the server hands out besides the API: the widget build (`dist/cdn/` under `/cdn/`) and the
 * caseworker page (`server/caseworker/` under `/caseworker/`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ServerConfig } from './config.js';
import { HttpProblem, PROBLEM_TYPES } from './http/problem.js';

/** Folder of the caseworker page. */
export const CASEWORKER_DIR = fileURLToPath(new URL('./caseworker/', import.meta.url));

/** Cache policy of files whose name carries a content hash: they never change. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Cache policy of entry files (stable names, new content on each release). */
export const ENTRY_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

/** What the build's `manifest.json` says about its files (`kind: 'entry'` keeps its name). */
interface CdnManifest {
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

function cdnHeaders(reply: FastifyReply, path: string, manifest: CdnManifest | undefined): void {
  reply.header(
    'cache-control',
    isImmutableCdnFile(path, manifest) ? IMMUTABLE_CACHE_CONTROL : ENTRY_CACHE_CONTROL,
  );
  // Town pages on other sites load these files; they are public and carry no credentials.
  reply.header('cross-origin-resource-policy', 'cross-origin');
  if (path.endsWith('.js') || path.endsWith('.mjs')) {
    reply.header('content-type', 'text/javascript; charset=utf-8');
  }
}

/** Registers `/cdn/` and `/caseworker/`. */
export async function registerStaticFiles(
  app: FastifyInstance,
  config: ServerConfig,
): Promise<void> {
  if (existsSync(config.cdnDir)) {
    const manifest = manifestReader(config.cdnDir);
    await app.register(fastifyStatic, {
      root: config.cdnDir,
      prefix: '/cdn/',
      decorateReply: false,
      cacheControl: false,
      index: false,
      setHeaders: (reply, path) => cdnHeaders(reply, path, manifest()),
    });
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
