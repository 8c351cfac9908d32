/**
 * Hands every request under `/idp` to the provider, the way node-oidc-provider documents mounting
 * under a path prefix: `req.originalUrl` keeps the full path (the provider derives its mount path
 * from it), `req.url` loses the prefix (the provider routes on it).
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Provider } from 'oidc-provider';
import { PROBLEM_TYPES } from '../../src/api/rules/problem-types.js';
import { IDP_MOUNT_PATH } from './provider.js';

type MountedRequest = IncomingMessage & { originalUrl?: string };

/** The request path with the mount prefix removed (`/idp/token?x` → `/token?x`). */
export function stripMountPath(url: string, mountPath: string = IDP_MOUNT_PATH): string {
  const rest = url.startsWith(mountPath) ? url.slice(mountPath.length) : url;
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * Registers `/idp` and `/idp/*` (every method the provider answers) to go to `provider`, whose
 * pages get `securityPolicy` as Content-Security-Policy.
 */
export async function mountProvider(
  app: FastifyInstance,
  provider: Provider,
  securityPolicy: string,
  portalOrigin: string,
): Promise<void> {
  // Unknown paths under /idp answer problem details, like the API's.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) {
      ctx.status = 404;
      ctx.type = 'application/problem+json; charset=utf-8';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = JSON.stringify({
        type: PROBLEM_TYPES.notFound,
        title: 'Not Found',
        status: 404,
        detail: `There is no ${ctx.method} ${ctx.path} at the identity provider.`,
      });
    }
  });
  const listener = provider.callback();
  // The provider builds its URLs (discovery, redirects) from the request's host: it is always the
  // portal's own, never what a client writes into Host or X-Forwarded-Host.
  const portalHost = new URL(portalOrigin).host;
  await app.register(async (scope) => {
    // The provider reads request bodies itself; in this scope Fastify must leave them unread,
    // whatever parsers the rest of the server registers.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      reply.hijack();
      const raw: MountedRequest = request.raw;
      raw.headers.host = portalHost;
      delete raw.headers['x-forwarded-host'];
      const url = raw.url ?? '/';
      raw.originalUrl = url;
      raw.url = stripMountPath(url);
      // Replaces a site-wide policy set on the raw response earlier (e.g. by helmet): the
      // provider's pages post to the towns' sites (form_post, logout), which it must allow.
      reply.raw.setHeader('Content-Security-Policy', securityPolicy);
      await listener(raw, reply.raw);
    };
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'] as const;
    scope.route({ method: [...methods], url: IDP_MOUNT_PATH, handler });
    scope.route({ method: [...methods], url: `${IDP_MOUNT_PATH}/*`, handler });
  });
}
