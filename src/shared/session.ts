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

/** One request to authorize: its method and full URL (a DPoP proof signs both). */
export interface RequestToAuthorize {
  method: string;
  url: URL;
}

/** Headers that authorize a request (`Authorization`, and a `DPoP` proof where tokens are bound). */
export type AuthorizationHeaders = Record<string, string>;

/** What the login hands over after a successful login. */
export interface SessionInput {
  /** Claims about the citizen (name, trust level, …). */
  claims: CitizenClaims;
  /**
   * The headers that authorize `request`, refreshing tokens if needed; `undefined` once it
   * cannot. The login button's sessions send DPoP-bound tokens with a proof per request.
   */
  authorize?: (request: RequestToAuthorize) => Promise<AuthorizationHeaders | undefined>;
  /** A plain bearer token instead (stories, tests, an application's own login). */
  getAccessToken?: () => string | undefined | Promise<string | undefined>;
}

/**
 * The citizen's session as widgets see it: an `EventTarget` that fires `change`. Kept small and
 * structural, because another copy of the library on the page may have created the instance.
 */
export interface SessionStore extends EventTarget {
  /** Claims about the logged-in citizen, or `undefined` when nobody is logged in. */
  readonly claims: CitizenClaims | undefined;
  /** The headers that authorize `request`, or `undefined` when nobody is logged in. */
  authorize(request: RequestToAuthorize): Promise<AuthorizationHeaders | undefined>;
  /** Which claims the citizen lets forms prefill (asked once per session). */
  readonly prefillConsent: readonly string[] | undefined;
  /** Records the citizen's choice of prefillable claims; fires `change`. */
  setPrefillConsent(claims: readonly string[]): void;
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

  private consent: readonly string[] | undefined;

  get prefillConsent(): readonly string[] | undefined {
    return this.consent;
  }

  async authorize(request: RequestToAuthorize): Promise<AuthorizationHeaders | undefined> {
    const current = this.current;
    if (!current) return undefined;
    if (current.authorize) return current.authorize(request);
    const token = await current.getAccessToken?.();
    return token ? { Authorization: `Bearer ${token}` } : undefined;
  }

  setPrefillConsent(claims: readonly string[]): void {
    this.consent = [...claims];
    this.dispatchEvent(new Event(SESSION_CHANGE_EVENT));
  }

  signIn(session: SessionInput): void {
    if (this.current?.claims.sub !== session.claims.sub) this.consent = undefined;
    this.current = session;
    this.dispatchEvent(new Event(SESSION_CHANGE_EVENT));
  }

  signOut(): void {
    if (!this.current) return;
    this.current = undefined;
    this.consent = undefined;
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
