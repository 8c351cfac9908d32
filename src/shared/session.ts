/**
 * The citizen's session, page-wide. The login button fills it; every other widget reads it and
 * re-renders when it changes. Widgets never talk to each other directly: they share this store.
 *
 * Nothing is stored on the citizen's device: the store lives in memory and ends with the page.
 */
import type { CitizenClaims } from '../api/schemas/session.js';
import { pageSingleton } from './page-singleton.js';

/** Name of the event a session store fires on login, logout and token refresh. */
export const SESSION_CHANGE_EVENT = 'change';

/** What the login button hands over after a successful login. */
export interface SessionInput {
  /** Claims about the citizen (name, trust level, …). */
  claims: CitizenClaims;
  /** Returns a valid access token, refreshing it if needed; `undefined` once it cannot. */
  getAccessToken: () => string | undefined | Promise<string | undefined>;
}

/**
 * The citizen's session as widgets see it: an `EventTarget` that fires `change`. Kept small and
 * structural, because another copy of the library on the page may have created the instance.
 */
export interface SessionStore extends EventTarget {
  /** Claims about the logged-in citizen, or `undefined` when nobody is logged in. */
  readonly claims: CitizenClaims | undefined;
  /** The access token for portal calls, or `undefined` when nobody is logged in. */
  getAccessToken(): Promise<string | undefined>;
  /** Starts (or replaces) the session; fires `change`. */
  signIn(session: SessionInput): void;
  /** Ends the session; fires `change`. */
  signOut(): void;
}

/** An in-memory session store. */
class MemorySessionStore extends EventTarget implements SessionStore {
  private current: SessionInput | undefined;

  get claims(): CitizenClaims | undefined {
    return this.current?.claims;
  }

  async getAccessToken(): Promise<string | undefined> {
    return this.current ? await this.current.getAccessToken() : undefined;
  }

  signIn(session: SessionInput): void {
    this.current = session;
    this.dispatchEvent(new Event(SESSION_CHANGE_EVENT));
  }

  signOut(): void {
    if (!this.current) return;
    this.current = undefined;
    this.dispatchEvent(new Event(SESSION_CHANGE_EVENT));
  }
}

/** A new, empty session store (tests and stories use their own; pages use `pageSession()`). */
export function createSessionStore(): SessionStore {
  return new MemorySessionStore();
}

/** The page's session store, shared by every widget and every copy of the library. */
export function pageSession(): SessionStore {
  return pageSingleton('session', createSessionStore);
}
