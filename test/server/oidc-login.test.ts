/**
 * The citizen account end to end: a real authorization-code + PKCE login against the local
 * provider under /idp, as a town's site would run it (oauth4webapi, a cookie-keeping "browser"
 * that submits the login and consent forms), then the API accepting the token, and the ways a
 * token or a login request must be refused.
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  SignJWT,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  importJWK,
  type JWTPayload,
} from 'jose';
import * as oauth from 'oauth4webapi';
import { loadConfig, type ServerConfig } from '../../server/config.js';
import {
  AuthError,
  createAccessTokenVerifier,
  type AccessTokenVerifier,
} from '../../server/auth/verify-access-token.js';
import { TEST_ACCOUNTS, clientIdForOrigin } from '../../server/idp/index.js';
import { idpKeysPath, loadOrCreateIdpKeys } from '../../server/idp/keys.js';
import { CookieBrowser } from './support/cookie-browser.js';
import { startPortal } from './support/start-portal.js';

const TOWN = 'http://localhost:8801';
const REDIRECT_URI = `${TOWN}/dienste/meldebescheinigung.html`;
const insecure = { [oauth.allowInsecureRequests]: true } as const;

function account(login: string) {
  const found = TEST_ACCOUNTS.find((candidate) => candidate.login === login);
  assert.ok(found, `test account ${login}`);
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

let dataDir: string;
let config: ServerConfig;
let app: FastifyInstance;
let verifier: AccessTokenVerifier;
let as: oauth.AuthorizationServer;

/** The authorization request a town page would send, with PKCE. */
async function authorizationRequest(
  overrides: Record<string, string | undefined> = {},
  clientId = clientIdForOrigin(TOWN, config) ?? '',
) {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const url = new URL(as.authorization_endpoint ?? '');
  const parameters: Record<string, string | undefined> = {
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'openid profile email address',
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...overrides,
  };
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return { url, codeVerifier, state, nonce, clientId, redirectUri: parameters.redirect_uri ?? '' };
}

/** A key pair in the "browser" and the DPoP handle that signs proofs with it. */
async function newDpop(clientId: string) {
  const keyPair = await oauth.generateKeyPair('ES256');
  const client: oauth.Client = { client_id: clientId };
  return { keyPair, handle: oauth.DPoP(client, keyPair) };
}

/**
 * Runs a whole login as `login` and returns the token endpoint's answer; a town's client proves
 * possession of a DPoP key (`dpop`), the caseworker console does not.
 */
async function logIn(
  login: string,
  overrides: Record<string, string> = {},
  clientId?: string,
  means?: string,
) {
  const request = await authorizationRequest(overrides, clientId);
  const bound = request.clientId !== clientIdForOrigin(config.portalOrigin, config);
  const dpop = bound ? await newDpop(request.clientId) : undefined;
  const browser = new CookieBrowser();
  const loginPage = await browser.navigate(request.url, request.redirectUri);
  assert.equal(loginPage.status, 200);
  assert.match(loginPage.body, /<html lang="de">/);
  const { password } = account(login);
  const consentPage = await browser.submitForm(
    loginPage,
    '/login',
    { login, password, ...(means ? { means } : {}) },
    request.redirectUri,
  );
  assert.equal(consentPage.status, 200, consentPage.body);
  assert.match(consentPage.body, /Daten freigeben/);
  const callback = await browser.submitForm(consentPage, '/confirm', {}, request.redirectUri);
  assert.ok(
    callback.location?.startsWith(request.redirectUri),
    `redirected to ${callback.location}`,
  );

  const client: oauth.Client = { client_id: request.clientId };
  const parameters = oauth.validateAuthResponse(
    as,
    client,
    new URL(callback.location ?? ''),
    request.state,
  );
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    parameters,
    request.redirectUri,
    request.codeVerifier,
    {
      ...insecure,
      headers: { origin: new URL(request.redirectUri).origin },
      ...(dpop ? { DPoP: dpop.handle } : {}),
    },
  );
  // The token endpoint answers the site's origin (CORS), as a browser needs it.
  assert.equal(
    response.headers.get('access-control-allow-origin'),
    new URL(request.redirectUri).origin,
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
    expectedNonce: request.nonce,
    requireIdToken: true,
  });
  const idToken = oauth.getValidatedIdTokenClaims(result);
  assert.ok(idToken, 'an ID token');
  return { result, idToken, browser, dpop, client };
}

/** A token signed with the provider's own key, for the cases a real login cannot produce. */
async function forgeToken(claims: JWTPayload, expiresAt: number): Promise<string> {
  const [signingKey] = loadOrCreateIdpKeys(dataDir).signingKeys;
  assert.ok(signingKey);
  const key = await importJWK(signingKey, 'ES256');
  return new SignJWT({
    iss: config.oidcIssuer,
    aud: config.oidcAudience,
    sub: account('marie.klein').sub,
    iat: expiresAt - 600,
    exp: expiresAt,
    acr: 'STORK-QAA-Level-4',
    roles: ['citizen'],
    ...claims,
  })
    .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: signingKey.kid ?? '' })
    .sign(key);
}

async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AuthError, `expected AuthError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the token to be refused');
}

/**
 * `GET /me/applications` as a page would call it: with a DPoP proof signed by `dpop` (the
 * library builds it, the request goes to the app in-process), or as a plain bearer token.
 */
async function callApi(
  accessToken: string,
  dpop?: oauth.DPoPHandle,
  path = '/api/v1/me/applications',
  method = 'GET',
) {
  const url = new URL(path, config.portalOrigin);
  if (!dpop) {
    return app.inject({ method, url: path, headers: { authorization: `Bearer ${accessToken}` } });
  }
  let headers: Record<string, string> = {};
  await oauth.protectedResourceRequest(accessToken, method, url, new Headers(), null, {
    ...insecure,
    DPoP: dpop,
    [oauth.customFetch]: async (_url, init) => {
      headers = Object.fromEntries(new Headers(init.headers));
      return new Response(null, { status: 204 });
    },
  });
  return app.inject({ method: method as 'GET', url: path, headers });
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'saar-portal-oidc-'));
  const port = await freePort();
  config = loadConfig(
    {},
    { port, dataDir, logLevel: 'warn', townOrigins: [TOWN, 'http://localhost:8802'] },
  );
  app = await startPortal(config);
  verifier = createAccessTokenVerifier(config);
  const issuer = new URL(config.oidcIssuer);
  as = await oauth.processDiscoveryResponse(
    issuer,
    await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecure }),
  );
});

after(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('local OpenID Connect provider', () => {
  it('publishes discovery under /idp with S256 PKCE and the trust levels', () => {
    assert.equal(as.issuer, `${config.portalOrigin}/idp`);
    assert.deepEqual(as.code_challenge_methods_supported, ['S256']);
    assert.deepEqual(as.acr_values_supported, [
      'STORK-QAA-Level-1',
      'STORK-QAA-Level-3',
      'STORK-QAA-Level-4',
    ]);
    assert.equal(as.jwks_uri, `${config.portalOrigin}/idp/jwks`);
  });

  it('is what GET /api/v1/config tells a town page (issuer, its client, scopes)', async () => {
    const answer = await app.inject({
      method: 'GET',
      url: '/api/v1/config',
      headers: { origin: TOWN },
    });
    assert.equal(answer.statusCode, 200, answer.body);
    assert.deepEqual(answer.json(), {
      issuer: config.oidcIssuer,
      clientId: 'town-localhost-8801',
      scopes: ['openid', 'profile', 'email', 'address'],
    });
    const foreign = await app.inject({
      method: 'GET',
      url: '/api/v1/config',
      headers: { origin: 'http://evil.example' },
    });
    assert.equal(foreign.statusCode, 404);
  });

  it('keeps its keys in DATA_DIR, readable only by the server', () => {
    assert.equal(statSync(idpKeysPath(dataDir)).mode & 0o077, 0);
  });

  it('logs a citizen in with code + PKCE and the API accepts the token', async () => {
    const jonas = account('jonas.becker');
    const { result, idToken, dpop } = await logIn('jonas.becker');

    assert.equal(idToken.sub, jonas.sub);
    assert.equal(idToken.acr, 'STORK-QAA-Level-3');
    assert.equal(typeof idToken.auth_time, 'number');
    assert.equal(idToken.given_name, 'Jonas');
    assert.deepEqual(idToken.address, jonas.claims.address);

    const header = decodeProtectedHeader(result.access_token);
    assert.equal(header.typ, 'at+jwt');
    assert.equal(header.alg, 'ES256');
    const payload = decodeJwt(result.access_token);
    assert.equal(payload.aud, config.oidcAudience);
    assert.equal((payload.exp ?? 0) - (payload.iat ?? 0), 600);
    assert.equal(result.token_type.toLowerCase(), 'dpop');
    assert.equal(typeof (payload.cnf as { jkt?: string }).jkt, 'string');
    assert.equal(typeof result.refresh_token, 'string');

    const user = await verifier.verify(result.access_token);
    assert.equal(user.sub, jonas.sub);
    assert.equal(user.acr, 'STORK-QAA-Level-3');
    assert.deepEqual(user.roles, ['citizen']);
    assert.equal(user.claims?.family_name, 'Becker');
    assert.equal(user.claims?.phone_number, undefined, 'phone scope was not requested');

    const api = await callApi(result.access_token, dpop?.handle);
    assert.equal(api.statusCode, 200, api.body);
  });

  it('gives the caseworker console a token with the caseworker role', async () => {
    const { result } = await logIn(
      'thomas.weber',
      { redirect_uri: `${config.portalOrigin}/caseworker/` },
      clientIdForOrigin(config.portalOrigin, config),
    );
    const user = await verifier.verify(`Bearer ${result.access_token}`, {
      requiredRole: 'caseworker',
    });
    assert.deepEqual(user.roles, ['caseworker']);
  });

  it("lets only the client's own origin read token responses (CORS)", async () => {
    const preflight = await fetch(as.token_endpoint ?? '', {
      method: 'OPTIONS',
      headers: { origin: TOWN, 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), TOWN);
    // A preflight cannot name the client; the real request does, and a foreign origin is refused.
    const foreign = await fetch(as.token_endpoint ?? '', {
      method: 'POST',
      headers: {
        origin: 'http://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: clientIdForOrigin(TOWN, config) ?? '',
        code: 'invalid',
        redirect_uri: REDIRECT_URI,
        code_verifier: oauth.generateRandomCodeVerifier(),
      }),
    });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });
});

describe('the provider pages', () => {
  it('serve a strict policy that still lets form_post reach the town', async () => {
    const request = await authorizationRequest({ response_mode: 'form_post' });
    const browser = new CookieBrowser();
    const loginPage = await browser.navigate(request.url, request.redirectUri);
    assert.match(loginPage.contentSecurityPolicy ?? '', /default-src 'none'/);
    assert.doesNotMatch(loginPage.body, /<script|style=/, 'no inline script or style');
    const { password } = account('jonas.becker');
    const consent = await browser.submitForm(
      loginPage,
      '/login',
      { login: 'jonas.becker', password },
      request.redirectUri,
    );
    const posting = await browser.submitForm(consent, '/confirm', {}, request.redirectUri);
    assert.equal(posting.status, 200);
    assert.match(posting.body, new RegExp(`action="${REDIRECT_URI}"`));
    assert.match(posting.contentSecurityPolicy ?? '', /script-src 'self' 'sha256-/);
    assert.match(posting.contentSecurityPolicy ?? '', new RegExp(`form-action [^;]*${TOWN}`));
  });
});

describe('the provider session', () => {
  it('lives only for the browser session and only under /idp', async () => {
    const { browser } = await logIn('jonas.becker');
    const session = browser.cookies().find((cookie) => cookie.name === '_session');
    assert.ok(session, 'a provider session cookie');
    assert.equal(session.path, '/idp');
    assert.equal(session.persistent, false);
  });

  it('logs out through the end-session endpoint back to the town page', async () => {
    const { result, browser } = await logIn('jonas.becker');
    const url = new URL(as.end_session_endpoint ?? '');
    url.searchParams.set('id_token_hint', result.id_token ?? '');
    url.searchParams.set('post_logout_redirect_uri', REDIRECT_URI);
    url.searchParams.set('state', 'bye');
    const question = await browser.navigate(url, REDIRECT_URI);
    assert.equal(question.status, 200);
    assert.match(question.body, /Vom Servicekonto abmelden\?/);
    const done = await browser.submitForm(
      question,
      '/session/end/confirm',
      { logout: 'yes' },
      REDIRECT_URI,
    );
    assert.equal(done.location, `${REDIRECT_URI}?state=bye`);
    assert.equal(
      browser.cookies().find((cookie) => cookie.name === '_session'),
      undefined,
    );
  });
});

describe('access tokens the API refuses', () => {
  it('refuses a tampered token', async () => {
    const { result } = await logIn('lena.schmitt');
    const [header, payload, signature] = result.access_token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as JWTPayload;
    const raised = Buffer.from(JSON.stringify({ ...claims, acr: 'STORK-QAA-Level-4' })).toString(
      'base64url',
    );
    const tampered = `${header}.${raised}.${signature}`;
    const error = await rejection(verifier.verify(tampered));
    assert.equal(error.status, 401);
    assert.equal((await callApi(tampered)).statusCode, 401);
  });

  it('refuses an expired token', async () => {
    const expired = await forgeToken({}, Math.floor(Date.now() / 1000) - 60);
    const error = await rejection(verifier.verify(expired));
    assert.equal(error.status, 401);
    assert.match(error.message, /expired/);
    assert.equal((await callApi(expired)).statusCode, 401);
  });

  it('accepts the same forged shape while valid, so the checks above are about expiry', async () => {
    const valid = await forgeToken({}, Math.floor(Date.now() / 1000) + 60);
    assert.equal((await verifier.verify(valid)).acr, 'STORK-QAA-Level-4');
  });

  it('refuses a token for another audience', async () => {
    const valid = await forgeToken({}, Math.floor(Date.now() / 1000) + 60);
    const other = createAccessTokenVerifier({
      ...config,
      oidcAudience: 'http://localhost:9999/other-api',
    });
    assert.equal((await rejection(other.verify(valid))).status, 401);
    const forOther = await forgeToken(
      { aud: 'http://localhost:9999/other-api' },
      Math.floor(Date.now() / 1000) + 60,
    );
    assert.equal((await rejection(verifier.verify(forOther))).status, 401);
  });

  it('refuses an ID token passed off as an access token', async () => {
    const { result } = await logIn('marie.klein');
    assert.ok(result.id_token);
    assert.equal((await rejection(verifier.verify(result.id_token))).status, 401);
  });

  it('refuses a token without a known trust level', async () => {
    const token = await forgeToken({ acr: 'urn:example:weak' }, Math.floor(Date.now() / 1000) + 60);
    assert.equal((await rejection(verifier.verify(token))).status, 401);
  });

  it('answers 403 when the trust level is below what the route needs', async () => {
    const { result } = await logIn('lena.schmitt');
    const user = await verifier.verify(result.access_token);
    assert.equal(user.acr, 'STORK-QAA-Level-1');
    const error = await rejection(
      verifier.verify(result.access_token, { minimumTrustLevel: 'STORK-QAA-Level-3' }),
    );
    assert.equal(error.status, 403);
    assert.match(error.wwwAuthenticate, /insufficient_user_authentication/);
    assert.match(error.wwwAuthenticate, /acr_values="STORK-QAA-Level-3"/);
  });

  it('answers 401 without a token', async () => {
    assert.equal((await rejection(verifier.verify(''))).status, 401);
  });
});

describe('login requests the provider refuses', () => {
  it('requires PKCE: no code_challenge, no login', async () => {
    const request = await authorizationRequest({
      code_challenge: undefined,
      code_challenge_method: undefined,
    });
    const hop = await new CookieBrowser().navigate(request.url, request.redirectUri);
    const answer = new URL(hop.location ?? '');
    assert.equal(answer.searchParams.get('error'), 'invalid_request');
    assert.match(answer.searchParams.get('error_description') ?? '', /PKCE/);
  });

  it('refuses a redirect URI outside the town origin, and does not redirect there', async () => {
    for (const redirectUri of [
      'http://evil.example/callback',
      'http://localhost:8801.evil.example/',
      'https://localhost:8801/',
      `${TOWN}/page.html?next=http://evil.example`,
      `${TOWN}/a/../b.html`,
    ]) {
      const request = await authorizationRequest({ redirect_uri: redirectUri });
      const hop = await new CookieBrowser().request(request.url);
      assert.equal(hop.status, 400, redirectUri);
      assert.equal(hop.location, undefined, redirectUri);
      assert.match(hop.body, /redirect_uri/, redirectUri);
    }
  });

  it('refuses an unknown client', async () => {
    const request = await authorizationRequest({}, 'town-evil-example');
    const hop = await new CookieBrowser().request(request.url);
    assert.equal(hop.status, 400);
    assert.equal(hop.location, undefined);
  });

  it('shows the login form again with an error after a wrong password', async () => {
    const request = await authorizationRequest();
    const browser = new CookieBrowser();
    const page = await browser.navigate(request.url, request.redirectUri);
    const again = await browser.submitForm(
      page,
      '/login',
      { login: 'jonas.becker', password: 'wrong' },
      request.redirectUri,
    );
    assert.equal(again.status, 400);
    assert.equal(again.location, undefined);
    assert.match(again.body, /role="alert"/);
    assert.match(again.body, /aria-invalid="true"/);
    assert.doesNotMatch(again.body, /wrong/, 'the password is never echoed');
  });

  it('keeps an account below the requested acr_values out, and cancelling says why', async () => {
    const request = await authorizationRequest({ acr_values: 'STORK-QAA-Level-3' });
    const browser = new CookieBrowser();
    const page = await browser.navigate(request.url, request.redirectUri);
    assert.match(page.body, /mindestens das Vertrauensniveau/);
    const refused = await browser.submitForm(
      page,
      '/login',
      { login: 'lena.schmitt', password: account('lena.schmitt').password },
      request.redirectUri,
    );
    assert.equal(refused.status, 403);
    assert.match(refused.body, /reicht für diesen Dienst nicht/);
    const cancelled = await browser.submitForm(
      refused,
      '/abort',
      { reason: 'trust_level' },
      request.redirectUri,
    );
    const answer = new URL(cancelled.location ?? '');
    assert.equal(answer.searchParams.get('error'), 'unmet_authentication_requirements');
  });

  it('logs in at the level of the chosen means, up to the account’s own', async () => {
    const low = await logIn('jonas.becker', {}, undefined, 'password');
    assert.equal(low.idToken.acr, 'STORK-QAA-Level-1');
    const request = await authorizationRequest();
    const browser = new CookieBrowser();
    const page = await browser.navigate(request.url, request.redirectUri);
    const refused = await browser.submitForm(
      page,
      '/login',
      { login: 'lena.schmitt', password: account('lena.schmitt').password, means: 'eid' },
      request.redirectUri,
    );
    assert.equal(refused.status, 400);
    assert.match(refused.body, /nicht eingerichtet/);
  });

  it('steps up: the same citizen, logged in at level 1, logs in again at level 3', async () => {
    const { browser } = await logIn('jonas.becker', {}, undefined, 'password');
    const request = await authorizationRequest({ acr_values: 'STORK-QAA-Level-3' });
    const page = await browser.navigate(request.url, request.redirectUri);
    assert.equal(page.status, 200, page.location);
    assert.match(page.body, /mindestens das Vertrauensniveau/);
    assert.doesNotMatch(page.body, /value="password"/, 'only means that reach level 3');
    const callback = await browser.submitForm(
      page,
      '/login',
      { login: 'jonas.becker', password: account('jonas.becker').password, means: 'elster' },
      request.redirectUri,
    );
    // Consent was given at the first login: straight back to the site, with a code.
    assert.ok(callback.location?.startsWith(request.redirectUri), `went to ${callback.location}`);
    const client: oauth.Client = { client_id: request.clientId };
    const parameters = oauth.validateAuthResponse(
      as,
      client,
      new URL(callback.location ?? ''),
      request.state,
    );
    const dpop = await newDpop(request.clientId);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      parameters,
      request.redirectUri,
      request.codeVerifier,
      { ...insecure, DPoP: dpop.handle },
    );
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: request.nonce,
    });
    assert.equal(oauth.getValidatedIdTokenClaims(result)?.acr, 'STORK-QAA-Level-3');
    assert.equal(decodeJwt(result.access_token).acr, 'STORK-QAA-Level-3');
  });

  it('gives an account at or above the requested level its own acr', async () => {
    const { idToken } = await logIn('marie.klein', { acr_values: 'STORK-QAA-Level-3' });
    assert.equal(idToken.acr, 'STORK-QAA-Level-4');
  });
});

describe('restart', () => {
  it('keeps keys and sessions: old tokens stay valid, a logged-in browser stays logged in', async () => {
    const { result, browser, dpop } = await logIn('jonas.becker');
    const jwksBefore = (await app.inject({ method: 'GET', url: '/idp/jwks' })).json<unknown>();
    await app.close();
    app = await startPortal(config);
    const jwksAfter = (await app.inject({ method: 'GET', url: '/idp/jwks' })).json<unknown>();
    assert.deepEqual(jwksAfter, jwksBefore);
    const api = await callApi(result.access_token, dpop?.handle);
    assert.equal(api.statusCode, 200, api.body);

    // Session and consent were stored in DATA_DIR: the next login needs no form at all.
    const request = await authorizationRequest();
    const hop = await browser.navigate(request.url, request.redirectUri);
    assert.ok(hop.location?.startsWith(request.redirectUri), `went to ${hop.location}`);
    assert.ok(new URL(hop.location ?? '').searchParams.get('code'));
  });
});

describe('DPoP-bound tokens (sender-constrained, RFC 9449)', () => {
  /** A proof signed with `keyPair` for `method` and `url`, with claims overridden. */
  async function proof(
    keyPair: CryptoKeyPair,
    accessToken: string,
    claims: JWTPayload = {},
    method = 'GET',
    url = `${config.portalOrigin}/api/v1/me/applications`,
  ): Promise<string> {
    const jwk = await exportJWK(keyPair.publicKey);
    return new SignJWT({
      htm: method,
      htu: url,
      iat: Math.floor(Date.now() / 1000),
      jti: randomUUID(),
      ath: createHash('sha256').update(accessToken).digest('base64url'),
      ...claims,
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk })
      .sign(keyPair.privateKey);
  }

  function withProof(accessToken: string, dpopProof: string, path = '/api/v1/me/applications') {
    return app.inject({
      method: 'GET',
      url: path,
      headers: { authorization: `DPoP ${accessToken}`, dpop: dpopProof },
    });
  }

  it('accepts a proof signed with the bound key, once', async () => {
    const { result, dpop } = await logIn('lena.schmitt');
    const signed = await proof(dpop!.keyPair, result.access_token);
    assert.equal((await withProof(result.access_token, signed)).statusCode, 200);
    const replayed = await withProof(result.access_token, signed);
    assert.equal(replayed.statusCode, 401);
    assert.match(replayed.headers['www-authenticate'] as string, /^DPoP .*invalid_dpop_proof/);
  });

  it('refuses the bound token as a bearer token, and without a proof', async () => {
    const { result } = await logIn('lena.schmitt');
    const asBearer = await callApi(result.access_token);
    assert.equal(asBearer.statusCode, 401);
    const noProof = await app.inject({
      method: 'GET',
      url: '/api/v1/me/applications',
      headers: { authorization: `DPoP ${result.access_token}` },
    });
    assert.equal(noProof.statusCode, 401);
  });

  it('refuses a proof from another key (a stolen token is worthless)', async () => {
    const { result } = await logIn('lena.schmitt');
    const thief = await oauth.generateKeyPair('ES256');
    const answer = await withProof(result.access_token, await proof(thief, result.access_token));
    assert.equal(answer.statusCode, 401);
    assert.match(answer.json<{ detail: string }>().detail, /another key/);
  });

  it('refuses a proof for another URL, method or token, or an old one', async () => {
    const { result, dpop } = await logIn('lena.schmitt');
    const { keyPair } = dpop!;
    const token = result.access_token;
    const cases = [
      await proof(keyPair, token, { htu: `${config.portalOrigin}/api/v1/me/drafts` }),
      await proof(keyPair, token, { htm: 'POST' }),
      await proof(keyPair, token, { ath: createHash('sha256').update('x').digest('base64url') }),
      await proof(keyPair, token, { iat: Math.floor(Date.now() / 1000) - 300 }),
    ];
    for (const [index, signed] of cases.entries()) {
      assert.equal((await withProof(token, signed)).statusCode, 401, `case ${index}`);
    }
  });

  it('refuses an unbound token of a town client', async () => {
    const unbound = await forgeToken(
      { client_id: clientIdForOrigin(TOWN, config) },
      Math.floor(Date.now() / 1000) + 300,
    );
    const answer = await callApi(unbound);
    assert.equal(answer.statusCode, 401);
    assert.match(answer.headers['www-authenticate'] as string, /^DPoP /);
  });

  it('redeems a code only once (a replayed code gets nothing)', async () => {
    const request = await authorizationRequest();
    const browser = new CookieBrowser();
    const loginPage = await browser.navigate(request.url, request.redirectUri);
    const consent = await browser.submitForm(
      loginPage,
      '/login',
      { login: 'lena.schmitt', password: account('lena.schmitt').password },
      request.redirectUri,
    );
    const callback = await browser.submitForm(consent, '/confirm', {}, request.redirectUri);
    const client: oauth.Client = { client_id: request.clientId };
    const parameters = oauth.validateAuthResponse(
      as,
      client,
      new URL(callback.location ?? ''),
      request.state,
    );
    const redeem = async () => {
      const dpop = await newDpop(request.clientId);
      const response = await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.None(),
        parameters,
        request.redirectUri,
        request.codeVerifier,
        { ...insecure, DPoP: dpop.handle },
      );
      return oauth.processAuthorizationCodeResponse(as, client, response, {
        expectedNonce: request.nonce,
      });
    };
    await redeem();
    await assert.rejects(redeem(), (error: unknown) => {
      assert.ok(error instanceof oauth.ResponseBodyError);
      assert.equal(error.error, 'invalid_grant');
      return true;
    });
  });

  it('refuses a town client’s code redemption without a DPoP key', async () => {
    const request = await authorizationRequest();
    const browser = new CookieBrowser();
    const loginPage = await browser.navigate(request.url, request.redirectUri);
    const consent = await browser.submitForm(
      loginPage,
      '/login',
      { login: 'lena.schmitt', password: account('lena.schmitt').password },
      request.redirectUri,
    );
    const callback = await browser.submitForm(consent, '/confirm', {}, request.redirectUri);
    const client: oauth.Client = { client_id: request.clientId };
    const parameters = oauth.validateAuthResponse(
      as,
      client,
      new URL(callback.location ?? ''),
      request.state,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      parameters,
      request.redirectUri,
      request.codeVerifier,
      insecure,
    );
    await assert.rejects(oauth.processAuthorizationCodeResponse(as, client, response));
  });

  it('rotates refresh tokens, bound to the same key: the old one and another key get nothing', async () => {
    const { result, dpop, client } = await logIn('lena.schmitt');
    const refresh = async (token: string, handle: oauth.DPoPHandle) => {
      const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), token, {
        ...insecure,
        DPoP: handle,
      });
      return oauth.processRefreshTokenResponse(as, client, response);
    };
    const first = result.refresh_token!;
    const thief = await newDpop(client.client_id);
    await assert.rejects(refresh(first, thief.handle), 'a refresh token from another key');
    const renewed = await refresh(first, dpop!.handle);
    assert.notEqual(renewed.refresh_token, first, 'rotated');
    assert.equal((await callApi(renewed.access_token, dpop!.handle)).statusCode, 200);
    await assert.rejects(refresh(first, dpop!.handle), 'the spent refresh token');
  });
});
