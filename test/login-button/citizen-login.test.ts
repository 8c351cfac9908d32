/**
 * The login's client side (src/ui/citizen-login) against a fake citizen account: the checks a
 * browser must make itself (state, nonce, the ID token's algorithm, DPoP-bound tokens), DPoP
 * proofs per request, refresh with rotation, and the session's expiry with a warning first.
 * The whole redirect login against the real provider is in test/e2e/login.test.ts.
 */
import { expect } from '@open-wc/testing';
import { LoginError } from '../../src/ui/citizen-login/errors.js';
import { completeLogin, redirectUriOf } from '../../src/ui/citizen-login/flow.js';
import { saveTransaction, type LoginTransaction } from '../../src/ui/citizen-login/storage.js';
import { CLIENT_ID, decodeJwt, FakeCitizenAccount, ISSUER } from './fake-citizen-account.js';
import { resetPageLogin } from './login-harness.js';

function transaction(overrides: Partial<LoginTransaction> = {}): LoginTransaction {
  return {
    issuer: ISSUER,
    clientId: CLIENT_ID,
    state: 'state-1',
    nonce: 'nonce-1',
    codeVerifier: 'v'.repeat(43),
    redirectUri: redirectUriOf(new URL(location.href)),
    returnUrl: location.href,
    scrollX: 0,
    scrollY: 0,
    mode: 'redirect',
    startedAt: Date.now(),
    ...overrides,
  };
}

function callback(params: Record<string, string>): URL {
  const url = new URL(redirectUriOf(new URL(location.href)));
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url;
}

async function refused(promise: Promise<unknown>): Promise<LoginError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LoginError);
    return error as LoginError;
  }
  throw new Error('the login was accepted');
}

describe('citizen login (src/ui/citizen-login)', () => {
  let account: FakeCitizenAccount;

  beforeEach(() => {
    account = new FakeCitizenAccount();
    account.nonce = 'nonce-1';
  });

  afterEach(() => {
    account.restore();
    resetPageLogin();
  });

  it('redeems the code with PKCE and a DPoP proof, and gets DPoP-bound tokens', async () => {
    saveTransaction(transaction());
    const session = await completeLogin(
      account.portal.client,
      callback({ code: 'code-1', state: 'state-1', iss: ISSUER }),
    );
    expect(session?.claims.given_name).to.equal('Erika');
    expect(session?.claims.acr).to.equal('STORK-QAA-Level-3');
    const [request] = account.seen;
    expect(request!.body.get('code_verifier')).to.equal('v'.repeat(43));
    expect(request!.body.get('grant_type')).to.equal('authorization_code');
    const proof = decodeJwt(request!.dpop!);
    expect(proof.header['typ']).to.equal('dpop+jwt');
    expect(proof.header['alg']).to.equal('ES256');
    expect((proof.header['jwk'] as { kty: string }).kty).to.equal('EC');
    expect(proof.header['jwk']).to.not.have.property('d');
    expect(proof.payload['htm']).to.equal('POST');
    expect(proof.payload['htu']).to.equal(`${ISSUER}/token`);
    // The transaction is gone: a code can be redeemed once.
    expect(sessionStorage.getItem('saar-portal.login-transaction')).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem('saar-portal.logged-in')!)).to.deep.equal({
      issuer: ISSUER,
      clientId: CLIENT_ID,
    });
    session?.end();
  });

  it('keeps no token and no key in the tab’s storage', async () => {
    saveTransaction(transaction());
    const session = await completeLogin(
      account.portal.client,
      callback({ code: 'code-1', state: 'state-1', iss: ISSUER }),
    );
    const stored = JSON.stringify({ ...sessionStorage });
    expect(stored).to.not.contain('access-1');
    expect(stored).to.not.contain('refresh-1');
    expect(stored).to.not.contain('Erika');
    expect(localStorage.length).to.equal(0);
    session?.end();
  });

  it('refuses an answer whose state was tampered with', async () => {
    saveTransaction(transaction());
    const error = await refused(
      completeLogin(account.portal.client, callback({ code: 'c', state: 'other', iss: ISSUER })),
    );
    expect(error.kind).to.equal('rejected');
    expect(account.seen).to.have.length(0);
  });

  it('refuses an answer from another issuer', async () => {
    saveTransaction(transaction());
    const error = await refused(
      completeLogin(
        account.portal.client,
        callback({ code: 'c', state: 'state-1', iss: 'https://evil.test/idp' }),
      ),
    );
    expect(error.kind).to.equal('rejected');
  });

  it('refuses an ID token with the wrong nonce', async () => {
    saveTransaction(transaction());
    account.nonce = 'someone-elses-nonce';
    const error = await refused(
      completeLogin(account.portal.client, callback({ code: 'c', state: 'state-1', iss: ISSUER })),
    );
    expect(error.kind).to.equal('rejected');
  });

  it('refuses an ID token with alg "none"', async () => {
    saveTransaction(transaction());
    account.behaviour = { alg: 'none' };
    const error = await refused(
      completeLogin(account.portal.client, callback({ code: 'c', state: 'state-1', iss: ISSUER })),
    );
    expect(error.kind).to.equal('rejected');
  });

  it('refuses an ID token for another client', async () => {
    saveTransaction(transaction());
    account.behaviour = { idTokenClaims: { aud: 'another-site' } };
    const error = await refused(
      completeLogin(account.portal.client, callback({ code: 'c', state: 'state-1', iss: ISSUER })),
    );
    expect(error.kind).to.equal('rejected');
  });

  it('refuses tokens that are not bound to the page’s key', async () => {
    saveTransaction(transaction());
    account.behaviour = { tokenType: 'Bearer' };
    const error = await refused(
      completeLogin(account.portal.client, callback({ code: 'c', state: 'state-1', iss: ISSUER })),
    );
    expect(error.kind).to.equal('rejected');
  });

  it('explains a cancelled login and a trust level the account does not reach', async () => {
    saveTransaction(transaction());
    const cancelled = await refused(
      completeLogin(
        account.portal.client,
        callback({ error: 'access_denied', state: 'state-1', iss: ISSUER }),
      ),
    );
    expect(cancelled.kind).to.equal('cancelled');
    saveTransaction(transaction());
    const tooLow = await refused(
      completeLogin(
        account.portal.client,
        callback({ error: 'unmet_authentication_requirements', state: 'state-1', iss: ISSUER }),
      ),
    );
    expect(tooLow.kind).to.equal('trust-level');
  });

  it('ignores a page that is no login callback', async () => {
    expect(await completeLogin(account.portal.client, new URL(location.href))).to.equal(undefined);
  });

  describe('session', () => {
    async function loggedIn(expiresIn = 600, timing?: { idleMs: number; warnBeforeMs: number }) {
      account.behaviour = { expiresIn };
      saveTransaction(transaction());
      const session = await completeLogin(
        account.portal.client,
        callback({ code: 'c', state: 'state-1', iss: ISSUER }),
        timing,
      );
      return session!;
    }

    it('authorizes each request with the DPoP token and a proof for its method and URL', async () => {
      const session = await loggedIn();
      const url = new URL('https://portal.test/api/v1/me/applications?limit=5');
      const headers = await session.authorize({ method: 'GET', url });
      expect(headers!['Authorization']).to.equal('DPoP access-1');
      const proof = decodeJwt(headers!['DPoP']!);
      expect(proof.payload['htm']).to.equal('GET');
      expect(proof.payload['htu']).to.equal('https://portal.test/api/v1/me/applications');
      expect(proof.payload['ath']).to.be.a('string');
      const again = await session.authorize({ method: 'GET', url });
      expect(decodeJwt(again!['DPoP']!).payload['jti']).to.not.equal(proof.payload['jti']);
      session.end();
    });

    it('refreshes a token about to expire, with the rotated refresh token next time', async () => {
      const session = await loggedIn(1);
      // One second of life: renewed at three quarters of it, in the background.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const headers = await session.authorize({
        method: 'GET',
        url: new URL('https://portal.test/api/v1/me'),
      });
      const refresh = account.seen.find((seen) => seen.body.get('grant_type') === 'refresh_token');
      expect(refresh!.body.get('refresh_token')).to.equal('refresh-1');
      expect(refresh!.dpop).to.be.a('string');
      expect(headers!['Authorization']).to.match(/^DPoP access-[2-9]$/);
      await session.refresh();
      // Each refresh spends the token the previous answer gave (rotation): never one twice.
      const spent = account.seen
        .filter((seen) => seen.body.get('grant_type') === 'refresh_token')
        .map((seen) => seen.body.get('refresh_token'));
      expect(spent.length).to.be.at.least(2);
      expect(spent).to.deep.equal(spent.map((_, index) => `refresh-${index + 1}`));
      session.end();
    });

    it('warns before it ends, can be extended, and then ends without activity', async () => {
      const session = await loggedIn(600, { idleMs: 400, warnBeforeMs: 300 });
      const events: string[] = [];
      for (const type of ['expiring', 'extended', 'expired']) {
        session.addEventListener(type, () => events.push(type));
      }
      await new Promise((resolve) => session.addEventListener('expiring', resolve, { once: true }));
      await session.extend();
      expect(session.isEnded).to.equal(false);
      await new Promise((resolve) => session.addEventListener('expired', resolve, { once: true }));
      expect(events).to.deep.equal(['expiring', 'extended', 'expiring', 'expired']);
      expect(await session.authorize({ method: 'GET', url: new URL(`${ISSUER}/x`) })).to.equal(
        undefined,
      );
    });

    it('says the warning is due when its timer fires, even if the clock lags a little', async () => {
      const session = await loggedIn(600, { idleMs: 60_000, warnBeforeMs: 59_900 });
      // Firefox's clock may read a millisecond short of the moment a timer was due.
      const realNow = Date.now;
      Date.now = () => realNow.call(Date) - 5;
      try {
        const dueAtEvent = await new Promise<boolean>((resolve) =>
          session.addEventListener('expiring', () => resolve(session.warningDue), { once: true }),
        );
        expect(dueAtEvent).to.equal(true);
      } finally {
        Date.now = realNow;
        session.end();
      }
    });

    it('ends when the citizen account refuses the refresh token', async () => {
      const session = await loggedIn(20);
      account.behaviour = { error: 'invalid_grant' };
      const expired = new Promise((resolve) => session.addEventListener('expired', resolve));
      await session.refresh();
      await expired;
      expect(session.isEnded).to.equal(true);
    });
  });
});
