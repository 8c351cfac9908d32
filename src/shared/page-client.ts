/**
 * The page's default portal client: one per API base, shared by every widget and every copy of
 * the library on the page, so the browser's HTTP cache and the client's retries are shared too.
 *
 * Where the API is, most specific first: a widget's `api-base` attribute, a provider's
 * `api-base`, the page's `<meta name="saar-portal-api" content="…">`, and last the portal the
 * library was loaded from (the portal serves the CDN files at `/cdn/` and the API at `/api/v1/`).
 */
import { defaultApiBase, PortalClient } from '../api/portal-client.js';
import { pageSingleton } from './page-singleton.js';
import { mendApiBase } from './webmaster-console.js';

/** Name of the `<meta>` element that tells the widgets where the portal API is. */
export const API_META_NAME = 'saar-portal-api';

const clients = pageSingleton('clients', () => new Map<string, PortalClient>());

/**
 * The API base for an `api-base` value (relative values resolve against the page). A portal's
 * root or its `/cdn/` address instead of the API's is mended to `/api/v1/`, with a console
 * warning for the webmaster.
 */
export function resolveApiBase(apiBase?: string | null): URL {
  if (apiBase) return mendApiBase(new URL(apiBase, document.baseURI), `api-base="${apiBase}"`);
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${API_META_NAME}"]`);
  if (meta?.content) {
    return mendApiBase(
      new URL(meta.content, document.baseURI),
      `<meta name="${API_META_NAME}" content="${meta.content}">`,
    );
  }
  return defaultApiBase(import.meta.url);
}

/**
 * The page's client for `base` (default: the page's API base), created on first use. It sends no
 * token: widgets bind it to the session in their scope (`clientForSession`), so a provider's
 * session is the one that speaks.
 */
export function pageClient(base: URL = resolveApiBase()): PortalClient {
  const key = base.href;
  let client = clients.get(key);
  if (!client) {
    client = new PortalClient({ baseUrl: base });
    clients.set(key, client);
  }
  return client;
}
