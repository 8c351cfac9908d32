/**
 * Where and how this page logs in: the portal's `GET /config` names the issuer and this site's
 * client id; the issuer's discovery document (through oauth4webapi) names the endpoints. Once
 * per page and portal.
 */
import * as oauth from 'oauth4webapi';
import type { PortalClient } from '../../api/portal-client.js';
import { pageSingleton } from '../../shared/page-singleton.js';
import { LoginError } from './errors.js';
import { loginConfiguration } from './registration.js';

/** Everything a login needs to know about the citizen account. */
export interface LoginProvider {
  server: oauth.AuthorizationServer;
  client: oauth.Client;
  scopes: readonly string[];
  /** Options for every oauth4webapi request (plain http only for a loopback issuer). */
  http: { [oauth.allowInsecureRequests]?: boolean };
}

/** One discovery per page and portal, shared by every copy of the library on the page. */
const providers = () =>
  pageSingleton('login-providers', () => new Map<string, Promise<LoginProvider>>());

/** Whether `url` is on this machine: the only place a plain-http issuer is accepted. */
function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

async function discover(portal: PortalClient): Promise<LoginProvider> {
  const config = await loginConfiguration(portal);
  const issuer = new URL(config.issuer);
  const http =
    issuer.protocol === 'http:' && isLoopback(issuer)
      ? { [oauth.allowInsecureRequests]: true }
      : {};
  try {
    const response = await oauth.discoveryRequest(issuer, { ...http, algorithm: 'oidc' });
    const server = await oauth.processDiscoveryResponse(issuer, response);
    return {
      server,
      client: { client_id: config.clientId, token_endpoint_auth_method: 'none' },
      scopes: config.scopes,
      http,
    };
  } catch (error) {
    throw new LoginError('unreachable', `discovery of ${issuer.href} failed`, { cause: error });
  }
}

/** The login provider of `portal`, discovered once per page (a failure is tried again). */
export function loginProvider(portal: PortalClient): Promise<LoginProvider> {
  const key = portal.baseUrl.href;
  const known = providers();
  let pending = known.get(key);
  if (!pending) {
    pending = discover(portal);
    known.set(key, pending);
    pending.catch(() => known.delete(key));
  }
  return pending;
}
