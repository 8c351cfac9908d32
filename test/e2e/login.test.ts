/**
 * The citizen account on a town website, end to end: the real login button on the Saarbrücken
 * demo page, the real local provider, Chromium. Login by redirect (back to the same address, no
 * code in it), every widget's session, DPoP-bound API calls, a session kept alive past the access
 * token's lifetime, a silent login on the next page, a step-up from level 1 to 3 (password,
 * then a simulated ELSTER certificate), a tampered
 * answer refused, and logout at the provider too.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TEST_ACCOUNTS } from '../../server/idp/index.js';
import { watchPage, type PageWatch } from './support/browser.js';
import { startStackAndBrowser, type E2eStack } from './support/demo-stack.js';

const WAIT = { timeout: 15_000 };
/** Short access tokens, so the test sees a refresh (the server's minimum is 5 s). */
const ACCESS_TOKEN_TTL = 6;

function password(login: string): string {
  const account = TEST_ACCOUNTS.find((candidate) => candidate.login === login);
  assert.ok(account, login);
  return account.password;
}

/** What the page's session store holds (the same store every widget on the page reads). */
function sessionSub(page: Page): Promise<string | null> {
  return page.evaluate(
    `globalThis[Symbol.for('saar-portal.session')]?.claims?.sub ?? null`,
  ) as Promise<string | null>;
}

/**
 * `GET /me` as a widget would send it: the session in the page authorizes the request (a DPoP
 * proof with the token), the page's fetch sends it. Answers the status.
 */
function callMe(page: Page, api: string): Promise<number> {
  return page.evaluate(`(async () => {
    const url = new URL('me', ${JSON.stringify(api)});
    const store = globalThis[Symbol.for('saar-portal.session')];
    const headers = await store.authorize({ method: 'GET', url });
    const response = await fetch(url, { headers: headers ?? {} });
    return response.status;
  })()`) as Promise<number>;
}

describe('citizen account on a town website', () => {
  let stack: E2eStack;
  let browser: Browser;
  let context: BrowserContext;
  let town: string;
  let api: string;

  before(async () => {
    ({ stack, browser } = await startStackAndBrowser({
      ACCESS_TOKEN_TTL: String(ACCESS_TOKEN_TTL),
    }));
    town = stack.urls.towns.find((candidate) => candidate.id === 'saarbruecken')!.origin;
    api = `${stack.urls.api.replace(/\/$/, '')}/`;
    context = await browser.newContext();
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** Clicks the page's "Anmelden" and logs in at the provider as `login`. */
  async function logIn(page: Page, login: string): Promise<void> {
    await page.getByRole('button', { name: 'Anmelden' }).first().click();
    await page.getByRole('textbox', { name: 'Benutzername' }).waitFor(WAIT);
    await page.getByRole('textbox', { name: 'Benutzername' }).fill(login);
    await page.getByLabel('Passwort', { exact: true }).fill(password(login));
    await page.getByRole('button', { name: 'Anmelden' }).click();
    const consent = page.getByRole('button', { name: 'Zustimmen und weiter' });
    await consent.waitFor(WAIT);
    await consent.click();
  }

  async function open(path: string): Promise<{ page: Page; watch: PageWatch }> {
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(`${town}${path}`);
    await page.getByRole('button', { name: 'Anmelden' }).first().waitFor(WAIT);
    return { page, watch };
  }

  it('logs in by redirect and comes back to the same address, with nothing in it', async () => {
    const { page, watch } = await open('/?lang=de#finder');
    await page.evaluate('window.scrollTo(0, 200)');
    await logIn(page, 'jonas.becker');
    await page.getByRole('button', { name: /Angemeldet als Jonas Becker/ }).waitFor(WAIT);
    assert.equal(page.url(), `${town}/?lang=de#finder`);
    assert.equal(
      await sessionSub(page),
      TEST_ACCOUNTS.find((a) => a.login === 'jonas.becker')!.sub,
    );
    // Nothing but the login marker in the tab's storage, and nothing in localStorage.
    const stored = (await page.evaluate(
      'JSON.stringify({ session: { ...sessionStorage }, local: localStorage.length })',
    )) as string;
    assert.doesNotMatch(stored, /eyJ/, 'no JWT stored');
    assert.match(stored, /"local":0/);
    assert.equal(await callMe(page, api), 200, 'a DPoP-bound call to the API');
    assert.deepEqual(watch.cspViolations, []);
    assert.deepEqual(watch.pageErrors, []);
  });

  it('keeps the session alive past the access token’s lifetime', async () => {
    const page = context.pages().at(-1)!;
    await page.waitForTimeout((ACCESS_TOKEN_TTL + 2) * 1000);
    assert.equal(await callMe(page, api), 200, 'refreshed, still bound');
  });

  it('signs in again on the next page of the site, without a password', async () => {
    const page = context.pages().at(-1)!;
    await page.goto(`${town}/rechtliches.html`);
    await page.getByRole('button', { name: /Angemeldet als Jonas Becker/ }).waitFor(WAIT);
    assert.equal(page.url(), `${town}/rechtliches.html`);
    assert.equal(await callMe(page, api), 200);
  });

  it('steps up from level 1 to level 3 with the same account, saying why', async () => {
    const page = context.pages().at(-1)!;
    assert.equal(
      await page.evaluate(`globalThis[Symbol.for('saar-portal.session')].claims.acr`),
      'STORK-QAA-Level-1',
      'logged in with password only',
    );
    await page.evaluate(
      `document.querySelector('saar-login-button').setAttribute('trust-level', 'STORK-QAA-Level-3')`,
    );
    const account = page.getByRole('button', { name: /Angemeldet als Jonas Becker/ });
    const prefill = page.getByRole('button', { name: 'Auswahl übernehmen' });
    if (!(await prefill.isVisible())) await account.click();
    if (await prefill.isVisible()) await prefill.click();
    if ((await account.getAttribute('aria-expanded')) !== 'true') await account.click();
    await page.getByText('Für manche Anträge auf dieser Seite brauchen Sie').waitFor(WAIT);
    await page.getByRole('button', { name: 'Mit höherer Sicherheitsstufe anmelden' }).click();
    await page.getByText('mindestens das Vertrauensniveau').waitFor(WAIT);
    await page.getByRole('textbox', { name: 'Benutzername' }).fill('jonas.becker');
    await page.getByLabel('Passwort', { exact: true }).fill(password('jonas.becker'));
    await page.getByLabel('ELSTER-Zertifikat (simuliert)').check();
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: /Angemeldet als Jonas Becker/ }).waitFor(WAIT);
    await page.waitForFunction(
      `globalThis[Symbol.for('saar-portal.session')]?.claims?.acr === 'STORK-QAA-Level-3'`,
      undefined,
      WAIT,
    );
  });

  it('logs out here and at the provider; every widget sees it', async () => {
    const page = context.pages().at(-1)!;
    const account = page.getByRole('button', { name: /Angemeldet als Jonas Becker/ });
    if ((await account.getAttribute('aria-expanded')) !== 'true') await account.click();
    const prefill = page.getByRole('button', { name: 'Auswahl übernehmen' });
    if (await prefill.isVisible()) await prefill.click();
    if ((await account.getAttribute('aria-expanded')) !== 'true') await account.click();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    const confirm = page.getByRole('button', { name: 'Ja, abmelden' });
    await confirm.waitFor(WAIT);
    await confirm.click();
    await page.getByRole('button', { name: 'Anmelden' }).first().waitFor(WAIT);
    assert.equal(await sessionSub(page), null);
    // The provider's session is over too: a new login asks for the password again.
    await page.getByRole('button', { name: 'Anmelden' }).first().click();
    await page.getByRole('textbox', { name: 'Benutzername' }).waitFor(WAIT);
  });

  it('refuses an answer whose state was tampered with, and says so', async () => {
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    await page.goto(`${town}/`);
    await page.getByRole('button', { name: 'Anmelden' }).first().click();
    await page.getByRole('textbox', { name: 'Benutzername' }).waitFor(WAIT);
    // The provider answers the consent with redirects that end at the town page with a code and
    // state; follow them here (with the browser's cookies) and change the state on the way.
    await page.route(
      (url) => url.pathname.endsWith('/confirm'),
      async (route) => {
        let response = await route.fetch({ maxRedirects: 0 });
        let location = response.headers()['location'];
        while (location !== undefined && !location.startsWith(town)) {
          response = await fresh.request.get(new URL(location, api).href, { maxRedirects: 0 });
          location = response.headers()['location'];
        }
        assert.ok(location, 'the provider sent the browser back to the town');
        const tampered = new URL(location);
        tampered.searchParams.set('state', 'tampered');
        await route.fulfill({ status: 302, headers: { location: tampered.href } });
      },
    );
    await page.getByRole('textbox', { name: 'Benutzername' }).fill('lena.schmitt');
    await page.getByLabel('Passwort', { exact: true }).fill(password('lena.schmitt'));
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Zustimmen und weiter' }).click();
    await page.getByText('Die Anmeldung konnte nicht sicher abgeschlossen werden').waitFor(WAIT);
    assert.equal(await sessionSub(page), null);
    assert.equal(new URL(page.url()).searchParams.has('code'), false, 'the address is clean');
    await fresh.close();
  });
});
