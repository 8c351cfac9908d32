/**
 * The login itself: authorization code flow with PKCE (S256), `state` and `nonce`, through
 * oauth4webapi, against the citizen account the portal names. Redirect by default (the page
 * leaves and comes back to the same address, scroll position included), a popup as an option.
 * The callback checks state, issuer, nonce and the ID token's algorithm, redeems the code for
 * DPoP-bound tokens and cleans the address bar, so no `code` or `state` stays in history.
 */
import * as oauth from 'oauth4webapi';
import type { PortalClient } from '../../api/portal-client.js';
import type { TrustLevel } from '../../api/vocabulary.js';
import { CitizenClaimsSchema } from '../../api/schemas/session.js';
import { LoginError, failureOfAuthorizationError } from './errors.js';
import { OidcSession, tokensOf, withDpopNonceRetry, type SessionTiming } from './oidc-session.js';
import { loginProvider, type LoginProvider } from './provider.js';
import { openLoginPopup } from './popup.js';
import {
  clearLoggedIn,
  clearTransaction,
  isLoginCallback,
  markLoggedIn,
  openTransaction,
  saveTransaction,
  type LoginTransaction,
} from './storage.js';

/** Fired on `window` just before the page leaves for the citizen account: save what was typed. */
export const BEFORE_LOGIN_EVENT = 'saar-portal-before-login';

/**
 * Fired on `window` when a page the citizen account sent back to has its address back (query and
 * fragment as before the login): page scripts that read their address at load read it again.
 */
export const LOGIN_RETURN_EVENT = 'saar-portal-login-return';

/** Marks the state of a popup login, so the callback in the popup hands over to its opener. */
const POPUP_STATE_PREFIX = 'popup.';

/** How a login starts. */
export interface LoginOptions {
  /** The lowest trust level the session must have (`acr_values`). */
  trustLevel?: TrustLevel;
  /** `popup` keeps the page; `redirect` (default) leaves and comes back. */
  mode?: 'redirect' | 'popup';
  /** `none`: sign in again silently on a new page of the site, or fail with `login-required`. */
  prompt?: 'none';
  /**
   * The popup window, opened by the caller in the click's own task (browsers block popups
   * opened later, and loading this module takes a moment); see `openLoginPopup`.
   */
  popup?: Window | null;
}

/** The redirect URI for this page: its address without query and fragment (decision 0012). */
export function redirectUriOf(page: URL): string {
  return `${page.origin}${page.pathname}`;
}

/** The authorization request's address for `transaction`. */
function authorizationUrl(
  provider: LoginProvider,
  transaction: LoginTransaction,
  challenge: string,
): URL {
  const endpoint = provider.server.authorization_endpoint;
  if (!endpoint) throw new LoginError('unreachable', 'the issuer has no authorization endpoint');
  const url = new URL(endpoint);
  const params = url.searchParams;
  params.set('client_id', provider.client.client_id);
  params.set('redirect_uri', transaction.redirectUri);
  params.set('response_type', 'code');
  params.set('scope', provider.scopes.join(' '));
  params.set('code_challenge', challenge);
  params.set('code_challenge_method', 'S256');
  params.set('state', transaction.state);
  params.set('nonce', transaction.nonce);
  if (transaction.trustLevel) params.set('acr_values', transaction.trustLevel);
  if (transaction.prompt) params.set('prompt', transaction.prompt);
  return url;
}

/**
 * Starts a login. Redirect mode leaves the page (the promise then never settles); popup mode
 * resolves with the session once the citizen has logged in in the popup.
 */
export async function startLogin(
  portal: PortalClient,
  options: LoginOptions = {},
): Promise<OidcSession> {
  const mode = options.mode ?? 'redirect';
  // A popup must open in the click's own task, or the browser blocks it: open it empty first.
  const popup = mode === 'popup' ? (options.popup ?? openLoginPopup()) : null;
  if (mode === 'popup' && !popup)
    throw new LoginError('popup-blocked', 'the browser blocked the login popup');
  try {
    const provider = await loginProvider(portal);
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const page = new URL(location.href);
    const transaction: LoginTransaction = {
      issuer: provider.server.issuer,
      clientId: provider.client.client_id,
      // A popup's state says so: the popup's own storage is a copy taken before the login began.
      state: `${mode === 'popup' ? POPUP_STATE_PREFIX : ''}${oauth.generateRandomState()}`,
      nonce: oauth.generateRandomNonce(),
      codeVerifier,
      redirectUri: redirectUriOf(page),
      returnUrl: page.href,
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      mode,
      startedAt: Date.now(),
      ...(options.trustLevel ? { trustLevel: options.trustLevel } : {}),
      ...(options.prompt ? { prompt: options.prompt } : {}),
    };
    saveTransaction(transaction);
    const url = authorizationUrl(
      provider,
      transaction,
      await oauth.calculatePKCECodeChallenge(codeVerifier),
    );
    if (popup) return await loginInPopup(popup, url, portal);
    window.dispatchEvent(new Event(BEFORE_LOGIN_EVENT));
    location.assign(url.href);
    return await new Promise<never>(() => {});
  } catch (error) {
    popup?.close();
    throw error;
  }
}

/** Waits for the popup's callback page to hand over its address, then completes the login. */
function loginInPopup(popup: Window, url: URL, portal: PortalClient): Promise<OidcSession> {
  popup.location.href = url.href;
  return new Promise((resolve, reject) => {
    const closedCheck = setInterval(() => {
      if (popup.closed) {
        cleanup();
        reject(new LoginError('cancelled', 'the citizen closed the login popup'));
      }
    }, 500);
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== popup) return;
      const data = event.data as { type?: unknown; href?: unknown };
      if (data?.type !== 'saar-portal-login-callback' || typeof data.href !== 'string') return;
      cleanup();
      popup.close();
      completeLogin(portal, new URL(data.href)).then((session) => {
        if (session) resolve(session);
        else reject(new LoginError('rejected', 'the popup returned no login answer'));
      }, reject);
    };
    const cleanup = () => {
      clearInterval(closedCheck);
      window.removeEventListener('message', onMessage);
    };
    window.addEventListener('message', onMessage);
  });
}

/**
 * On a page that the citizen account sent back to: checks the answer against the open
 * transaction and redeems the code. Answers `undefined` when this page is no login callback.
 * In a login popup, hands the answer to the opener and closes instead.
 */
export async function completeLogin(
  portal: PortalClient,
  callbackUrl: URL = new URL(location.href),
  timing?: SessionTiming,
): Promise<OidcSession | undefined> {
  if (!isLoginCallback(callbackUrl)) return undefined;
  const inPopup = callbackUrl.searchParams.get('state')?.startsWith(POPUP_STATE_PREFIX);
  if (inPopup && window.opener && callbackUrl.href === location.href) {
    // Only a page of this origin receives it; the opener checks the state against its own record.
    (window.opener as Window).postMessage(
      { type: 'saar-portal-login-callback', href: callbackUrl.href },
      location.origin,
    );
    window.close();
    return undefined;
  }
  const transaction = openTransaction();
  if (!transaction) return undefined;
  clearTransaction();
  if (transaction.mode === 'redirect') restorePage(transaction);
  const provider = await loginProvider(portal);
  if (
    provider.server.issuer !== transaction.issuer ||
    provider.client.client_id !== transaction.clientId
  ) {
    throw new LoginError('rejected', 'the login was started with another issuer or client');
  }
  return redeem(provider, transaction, callbackUrl, timing);
}

/** Puts the address back as it was before the login (no code or state in history), and the scroll. */
function restorePage(transaction: LoginTransaction): void {
  const target = new URL(transaction.returnUrl, location.href);
  if (target.origin === location.origin) history.replaceState(history.state, '', target.href);
  window.scrollTo(transaction.scrollX, transaction.scrollY);
  window.dispatchEvent(new Event(LOGIN_RETURN_EVENT));
}

async function redeem(
  provider: LoginProvider,
  transaction: LoginTransaction,
  callbackUrl: URL,
  timing?: SessionTiming,
): Promise<OidcSession> {
  const { server, client, http } = provider;
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(server, client, callbackUrl, transaction.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      throw new LoginError(
        failureOfAuthorizationError(error.error),
        `the citizen account answered ${error.error}`,
        {
          cause: error,
        },
      );
    }
    throw new LoginError('rejected', 'the login answer failed its checks (state or issuer)', {
      cause: error,
    });
  }
  try {
    const keyPair = await oauth.generateKeyPair('ES256');
    const dpop = oauth.DPoP(client, keyPair);
    const result = await withDpopNonceRetry(async () => {
      const response = await oauth.authorizationCodeGrantRequest(
        server,
        client,
        oauth.None(),
        params,
        transaction.redirectUri,
        transaction.codeVerifier,
        { ...http, DPoP: dpop },
      );
      return oauth.processAuthorizationCodeResponse(server, client, response, {
        expectedNonce: transaction.nonce,
        requireIdToken: true,
      });
    });
    if (result.token_type.toLowerCase() !== 'dpop') {
      throw new LoginError(
        'rejected',
        `the token is not DPoP-bound (token_type ${result.token_type})`,
      );
    }
    const claims = CitizenClaimsSchema.parse(oauth.getValidatedIdTokenClaims(result));
    markLoggedIn({ issuer: server.issuer, clientId: client.client_id });
    return new OidcSession(provider, claims, tokensOf(result), dpop, timing);
  } catch (error) {
    if (error instanceof LoginError) throw error;
    throw new LoginError('rejected', 'the token answer failed its checks', { cause: error });
  }
}

/**
 * Ends the session here and at the citizen account: forgets the tokens, then sends the page to
 * the account's logout, which comes back to this page.
 */
export function logout(session: OidcSession | undefined): void {
  clearLoggedIn();
  clearTransaction();
  if (!session) return;
  session.end();
  const endpoint = session.provider.server.end_session_endpoint;
  if (!endpoint) return;
  const url = new URL(endpoint);
  url.searchParams.set('client_id', session.provider.client.client_id);
  url.searchParams.set('post_logout_redirect_uri', redirectUriOf(new URL(location.href)));
  if (session.idToken) url.searchParams.set('id_token_hint', session.idToken);
  location.assign(url.href);
}
