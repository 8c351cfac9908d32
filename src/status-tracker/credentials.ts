/**
 * The reference and access code the tracker opens an application with, and where they come from:
 * the element's attributes, the confirmation's link (`#saar-access-code=…` in the address: a
 * fragment never reaches a server or a `Referer`), or what the citizen typed. Kept in the tab's
 * `sessionStorage` so a reload needs no retyping; gone when the tab closes or the citizen looks
 * up another application.
 */
import { parseAccessCode, parseReference } from '../api/rules/typed-identifiers.js';

/** What opens one application without a login. */
export interface Credentials {
  reference: string;
  accessCode: string;
}

const KEY = 'saar-portal.tracker';
const FRAGMENT = /^#saar-access-code=([\w-]{8,16})$/;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The access code the page's address carries for `reference`, taken out of the address at once
 * (so it stays out of history and bookmarks).
 */
export function accessCodeFromAddress(): string | undefined {
  const match = FRAGMENT.exec(location.hash);
  if (!match) return undefined;
  history.replaceState(history.state, '', location.pathname + location.search);
  return parseAccessCode(match[1]);
}

/** The credentials this tab used last, if any. */
export function keptCredentials(): Credentials | undefined {
  try {
    const kept = JSON.parse(storage()?.getItem(KEY) ?? 'null') as Partial<Credentials> | null;
    const reference = parseReference(kept?.reference);
    const accessCode = parseAccessCode(kept?.accessCode);
    return reference && accessCode ? { reference, accessCode } : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `credentials` for this tab (a reload opens the application again). */
export function keepCredentials(credentials: Credentials): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(credentials));
  } catch {
    // Storage full or refused: the citizen types the code again after a reload.
  }
}

/** Forgets the tab's credentials. */
export function forgetCredentials(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}
