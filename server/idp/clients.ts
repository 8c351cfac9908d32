/**
 * The relying parties of the citizen account: one public client per town site, plus the
 * caseworker console on the portal's own origin.
 *
 * Redirect-URI policy (docs/decisions/0012-local-oidc-provider.md): a client may return to any
 * page of its own origin, written in normalized form, without query or fragment. The login button
 * returns to the page it sits on, and a town's CMS can put it on any page; inside a browser the
 * origin, not the path, is the security boundary, and PKCE (S256, required) makes an intercepted
 * code useless anyway.
 */
import type { ClientMetadata } from 'oidc-provider';
import type { ServerConfig } from '../config.js';
import { SIGNING_ALG } from './keys.js';

import { CASEWORKER_CLIENT_ID } from '../config.js';

/** Client id of the caseworker console served by the portal itself. */
export { CASEWORKER_CLIENT_ID };

/** The parts of the configuration that decide which clients exist. */
export type ClientConfig = Pick<ServerConfig, 'portalOrigin' | 'townOrigins'>;

/** The normalized origin of `value`, or undefined unless it is an http(s) origin. */
function normalizeOrigin(value: string): string | undefined {
  const url = URL.parse(value);
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  return url.origin;
}

/** The client id a town site's origin gets: `town-` and its host, e.g. `town-localhost-8801`. */
export function townClientId(origin: string): string | undefined {
  const normalized = normalizeOrigin(origin);
  if (normalized === undefined) return undefined;
  const slug = new URL(normalized).host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `town-${slug}`;
}

/**
 * The client id for a page on `origin`: the caseworker console for the portal's own origin, a
 * town client for a registered town origin. With `config` only registered origins get an id;
 * without it, the id a town origin would get (the naming convention, e.g. for a broker).
 */
export function clientIdForOrigin(origin: string, config?: ClientConfig): string | undefined {
  const normalized = normalizeOrigin(origin);
  if (normalized === undefined) return undefined;
  if (config === undefined) return townClientId(normalized);
  if (normalized === normalizeOrigin(config.portalOrigin)) return CASEWORKER_CLIENT_ID;
  const registered = config.townOrigins.some((town) => normalizeOrigin(town) === normalized);
  return registered ? townClientId(normalized) : undefined;
}

function publicClient(
  clientId: string,
  origin: string,
  name: string,
  tokens: 'dpop-bound' | 'bearer',
): ClientMetadata {
  const bound = tokens === 'dpop-bound';
  return {
    client_id: clientId,
    client_name: name,
    application_type: 'web',
    token_endpoint_auth_method: 'none',
    // Refresh tokens only where they are bound to the page's key, as RFC 9449 asks of public
    // clients: a refresh token copied off the page is as worthless as the access token.
    grant_types: bound ? ['authorization_code', 'refresh_token'] : ['authorization_code'],
    dpop_bound_access_tokens: bound,
    response_types: ['code'],
    // The registered entry page; any other page of the origin is accepted by the policy above.
    redirect_uris: [`${origin}/`],
    post_logout_redirect_uris: [`${origin}/`],
    id_token_signed_response_alg: SIGNING_ALG,
  };
}

/** Every client of the local provider. */
export function buildClients(config: ClientConfig): ClientMetadata[] {
  const towns = config.townOrigins.flatMap((origin) => {
    const normalized = normalizeOrigin(origin);
    const clientId = clientIdForOrigin(origin);
    if (normalized === undefined || clientId === undefined) return [];
    return [
      publicClient(clientId, normalized, `Website ${new URL(normalized).host}`, 'dpop-bound'),
    ];
  });
  const portal = normalizeOrigin(config.portalOrigin) ?? config.portalOrigin;
  // The caseworker console is the portal's own page (same origin as the API, no third-party
  // scripts); its short bearer tokens are the accepted exception (decision 0080).
  return [
    ...towns,
    publicClient(CASEWORKER_CLIENT_ID, portal, 'Fallbearbeitung (Saar-Portal)', 'bearer'),
  ];
}

/**
 * Whether `uri` is an acceptable redirect URI for a client registered with `registeredUris`:
 * same origin as one of them, already in normalized form (so `..`, `%2e`, backslashes and the
 * like are refused rather than reinterpreted), no credentials, query or fragment.
 */
export function isRedirectUriOnRegisteredOrigin(uri: string, registeredUris: string[]): boolean {
  const url = URL.parse(uri);
  if (url === null || url.href !== uri) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return false;
  }
  return registeredUris.some((registered) => normalizeOrigin(registered) === url.origin);
}

/** The origins of a client's registered redirect URIs (for CORS). */
export function clientOrigins(client: { redirectUris: string[] }): Set<string> {
  return new Set(client.redirectUris.flatMap((uri) => normalizeOrigin(uri) ?? []));
}
