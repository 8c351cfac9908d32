/**
 * HTTP caching for catalogue data: strong ETags, `If-None-Match` → 304, `Cache-Control`, and
 * content negotiation between precompressed variants.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Cache policy of public catalogue data: fresh for 5 minutes, then revalidated in the background. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

/** The entity tag of a body: a truncated SHA-256, unquoted. */
export function entityTag(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 27);
}

/** The opaque tags of an `If-None-Match` header (weak prefixes dropped: it compares weakly). */
export function parseIfNoneMatch(header: string | undefined): string[] | '*' {
  if (header === undefined) return [];
  if (header.trim() === '*') return '*';
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter((tag) => tag.startsWith('"') && tag.endsWith('"') && tag.length >= 2)
    .map((tag) => tag.slice(1, -1));
}

/** Whether a cached copy tagged with any of `tags` (or with `base` plus a suffix) is current. */
export function isNotModified(request: FastifyRequest, base: string): boolean {
  const tags = parseIfNoneMatch(request.headers['if-none-match']);
  if (tags === '*') return true;
  return tags.some((tag) => tag === base || tag.startsWith(`${base}-`));
}

/** Content codings the client accepts, by preference: `br`, then `gzip`, else none. */
export function preferredEncoding(header: string | undefined): 'br' | 'gzip' | undefined {
  if (header === undefined) return undefined;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    accepted.set(name!.trim(), q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const quality = (coding: string) => accepted.get(coding) ?? accepted.get('*') ?? 0;
  if (quality('br') > 0 && quality('br') >= quality('gzip')) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return undefined;
}

/** Sends a JSON body with a strong ETag and public caching, or 304 if the client's copy is current. */
export function sendCacheableJson(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
): FastifyReply {
  const tag = entityTag(body);
  reply.header('etag', `"${tag}"`).header('cache-control', PUBLIC_CACHE_CONTROL);
  if (isNotModified(request, tag)) return reply.code(304).send();
  return reply.header('content-type', 'application/json; charset=utf-8').send(body);
}

/** Adds `field` to the `Vary` header without dropping what CORS or others put there. */
export function appendVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (!fields.some((name) => name.toLowerCase() === field.toLowerCase() || name === '*'))
    fields.push(field);
  reply.header('vary', fields.join(', '));
}
