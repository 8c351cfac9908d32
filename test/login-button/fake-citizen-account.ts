/**
 * A fake citizen account (OpenID Connect provider) behind a stubbed `window.fetch`, for the
 * login's component tests: discovery, and a token endpoint that answers like oidc-provider with
 * DPoP-bound tokens, or with whatever a test wants to be refused (a wrong nonce, `alg: none`,
 * another issuer, plain bearer tokens). The real provider is exercised end to end in test/e2e.
 */
import { FakePortal } from '../fixtures/fake-portal.js';

export const ISSUER = 'https://portal.test/idp';
export const CLIENT_ID = 'saar-widgets';

const base64url = (value: string | Uint8Array) =>
  btoa(typeof value === 'string' ? value : String.fromCharCode(...value))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** A JWT with the given header and payload and a signature nobody checks here (TLS does). */
export function jwt(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${base64url('signature')}`;
}

/** Decodes a JWT's header and payload (for checking DPoP proofs). */
export function decodeJwt(token: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  const [header, payload] = token
    .split('.')
    .slice(0, 2)
    .map(
      (part) =>
        JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>,
    );
  return { header: header!, payload: payload! };
}

/** How the fake token endpoint answers the next requests. */
export interface TokenBehaviour {
  /** Overrides for the ID token's claims (`nonce`, `iss`, `aud`, …). */
  idTokenClaims?: Record<string, unknown>;
  /** The ID token's `alg` (default ES256). */
  alg?: string;
  /** `Bearer` pretends the provider ignores DPoP. */
  tokenType?: 'DPoP' | 'Bearer';
  /** Seconds the access token lives. */
  expiresIn?: number;
  /** An OAuth error instead of tokens. */
  error?: string;
}

/** One request the fake account received. */
export interface SeenRequest {
  url: string;
  body: URLSearchParams;
  dpop: string | null;
}

/** The fake account, installed over `window.fetch` until `restore()`. */
export class FakeCitizenAccount {
  readonly portal = new FakePortal();
  readonly seen: SeenRequest[] = [];
  behaviour: TokenBehaviour = {};
  /** The nonce the next ID token carries (a test sets it from its transaction). */
  nonce = '';
  private readonly original = window.fetch;
  private issued = 0;

  constructor() {
    this.portal.data.config = {
      issuer: ISSUER,
      clientId: CLIENT_ID,
      scopes: ['openid', 'profile'],
    };
    window.fetch = (input, init) => this.answer(new Request(input, init));
  }

  restore(): void {
    window.fetch = this.original;
  }

  private async answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.href.startsWith(`${ISSUER}/.well-known/openid-configuration`)) {
      return Response.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/auth`,
        token_endpoint: `${ISSUER}/token`,
        end_session_endpoint: `${ISSUER}/session/end`,
        jwks_uri: `${ISSUER}/jwks`,
        code_challenge_methods_supported: ['S256'],
        id_token_signing_alg_values_supported: ['ES256'],
        dpop_signing_alg_values_supported: ['ES256'],
      });
    }
    if (url.href === `${ISSUER}/token`) {
      const body = new URLSearchParams(await request.text());
      this.seen.push({ url: url.href, body, dpop: request.headers.get('dpop') });
      return this.tokens(body);
    }
    if (url.href.startsWith('https://portal.test/api/v1/')) return this.portal.handle(request);
    return new Response('not found', { status: 404 });
  }

  private tokens(body: URLSearchParams): Response {
    const b = this.behaviour;
    if (b.error) return Response.json({ error: b.error }, { status: 400 });
    const now = Math.floor(Date.now() / 1000);
    this.issued += 1;
    const idToken = jwt(
      { alg: b.alg ?? 'ES256', typ: 'JWT', kid: 'k1' },
      {
        iss: ISSUER,
        aud: CLIENT_ID,
        sub: 'citizen-erika',
        acr: 'STORK-QAA-Level-3',
        given_name: 'Erika',
        family_name: 'Mustermann',
        iat: now,
        exp: now + 600,
        nonce: this.nonce,
        ...b.idTokenClaims,
      },
    );
    return Response.json({
      access_token: `access-${this.issued}`,
      token_type: b.tokenType ?? 'DPoP',
      expires_in: b.expiresIn ?? 600,
      refresh_token: `refresh-${this.issued}`,
      scope: 'openid profile',
      // A refresh answer carries no new ID token in oidc-provider's default setup.
      ...(body.get('grant_type') === 'authorization_code' ? { id_token: idToken } : {}),
    });
  }
}
