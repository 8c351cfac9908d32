/**
 * The page's login, whichever widget asks: on load, a page the citizen account sent back to
 * completes the login once; a new page of a site where this tab was logged in signs in again
 * silently (`prompt=none`, no password while the account's own session lasts). The session then
 * goes to the page's session store, so every widget on the page sees it, and logout or expiry
 * clears it everywhere.
 */
import type { PortalClient } from '../../api/portal-client.js';
import type { SessionStore } from '../../shared/session.js';
import { LoginError } from './errors.js';
import { completeLogin, logout, startLogin, type LoginOptions } from './flow.js';
import type { OidcSession } from './oidc-session.js';
import { pageLogin } from './page-state.js';
import { clearLoggedIn, isLoginCallback, loggedInMarker } from './storage.js';

/**
 * Hands `session` to the page's session store and keeps the two in step (expiry signs the
 * store out). The login does this itself; exported for tests.
 */
export function adoptSession(session: OidcSession, store: SessionStore): OidcSession {
  const page = pageLogin();
  page.session?.end();
  page.session = session;
  store.signIn({ claims: session.claims, authorize: (request) => session.authorize(request) });
  session.addEventListener('expired', () => {
    clearLoggedIn();
    if (page.session === session) store.signOut();
  });
  return session;
}

/**
 * Completes a login the citizen account sent this page back from, or signs in again silently
 * where this tab was logged in; once per page, whoever asks first.
 */
export function resumeLogin(
  portal: PortalClient,
  store: SessionStore,
): Promise<OidcSession | undefined> {
  const page = pageLogin();
  page.resumed ??= (async () => {
    const here = new URL(location.href);
    if (isLoginCallback(here)) {
      const session = await completeLogin(portal, here, page.timing);
      return session ? adoptSession(session, store) : undefined;
    }
    if (loggedInMarker() && !page.session) {
      // Not again if this silent login already failed: the failure cleared the marker.
      await startLogin(portal, { prompt: 'none' });
    }
    return undefined;
  })().catch((error: unknown) => {
    if (error instanceof LoginError && error.kind === 'login-required') clearLoggedIn();
    throw error;
  });
  return page.resumed;
}

/** Logs in (redirect or popup); in popup mode resolves with the session on this page. */
export async function login(
  portal: PortalClient,
  store: SessionStore,
  options: LoginOptions = {},
): Promise<OidcSession> {
  const session = await startLogin(portal, options);
  return adoptSession(session, store);
}

/**
 * Logs `session` out here and at the citizen account (none: only the page forgets); every widget on the
 * page sees the session end.
 */
export function logoutEverywhere(store: SessionStore, session: OidcSession | undefined): void {
  const page = pageLogin();
  // Only the session the citizen logged out of: a newer one is not this logout's business.
  if (page.session === session) page.session = undefined;
  store.signOut();
  logout(session);
}
