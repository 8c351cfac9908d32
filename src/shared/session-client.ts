/**
 * The client in scope, speaking for the session in scope (its tokens and DPoP proofs). A provider may hand its subtree
 * another session than the page's (stories, tests, an application with its own login); the
 * widgets below must then send that session's token, not the page session's. One bound client
 * per (client, session) pair, so its retries and caches are shared like the client's own.
 */
import type { PortalClient } from '../api/portal-client.js';
import type { SessionStore } from './session.js';

const bound = new WeakMap<PortalClient, WeakMap<SessionStore, PortalClient>>();

/** `client`, sending the access token of `session`. */
export function clientForSession(client: PortalClient, session: SessionStore): PortalClient {
  let bySession = bound.get(client);
  if (!bySession) bound.set(client, (bySession = new WeakMap()));
  let forSession = bySession.get(session);
  if (!forSession) {
    forSession = client.withAuthorization((request) => session.authorize(request));
    bySession.set(session, forSession);
  }
  return forSession;
}
