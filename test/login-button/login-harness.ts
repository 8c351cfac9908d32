/** Mounting `<saar-login-button>` in tests, with a fake portal and a session store of its own. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/login-button/define.js';
import type { SaarLoginButton } from '../../src/login-button/saar-login-button.js';
import type { CitizenClaims } from '../../src/api/schemas/session.js';
import { SaarPortalProvider } from '../../src/shared/saar-portal-provider.js';
import { createSessionStore, type SessionStore } from '../../src/shared/session.js';
import type { OidcSession, SessionTiming } from '../../src/ui/citizen-login/oidc-session.js';
import { fakeOidcSession } from '../fixtures/oidc-session.js';
import { FakePortal } from '../fixtures/fake-portal.js';

SaarPortalProvider.define('saar-portal-provider');

/** A fictitious citizen at trust level 3. */
export const ERIKA: CitizenClaims = {
  sub: 'citizen-erika',
  acr: 'STORK-QAA-Level-3',
  given_name: 'Erika',
  family_name: 'Mustermann',
  birthdate: '1964-08-12',
  email: 'erika@buerger.example',
  address: { street_address: 'Am Markt 1', postal_code: '66740', locality: 'Saarlouis' },
};

/** Forgets what the page learnt about the citizen account (a test then sees a new fault). */
export function forgetLoginProviders(): void {
  Reflect.deleteProperty(globalThis, Symbol.for('saar-portal.login-providers'));
}

/** Forgets the page's login state between tests (a page has one). */
export function resetPageLogin(): void {
  Reflect.deleteProperty(globalThis, Symbol.for('saar-portal.citizen-login'));
  forgetLoginProviders();
  sessionStorage.clear();
}

/** What a test may set on the button. */
export interface ButtonAttributes {
  lang?: string;
  trustLevel?: string;
  applicationsUrl?: string;
  /** Point the button at this API itself, without the provider's client. */
  apiBase?: string;
}

/** Mounts a login button in a provider with `portal`'s client and `session`. */
export async function mountButton(
  options: { portal?: FakePortal; session?: SessionStore; attributes?: ButtonAttributes } = {},
) {
  const portal = options.portal ?? new FakePortal();
  const session = options.session ?? createSessionStore();
  const a = options.attributes ?? {};
  const wrapper = await fixture<SaarPortalProvider>(
    html`<saar-portal-provider .client=${a.apiBase ? undefined : portal.client} .session=${session}>
      <saar-login-button
        lang=${a.lang ?? 'de'}
        trust-level=${a.trustLevel ?? ''}
        applications-url=${a.applicationsUrl ?? ''}
        api-base=${a.apiBase ?? ''}
      ></saar-login-button>
    </saar-portal-provider>`,
  );
  const button = wrapper.querySelector('saar-login-button')!;
  for (const name of ['trust-level', 'applications-url', 'api-base']) {
    if (button.getAttribute(name) === '') button.removeAttribute(name);
  }
  await button.updateComplete;
  return { button, portal, session };
}

/** A session store with `claims` signed in (a plain bearer token: no login behind it). */
export function signedIn(claims: CitizenClaims = ERIKA): SessionStore {
  const session = createSessionStore();
  session.signIn({ claims, getAccessToken: () => 'test-token' });
  return session;
}

/** A real `OidcSession` (fake tokens, a real DPoP key) adopted by `store`, with `timing`. */
export function oidcSession(store: SessionStore, timing: SessionTiming): Promise<OidcSession> {
  return fakeOidcSession(store, ERIKA, timing);
}

/** The element in the button's shadow root matching `selector`. */
export function $<T extends Element = HTMLElement>(
  button: SaarLoginButton,
  selector: string,
): T | null {
  return button.shadowRoot!.querySelector<T>(selector);
}

/** Waits until the button has resumed (no "completing" line). */
export async function ready(button: SaarLoginButton): Promise<void> {
  await waitUntil(() => $(button, '#login, #account'), 'the login button did not settle', {
    timeout: 5000,
  });
}
