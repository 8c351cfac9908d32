/**
 * The API's token check against an external issuer (a stand-in for a Keycloak broker in front of
 * BundID): discovery, remote JWKS, RS256, Keycloak's token shape, and the failures.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type JWTPayload } from 'jose';
import {
  AuthError,
  IssuerUnavailableError,
  createAccessTokenVerifier,
} from '../../server/auth/verify-access-token.js';

const AUDIENCE = 'https://portal.example.de/api';

let server: Server;
let issuer: string;
let privateKey: CryptoKey;
let publicJwk: JWK;
/** What the stand-in broker's discovery document names as issuer (to test a mismatch). */
let advertisedIssuer: () => string;

async function brokerToken(claims: JWTPayload = {}): Promise<string> {
  return new SignJWT({
    iss: issuer,
    aud: [AUDIENCE, 'account'],
    sub: 'f:bundid:4711',
    typ: 'Bearer',
    azp: 'town-www-saarlouis-de',
    acr: 'STORK-QAA-Level-4',
    realm_access: { roles: ['offline_access', 'default-roles-saar-portal'] },
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: publicJwk.kid ?? '' })
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
}

function verifierFor(issuerUrl: string) {
  return createAccessTokenVerifier({
    oidcIssuer: issuerUrl,
    oidcAudience: AUDIENCE,
    localIdp: false,
    dataDir: '/nonexistent',
  });
}

before(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'broker-1', alg: 'RS256', use: 'sig' };
  server = createServer((request, response) => {
    const base = issuer;
    const body =
      request.url === '/realms/saar-portal/.well-known/openid-configuration'
        ? { issuer: advertisedIssuer(), jwks_uri: `${base}/protocol/openid-connect/certs` }
        : request.url === '/realms/saar-portal/protocol/openid-connect/certs'
          ? { keys: [publicJwk] }
          : undefined;
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  issuer = `http://127.0.0.1:${port}/realms/saar-portal`;
  advertisedIssuer = () => issuer;
});

after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('access tokens from an external issuer', () => {
  it("accepts a broker's RS256 token with the audience, a trust level and no portal role", async () => {
    const user = await verifierFor(issuer).verify(await brokerToken());
    assert.equal(user.sub, 'f:bundid:4711');
    assert.equal(user.acr, 'STORK-QAA-Level-4');
    assert.deepEqual(user.roles, ['citizen']);
  });

  it("reads a caseworker's role from `roles` or Keycloak's realm_access.roles", async () => {
    const verifier = verifierFor(issuer);
    const fromRealm = await brokerToken({ realm_access: { roles: ['caseworker'] } });
    assert.deepEqual((await verifier.verify(fromRealm)).roles, ['caseworker']);
    const fromClaim = await brokerToken({ roles: ['caseworker'] });
    const user = await verifier.verify(fromClaim, { requiredRole: 'caseworker' });
    assert.deepEqual(user.roles, ['caseworker']);
  });

  it('hands on the released claims for GET /me', async () => {
    const token = await brokerToken({
      given_name: 'Marie',
      family_name: 'Klein',
      address: { postal_code: '66740', locality: 'Saarlouis', country: 'DE' },
    });
    const user = await verifierFor(issuer).verify(token);
    assert.equal(user.claims?.given_name, 'Marie');
    assert.equal(user.claims?.address?.locality, 'Saarlouis');
  });

  it("refuses Keycloak's default numeric acr: the broker must map the BundID levels", async () => {
    const error = await verifierFor(issuer)
      .verify(await brokerToken({ acr: '1' }))
      .catch((e: unknown) => e);
    assert.ok(error instanceof AuthError);
    assert.equal(error.status, 401);
  });

  it('refuses a token without the API audience (e.g. an ID token for the site)', async () => {
    const token = await brokerToken({ aud: 'town-www-saarlouis-de' });
    const error = await verifierFor(issuer)
      .verify(token)
      .catch((e: unknown) => e);
    assert.ok(error instanceof AuthError);
    assert.equal(error.status, 401);
  });

  it('refuses a token signed with another key', async () => {
    const other = await generateKeyPair('RS256');
    const token = await new SignJWT({ acr: 'STORK-QAA-Level-1' })
      .setProtectedHeader({ alg: 'RS256', kid: 'broker-1' })
      .setIssuer(issuer)
      .setAudience(AUDIENCE)
      .setSubject('someone')
      .setExpirationTime('5m')
      .sign(other.privateKey);
    const error = await verifierFor(issuer)
      .verify(token)
      .catch((e: unknown) => e);
    assert.ok(error instanceof AuthError);
    assert.equal(error.status, 401);
  });

  it('refuses symmetric algorithms even with a matching kid', async () => {
    const token = await new SignJWT({ acr: 'STORK-QAA-Level-4' })
      .setProtectedHeader({ alg: 'HS256', kid: 'broker-1' })
      .setIssuer(issuer)
      .setAudience(AUDIENCE)
      .setSubject('someone')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes!!'));
    const error = await verifierFor(issuer)
      .verify(token)
      .catch((e: unknown) => e);
    assert.ok(error instanceof AuthError);
    assert.equal(error.status, 401);
  });

  it('treats a discovery document naming another issuer as unavailable, and retries later', async () => {
    const verifier = verifierFor(issuer);
    advertisedIssuer = () => 'https://impostor.example';
    try {
      const error = await verifier.verify(await brokerToken()).catch((e: unknown) => e);
      assert.ok(error instanceof IssuerUnavailableError);
      assert.equal(error.statusCode, 503);
    } finally {
      advertisedIssuer = () => issuer;
    }
    assert.equal((await verifier.verify(await brokerToken())).acr, 'STORK-QAA-Level-4');
  });

  it('answers 503, not 401, while the issuer cannot be reached', async () => {
    const verifier = verifierFor('http://127.0.0.1:9/realms/saar-portal');
    const error = await verifier.verify(await brokerToken()).catch((e: unknown) => e);
    assert.ok(error instanceof IssuerUnavailableError);
  });
});
