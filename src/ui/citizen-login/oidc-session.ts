/**
 * A logged-in citizen's tokens, in this page's memory only: the access and refresh tokens are
 * sender-constrained with DPoP (RFC 9449) to a key pair that cannot be exported, so a token
 * copied off the page is worthless elsewhere. The access token is refreshed before it expires
 * (refresh tokens rotate), so a long application never dies of an expired token; the session
 * itself ends after a stretch without activity, with a warning first that lets the citizen
 * extend it (WCAG 2.2.1).
 */
import * as oauth from 'oauth4webapi';
import type { CitizenClaims } from '../../api/schemas/session.js';
import type { LoginProvider } from './provider.js';

/** How long a session lasts without activity, and how early the citizen is warned. */
export interface SessionTiming {
  /** Milliseconds without activity after which the session ends (default 30 minutes). */
  idleMs: number;
  /** Milliseconds before the end at which the warning comes (default 2 minutes). */
  warnBeforeMs: number;
}

export const DEFAULT_TIMING: SessionTiming = { idleMs: 30 * 60_000, warnBeforeMs: 2 * 60_000 };

/**
 * How long before its end an access token is renewed: a minute, or a quarter of its lifetime
 * for short-lived ones (else a token shorter than the margin would be renewed in a loop).
 */
function refreshMargin(tokens: SessionTokens): number {
  return Math.min(60_000, tokens.lifetimeMs / 4);
}

/** Fired on an `OidcSession`: `expiring` (warn now), `extended`, `expired`, `refreshed`. */
export type OidcSessionEvent = 'expiring' | 'extended' | 'expired' | 'refreshed';

/** The tokens of one login. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string | undefined;
  idToken: string | undefined;
  /** When the access token expires (ms since epoch). */
  expiresAt: number;
  /** How long the access token lives, in milliseconds. */
  lifetimeMs: number;
}

/** A citizen's session at the citizen account, kept in memory. */
export class OidcSession extends EventTarget {
  readonly provider: LoginProvider;
  readonly claims: CitizenClaims;
  /** When the session ends unless extended (ms since epoch). */
  endsAt: number;
  private tokens: SessionTokens;
  private readonly dpop: oauth.DPoPHandle;
  private readonly timing: SessionTiming;
  private refreshing: Promise<void> | undefined;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private ended = false;
  /** Whether the warning timer has fired since the end last moved. */
  private warned = false;

  constructor(
    provider: LoginProvider,
    claims: CitizenClaims,
    tokens: SessionTokens,
    dpop: oauth.DPoPHandle,
    timing: SessionTiming = DEFAULT_TIMING,
  ) {
    super();
    this.provider = provider;
    this.claims = claims;
    this.tokens = tokens;
    this.dpop = dpop;
    this.timing = timing;
    this.endsAt = Date.now() + timing.idleMs;
    this.schedule();
  }

  /** The ID token, for the logout request's `id_token_hint`. */
  get idToken(): string | undefined {
    return this.tokens.idToken;
  }

  /** Whether the warning is due: the session ends within the warning time. */
  get warningDue(): boolean {
    // The timer's word counts too: timers may fire a millisecond before `Date.now()` agrees
    // (Firefox reduces its precision), and a warning announced but not shown would be worse.
    return !this.ended && (this.warned || Date.now() >= this.endsAt - this.timing.warnBeforeMs);
  }

  /** Whether the session has ended (expired or logged out). */
  get isEnded(): boolean {
    return this.ended;
  }

  /**
   * The headers that authorize one request to the portal: `Authorization: DPoP <token>` and a
   * fresh `DPoP` proof for this method and URL. Counts as activity.
   */
  async authorize(request: {
    method: string;
    url: URL;
  }): Promise<Record<string, string> | undefined> {
    if (this.ended) return undefined;
    if (Date.now() > this.tokens.expiresAt - refreshMargin(this.tokens) / 2) await this.refresh();
    if (this.ended) return undefined;
    this.touch();
    return proofHeaders(this.tokens.accessToken, request, this.dpop);
  }

  /** "Stay logged in": the session starts its time again, with fresh tokens. */
  async extend(): Promise<void> {
    await this.refresh();
    if (this.ended) return;
    this.endsAt = Date.now() + this.timing.idleMs;
    this.schedule();
    this.dispatchEvent(new Event('extended'));
  }

  /** Ends the session here (the caller ends it at the citizen account). */
  end(): void {
    this.ended = true;
    this.clearTimers();
  }

  /** Exchanges the refresh token for new tokens; one refresh at a time. */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const refreshToken = this.tokens.refreshToken;
    if (!refreshToken) {
      // No refresh token: the access token's end is the session's end.
      if (Date.now() >= this.tokens.expiresAt) this.expire();
      return;
    }
    const { server, client, http } = this.provider;
    try {
      const result = await withDpopNonceRetry(async () => {
        const response = await oauth.refreshTokenGrantRequest(
          server,
          client,
          oauth.None(),
          refreshToken,
          {
            ...http,
            DPoP: this.dpop,
          },
        );
        return oauth.processRefreshTokenResponse(server, client, response);
      });
      this.tokens = tokensOf(result, this.tokens);
      this.schedule();
      this.dispatchEvent(new Event('refreshed'));
    } catch (error) {
      // An invalid_grant means the session at the citizen account is over; anything else (offline)
      // is tried again by the next call, until the access token itself runs out.
      if (error instanceof oauth.ResponseBodyError || Date.now() >= this.tokens.expiresAt) {
        this.expire();
      }
    }
  }

  private touch(): void {
    const next = Date.now() + this.timing.idleMs;
    // Only reschedule when it moves the end noticeably: every request counts, timers are cheap.
    if (next - this.endsAt > 5_000) {
      this.endsAt = next;
      this.schedule();
    }
  }

  private schedule(): void {
    this.clearTimers();
    this.warned = false;
    if (this.ended) return;
    const now = Date.now();
    const warnAt = this.endsAt - this.timing.warnBeforeMs;
    this.timers.push(
      setTimeout(
        () => {
          this.warned = true;
          this.dispatchEvent(new Event('expiring'));
        },
        Math.max(0, warnAt - now),
      ),
    );
    this.timers.push(setTimeout(() => this.expire(), Math.max(0, this.endsAt - now)));
    const refreshAt = this.tokens.expiresAt - refreshMargin(this.tokens);
    if (this.tokens.refreshToken && refreshAt < this.endsAt) {
      this.timers.push(setTimeout(() => void this.refresh(), Math.max(0, refreshAt - now)));
    }
  }

  private expire(): void {
    if (this.ended) return;
    this.end();
    this.dispatchEvent(new Event('expired'));
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }
}

/** The tokens in a token endpoint answer (keeping the old refresh token if none came). */
export function tokensOf(
  result: oauth.TokenEndpointResponse,
  previous?: SessionTokens,
): SessionTokens {
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token ?? previous?.refreshToken,
    idToken: result.id_token ?? previous?.idToken,
    expiresAt: Date.now() + (result.expires_in ?? 300) * 1000,
    lifetimeMs: (result.expires_in ?? 300) * 1000,
  };
}

/** Runs `request` again once if the server asks for a (new) DPoP nonce. */
export async function withDpopNonceRetry<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (oauth.isDPoPNonceError(error)) return request();
    throw error;
  }
}

function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * The `Authorization` and `DPoP` headers oauth4webapi would send with `request`. The library
 * signs the proof (method, URL, time, a unique id and the token's hash); the portal client then
 * sends the request itself, with its timeouts and retries.
 */
async function proofHeaders(
  accessToken: string,
  request: { method: string; url: URL },
  dpop: oauth.DPoPHandle,
): Promise<Record<string, string>> {
  let captured: Headers | undefined;
  await oauth.protectedResourceRequest(
    accessToken,
    request.method,
    request.url,
    new Headers(),
    null,
    {
      // Plain http only for a portal on this machine (the demo); everywhere else https.
      ...(isLoopbackHttp(request.url) ? { [oauth.allowInsecureRequests]: true } : {}),
      DPoP: dpop,
      [oauth.customFetch]: async (_url, init) => {
        captured = new Headers(init.headers);
        return new Response(null, { status: 204 });
      },
    },
  );
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'dpop']) {
    const value = captured?.get(name);
    if (value) headers[name === 'dpop' ? 'DPoP' : 'Authorization'] = value;
  }
  return headers;
}
