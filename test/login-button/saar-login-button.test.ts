import { expect, oneEvent } from '@open-wc/testing';
import { FakePortal } from '../fixtures/fake-portal.js';
import { describeConformance } from '../support/conformance.js';
import { webmasterLines } from '../support/webmaster-console.js';
import type { SaarLoginButton } from '../../src/login-button/saar-login-button.js';
import type { SaarPortalProvider } from '../../src/shared/saar-portal-provider.js';
import type { SessionStore } from '../../src/shared/session.js';
import { redirectUriOf } from '../../src/ui/citizen-login/flow.js';
import { saveTransaction } from '../../src/ui/citizen-login/storage.js';
import { CLIENT_ID, FakeCitizenAccount, ISSUER } from './fake-citizen-account.js';
import {
  $,
  ERIKA,
  forgetLoginProviders,
  mountButton,
  oidcSession,
  ready,
  resetPageLogin,
  signedIn,
} from './login-harness.js';

/** Polls `condition` until it holds, failing with `message` after 5 s. */
async function until(condition: () => unknown, message: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('<saar-login-button>', () => {
  afterEach(resetPageLogin);

  describe('defaults', () => {
    it('offers to log in, saying what the account is for', async () => {
      const { button } = await mountButton();
      await ready(button);
      const login = $(button, '#login')!;
      expect(login.textContent).to.contain('Anmelden');
      expect(login.getAttribute('aria-describedby')).to.equal('login-hint');
      expect($(button, '#login-hint')!.textContent).to.contain('Bürgerkonto');
    });

    it('names the trust level it asks for in plain words', async () => {
      const { button } = await mountButton({ attributes: { trustLevel: 'STORK-QAA-Level-4' } });
      await ready(button);
      expect($(button, '#login-hint')!.textContent).to.contain('Online-Ausweis');
    });
  });

  describe('logged in', () => {
    it('shows who is logged in and at which trust level, in a panel that opens and closes', async () => {
      const session = signedIn();
      session.setPrefillConsent(['given_name', 'family_name']);
      const { button } = await mountButton({
        session,
        attributes: { applicationsUrl: '/antraege' },
      });
      await ready(button);
      const account = $(button, '#account')!;
      expect(account.textContent).to.contain('Angemeldet als Erika Mustermann');
      expect(account.getAttribute('aria-expanded')).to.equal('false');
      account.click();
      await button.updateComplete;
      expect(account.getAttribute('aria-expanded')).to.equal('true');
      const panel = $(button, '#account-panel')!;
      expect(panel.hidden).to.equal(false);
      expect(panel.textContent).to.contain('ELSTER');
      expect(panel.querySelector('a')!.getAttribute('href')).to.equal('/antraege');
      panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await button.updateComplete;
      expect(panel.hidden).to.equal(true);
      expect(button.shadowRoot!.activeElement).to.equal(account);
    });

    it('asks once which claims forms may prefill, and shows the choice', async () => {
      const session = signedIn();
      const { button } = await mountButton({ session });
      await ready(button);
      const boxes = [
        ...button.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="prefill"]'),
      ];
      expect(boxes.map((box) => box.labels![0]!.textContent)).to.deep.equal([
        'Name',
        'Geburtsdatum',
        'Anschrift',
        'E-Mail-Adresse',
      ]);
      boxes[1]!.checked = false;
      boxes[3]!.checked = false;
      $<HTMLButtonElement>(button, '.prefill button[type="submit"]')!.click();
      await button.updateComplete;
      expect(session.prefillConsent).to.deep.equal(['given_name', 'family_name', 'address']);
      expect($(button, '.prefill')).to.equal(null);
      $(button, '#account')!.click();
      await button.updateComplete;
      expect($(button, '#account-panel')!.textContent).to.contain('Name, Anschrift');
    });

    it('offers a step-up when the page needs more than the session has, and says why', async () => {
      const session = signedIn();
      session.setPrefillConsent([]);
      const { button } = await mountButton({
        session,
        attributes: { trustLevel: 'STORK-QAA-Level-4' },
      });
      await ready(button);
      $(button, '#account')!.click();
      await button.updateComplete;
      const stepUp = $(button, '.step-up')!;
      expect(stepUp.textContent).to.contain('Online-Ausweis');
      expect(stepUp.querySelector('button')!.textContent).to.contain('Sicherheitsstufe');
    });

    it('logs out everywhere: the session in scope is empty and the button says so', async () => {
      const session = signedIn();
      session.setPrefillConsent([]);
      const { button } = await mountButton({ session });
      await ready(button);
      $(button, '#account')!.click();
      await button.updateComplete;
      const loggedOut = oneEvent(button, 'saar-logout');
      [...button.shadowRoot!.querySelectorAll('button')]
        .find((candidate) => candidate.textContent!.includes('Abmelden'))!
        .click();
      expect((await loggedOut).detail).to.deep.equal({ sub: ERIKA.sub });
      await button.updateComplete;
      expect(session.claims).to.equal(undefined);
      expect($(button, '.notice')!.textContent).to.contain('abgemeldet');
      expect(button.shadowRoot!.activeElement).to.equal($(button, '#login'));
      // The logout at the citizen account follows once the login code has loaded: let it finish
      // here, so it cannot reach into the next test's page.
      await import('../../src/ui/citizen-login/page-login.js');
      await new Promise((resolve) => setTimeout(resolve));
    });
  });

  describe('the session’s end', () => {
    it('warns before the session ends, politely, and lets the citizen stay', async () => {
      const session = signedIn();
      session.setPrefillConsent([]);
      const { button } = await mountButton({ session });
      await ready(button);
      const oidc = await oidcSession(session, { idleMs: 60_000, warnBeforeMs: 59_900 });
      await until(() => $(button, '.warning'), 'no warning');
      expect($(button, '.warning')!.textContent).to.contain('Ihre Anmeldung endet');
      const region = $(button, '[role="status"][aria-live="polite"]')!;
      await until(() => region.textContent!.includes('endet'), 'the warning was not announced');
      // "Stay logged in" refreshes the tokens: the fake portal has no citizen account, so it
      // cannot; the session then ends at the token's end, which is minutes away.
      expect(oidc.isEnded).to.equal(false);
      oidc.end();
    });

    it('says the session ended, keeps the page, and fires saar-session-expired', async () => {
      const session = signedIn();
      session.setPrefillConsent([]);
      const { button } = await mountButton({ session });
      await ready(button);
      const expired = oneEvent(button, 'saar-session-expired');
      await oidcSession(session, { idleMs: 200, warnBeforeMs: 100 });
      expect((await expired).detail).to.deep.equal({ sub: ERIKA.sub });
      await button.updateComplete;
      expect(session.claims).to.equal(undefined);
      expect($(button, '.notice')!.textContent).to.contain('Ihre Anmeldung ist abgelaufen');
      expect($(button, '#login')).to.not.equal(null);
    });
  });

  describe('errors', () => {
    it('tells the webmaster in the console once, and the citizen something neutral, on an unregistered site', async () => {
      const portal = new FakePortal().fault('config', { kind: 'status', status: 404 });
      let button!: SaarLoginButton;
      const lines = await webmasterLines(async () => {
        ({ button } = await mountButton({ portal }));
        await ready(button);
        // The button asks on load already; a click asks again and ends the same way.
        $(button, '#login')!.click();
        await button.updateComplete;
        await until(
          () =>
            $(button, '.notice') && $(button, '#login')!.getAttribute('aria-disabled') === 'false',
          'no notice',
        );
      });
      expect($(button, '.notice')!.textContent).to.contain('gerade nicht möglich');
      const told = lines.filter((line) => line.includes('not registered'));
      expect(told, lines.join('\n')).to.have.length(1);
      expect(told[0]).to.match(/^saar-portal: <saar-login-button>: /);
      expect(told[0]).to.contain(location.origin);
    });

    it('says the citizen account cannot be reached, and the button tries again', async () => {
      const portal = new FakePortal().fault('config', { kind: 'network' });
      const { button } = await mountButton({ portal });
      await ready(button);
      $(button, '#login')!.click();
      await until(() => $(button, '.notice'), 'no notice');
      expect($(button, '.notice')!.textContent).to.contain('nicht erreichbar');
      expect(button.shadowRoot!.activeElement).to.equal($(button, '#login'));
      // The focus stayed where it was, so the notice is said as well.
      const said = button.shadowRoot!.querySelector('[role="status"][aria-live="polite"]');
      expect(said?.textContent ?? '').to.contain('nicht erreichbar');
    });

    it('is ready again when the page comes back from the back/forward cache during a login', async () => {
      const { button, portal } = await mountButton();
      button.setAttribute('mode', 'popup');
      await ready(button);
      // The portal does not answer yet: the login stays under way, as it does when the page left.
      portal.fault('config', { kind: 'hang' });
      const open = window.open;
      window.open = () =>
        ({ closed: false, close() {}, focus() {}, location: { href: '' } }) as unknown as Window;
      try {
        $(button, '#login')!.click();
        await until(
          () => $(button, '#login')?.getAttribute('aria-disabled') === 'true',
          'no login under way',
        );
      } finally {
        window.open = open;
      }
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await button.updateComplete;
      expect($(button, '#login')!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('says that the browser blocked the login window, not that the citizen cancelled', async () => {
      const { button } = await mountButton();
      button.setAttribute('mode', 'popup');
      await ready(button);
      const open = window.open;
      window.open = () => null;
      try {
        $(button, '#login')!.click();
        await until(() => $(button, '.notice'), 'no notice');
      } finally {
        window.open = open;
      }
      expect($(button, '.notice')!.textContent).to.contain('blockiert');
      expect($(button, '.notice')!.textContent).to.not.contain('abgebrochen');
    });
  });

  describe('coming back from the citizen account', () => {
    let account: FakeCitizenAccount;
    let pageUrl: string;

    beforeEach(() => {
      account = new FakeCitizenAccount();
      account.nonce = 'nonce-1';
      pageUrl = location.href;
    });

    afterEach(() => {
      account.restore();
      history.replaceState(history.state, '', pageUrl);
    });

    function comeBackWith(params: Record<string, string>): void {
      saveTransaction({
        issuer: ISSUER,
        clientId: CLIENT_ID,
        state: 'state-1',
        nonce: 'nonce-1',
        codeVerifier: 'v'.repeat(43),
        redirectUri: redirectUriOf(new URL(pageUrl)),
        returnUrl: pageUrl,
        scrollX: 0,
        scrollY: 0,
        mode: 'redirect',
        startedAt: Date.now(),
      });
      const callback = new URL(redirectUriOf(new URL(pageUrl)));
      for (const [name, value] of Object.entries(params)) callback.searchParams.set(name, value);
      history.replaceState(history.state, '', callback.href);
    }

    it('completes the login, cleans the address and tells the page (saar-login)', async () => {
      comeBackWith({ code: 'code-1', state: 'state-1', iss: ISSUER });
      const { button, session } = await mountButton({ portal: account.portal });
      const login = await oneEvent(button, 'saar-login');
      expect(login.detail).to.deep.equal({ sub: 'citizen-erika', trustLevel: 'STORK-QAA-Level-3' });
      expect(JSON.stringify(login.detail)).to.not.contain('access');
      expect(location.href).to.equal(pageUrl);
      expect(session.claims?.given_name).to.equal('Erika');
      await button.updateComplete;
      expect($(button, '#account')!.textContent).to.contain('Erika Mustermann');
    });

    it('says so when the citizen cancelled, and offers to log in again', async () => {
      comeBackWith({ error: 'access_denied', state: 'state-1', iss: ISSUER });
      const { button } = await mountButton({ portal: account.portal });
      await until(() => $(button, '.notice'), 'no notice');
      expect($(button, '.notice')!.textContent).to.contain('abgebrochen');
      expect($(button, '#login')).to.not.equal(null);
      expect(location.href).to.equal(pageUrl);
    });
  });
});

/** The session store the button's provider hands it (the harness mounts one). */
function storeOf(button: SaarLoginButton): SessionStore {
  return (button.closest('saar-portal-provider') as SaarPortalProvider).session!;
}

async function signIn(button: SaarLoginButton): Promise<void> {
  storeOf(button).signIn({ claims: ERIKA, getAccessToken: () => 'test-token' });
  await button.updateComplete;
}

describeConformance<SaarLoginButton>({
  tag: '<saar-login-button>',
  async mount({ lang, portal, apiBase }) {
    resetPageLogin();
    return (await mountButton({ portal, attributes: { lang, ...(apiBase ? { apiBase } : {}) } }))
      .button;
  },
  ready,
  states: [
    {
      name: 'a login failed',
      async reach(button, portal) {
        portal.fault('config', { kind: 'network' });
        forgetLoginProviders();
        $(button, '#login')!.click();
        await until(() => $(button, '.notice'), 'no notice');
      },
    },
    { name: 'logged in, asked what forms may prefill', reach: signIn },
    {
      name: 'account panel open, step-up offered',
      async reach(button) {
        button.trustLevel = 'STORK-QAA-Level-4';
        storeOf(button).setPrefillConsent(['given_name', 'family_name']);
        await signIn(button);
        $(button, '#account')!.click();
        await button.updateComplete;
      },
    },
  ],
  events: [
    {
      type: 'saar-logout',
      async trigger(button) {
        storeOf(button).setPrefillConsent([]);
        await signIn(button);
        $(button, '#account')!.click();
        await button.updateComplete;
        [...button.shadowRoot!.querySelectorAll('button')]
          .find((candidate) => candidate.textContent!.includes('Abmelden'))!
          .click();
      },
    },
  ],
});
