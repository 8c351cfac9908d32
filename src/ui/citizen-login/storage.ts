/**
 * What the login keeps in the tab's `sessionStorage`, and nothing else on the device: the open
 * login transaction (PKCE verifier, state and nonce must survive the redirect to the citizen
 * account and back), and a marker that this tab is logged in, so the next page of the same town
 * site can sign the citizen in again without a password. No token, no key, no personal data:
 * tokens and the DPoP key live in the page's memory only (docs/decisions/0080-…).
 * Cleared on logout, on expiry and when the transaction completes.
 */
import type { TrustLevel } from '../../api/vocabulary.js';

const TRANSACTION_KEY = 'saar-portal.login-transaction';
const MARKER_KEY = 'saar-portal.logged-in';

/** A login on its way: what the callback must check and where the citizen goes back to. */
export interface LoginTransaction {
  issuer: string;
  clientId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The redirect URI sent (the page without query and fragment). */
  redirectUri: string;
  /** The full page address to return to (query and fragment included). */
  returnUrl: string;
  scrollX: number;
  scrollY: number;
  /** The trust level asked for, if any. */
  trustLevel?: TrustLevel;
  /** `popup`: the callback page hands the answer to its opener and closes. */
  mode: 'redirect' | 'popup';
  /** `none`: a silent re-login on a new page of the same site (`prompt=none`). */
  prompt?: 'none';
  /** When it started (ms since epoch); older transactions are dropped. */
  startedAt: number;
}

/** That this tab was logged in at the citizen account, and with which client. */
export interface LoggedInMarker {
  issuer: string;
  clientId: string;
}

/** How long a login may take before its transaction is dropped. */
const TRANSACTION_LIFETIME_MS = 15 * 60 * 1000;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Storage disabled by the browser or a policy: the login still works within one page.
    return undefined;
  }
}

function read<T>(key: string): T | undefined {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or disabled: a redirect login then cannot complete, which the callback reports.
  }
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clean up.
  }
}

/** Keeps a login transaction for the callback. */
export function saveTransaction(transaction: LoginTransaction): void {
  write(TRANSACTION_KEY, transaction);
}

/** The open transaction, if one is there and not too old. */
export function openTransaction(now = Date.now()): LoginTransaction | undefined {
  const transaction = read<LoginTransaction>(TRANSACTION_KEY);
  if (!transaction || now - transaction.startedAt > TRANSACTION_LIFETIME_MS) return undefined;
  return transaction;
}

/** Drops the transaction (done, failed or abandoned): a code can be redeemed only once anyway. */
export function clearTransaction(): void {
  remove(TRANSACTION_KEY);
}

/** Remembers that this tab is logged in (for the next page of the site). */
export function markLoggedIn(marker: LoggedInMarker): void {
  write(MARKER_KEY, marker);
}

/** The marker, if this tab was logged in. */
export function loggedInMarker(): LoggedInMarker | undefined {
  return read<LoggedInMarker>(MARKER_KEY);
}

/** Forgets that this tab was logged in (logout, expiry, a failed silent login). */
export function clearLoggedIn(): void {
  remove(MARKER_KEY);
}

/** Whether `url` carries an answer from the citizen account (a code or an error, with state). */
export function isLoginCallback(url: URL): boolean {
  const params = url.searchParams;
  return params.has('state') && (params.has('code') || params.has('error'));
}
