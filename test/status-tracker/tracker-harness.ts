/** Mounting and driving `<saar-status-tracker>` in tests. */
import { fixture, html } from '@open-wc/testing';
import '../../src/status-tracker/define.js';
import type { SaarStatusTracker } from '../../src/status-tracker/saar-status-tracker.js';
import { SaarPortalProvider } from '../../src/shared/saar-portal-provider.js';
import { createSessionStore, type SessionStore } from '../../src/shared/session.js';
import type { FakePortal } from '../fixtures/fake-portal.js';
import { trackerPortal } from '../fixtures/tracker-data.js';

SaarPortalProvider.define('saar-portal-provider');

/** Attributes a test may set. */
export interface TrackerAttributes {
  reference?: string;
  accessCode?: string;
  formUrl?: string;
  lang?: string;
  apiBase?: string;
}

/** Mounts a tracker in a provider with `portal` and `session`. */
export async function mountTracker(
  options: { portal?: FakePortal; session?: SessionStore; attributes?: TrackerAttributes } = {},
) {
  const portal = options.portal ?? trackerPortal();
  const session = options.session ?? createSessionStore();
  const a = options.attributes ?? {};
  const wrapper = await fixture<SaarPortalProvider>(
    html`<saar-portal-provider .client=${a.apiBase ? undefined : portal.client} .session=${session}>
      <saar-status-tracker
        lang=${a.lang ?? 'de'}
        reference=${a.reference ?? ''}
        access-code=${a.accessCode ?? ''}
        form-url=${a.formUrl ?? ''}
        api-base=${a.apiBase ?? ''}
      ></saar-status-tracker>
    </saar-portal-provider>`,
  );
  const tracker = wrapper.querySelector('saar-status-tracker')!;
  for (const name of ['reference', 'access-code', 'form-url', 'api-base']) {
    if (tracker.getAttribute(name) === '') tracker.removeAttribute(name);
  }
  await tracker.updateComplete;
  return { tracker, portal, session };
}

/** The first element in the tracker's shadow root matching `selector`. */
export function $<T extends Element = HTMLElement>(
  tracker: SaarStatusTracker,
  selector: string,
): T | null {
  return tracker.shadowRoot!.querySelector<T>(selector);
}

/** Every element in the tracker's shadow root matching `selector`. */
export function $$<T extends Element = HTMLElement>(
  tracker: SaarStatusTracker,
  selector: string,
): T[] {
  return [...tracker.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Polls `condition` until it holds, failing with `message` after `ms` (default 5 s). */
export async function until(condition: () => unknown, message: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves when the tracker shows a settled view (an application, the lookup or the list). */
export async function ready(tracker: SaarStatusTracker): Promise<void> {
  await until(
    () => $(tracker, '.application .live-state, .lookup, .mine, .failure, [role="alert"]'),
    'the tracker did not settle',
    // The first mount of a file loads the contract's schemas: seconds on a loaded machine.
    8000,
  );
  await tracker.updateComplete;
}

/** Types into the lookup form and sends it. */
export async function lookUp(
  tracker: SaarStatusTracker,
  reference: string,
  accessCode: string,
): Promise<void> {
  for (const [id, value] of [
    ['lookup-reference', reference],
    ['lookup-code', accessCode],
  ] as const) {
    const input = $<HTMLInputElement>(tracker, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await tracker.updateComplete;
  $(tracker, '#lookup-submit')!.click();
  await tracker.updateComplete;
}

/** A store with a logged-in citizen (a plain token the fake portal accepts). */
export function signedInAs(sub: string): SessionStore {
  const session = createSessionStore();
  session.setPrefillConsent([]);
  session.signIn({
    claims: { sub, acr: 'STORK-QAA-Level-3', given_name: 'Erika', family_name: 'Mustermann' },
    getAccessToken: () => 'test-token',
  });
  return session;
}

/** The text of the element, with whitespace collapsed. */
export function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
