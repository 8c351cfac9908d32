/**
 * The page's login state, shared by every login-capable widget (and every copy of the library):
 * light on purpose, so a widget can read it without loading the login code (oauth4webapi) that
 * `page-login.ts` brings when someone actually logs in.
 */
import { pageSingleton } from '../../shared/page-singleton.js';
import type { OidcSession, SessionTiming } from './oidc-session.js';

/** What the page knows about its login. */
export interface PageLogin {
  session: OidcSession | undefined;
  resumed: Promise<OidcSession | undefined> | undefined;
  timing: SessionTiming | undefined;
}

/** The page's login state. */
export const pageLogin = (): PageLogin =>
  pageSingleton<PageLogin>('citizen-login', () => ({
    session: undefined,
    resumed: undefined,
    timing: undefined,
  }));

/** The citizen's session at the citizen account, if logged in on this page. */
export function currentOidcSession(): OidcSession | undefined {
  const session = pageLogin().session;
  return session && !session.isEnded ? session : undefined;
}

/** Shortens the session timing for this page (tests and demos of the expiry warning). */
export function setSessionTiming(timing: SessionTiming): void {
  pageLogin().timing = timing;
}
