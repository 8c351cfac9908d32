/** Mounting and driving `<saar-service-finder>` in tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/service-finder/define.js';
import type { SaarServiceFinder } from '../../src/service-finder/saar-service-finder.js';
import { SaarPortalProvider } from '../../src/shared/saar-portal-provider.js';
import { FakePortal } from '../fixtures/fake-portal.js';

SaarPortalProvider.define('saar-portal-provider');

/** Attributes a test may set on the finder. */
export interface FinderAttributes {
  municipality?: string;
  lang?: string;
  applyUrl?: string;
  topicField?: string;
  addressee?: string;
}

/** Mounts a finder inside a provider that hands it `portal`'s client. */
export async function mountFinder(portal = new FakePortal(), attributes: FinderAttributes = {}) {
  const wrapper = await fixture<SaarPortalProvider>(
    html`<saar-portal-provider .client=${portal.client}>
      <saar-service-finder
        municipality=${attributes.municipality ?? ''}
        lang=${attributes.lang ?? 'de'}
        apply-url=${attributes.applyUrl ?? ''}
        topic-field=${attributes.topicField ?? ''}
        addressee=${attributes.addressee ?? ''}
      ></saar-service-finder>
    </saar-portal-provider>`,
  );
  const finder = wrapper.querySelector('saar-service-finder')!;
  // Empty attributes mean "not set" for these tests.
  for (const name of ['municipality', 'apply-url', 'topic-field', 'addressee']) {
    if (finder.getAttribute(name) === '') finder.removeAttribute(name);
  }
  await finder.updateComplete;
  return { finder, portal };
}

/** The element in the finder's shadow root matching `selector`. */
export function $<T extends Element = HTMLElement>(
  finder: SaarServiceFinder,
  selector: string,
): T | null {
  return finder.shadowRoot!.querySelector<T>(selector);
}

/** All elements in the finder's shadow root matching `selector`. */
export function $$<T extends Element = HTMLElement>(
  finder: SaarServiceFinder,
  selector: string,
): T[] {
  return [...finder.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Waits for `condition`, patiently: CI machines are slow and shared. */
export function until(condition: () => unknown, message = 'condition not met'): Promise<void> {
  return waitUntil(condition, message, { timeout: 5000 });
}

/** Waits until the search index is ready (the browse view or results show). */
export async function ready(finder: SaarServiceFinder): Promise<void> {
  await waitUntil(
    () => $(finder, '.browse, #results:not([hidden]), .no-results'),
    'the finder did not get ready',
    { timeout: 5000 },
  );
}

/** Types `value` into the search box as a citizen would (one input event per keystroke). */
export async function type(
  finder: SaarServiceFinder,
  value: string,
  selector = '#search',
): Promise<void> {
  const input = $<HTMLInputElement>(finder, selector)!;
  input.focus();
  for (let i = 1; i <= value.length; i++) {
    input.value = value.slice(0, i);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await finder.updateComplete;
}

/** Presses `key` in the element matching `selector`. */
export async function press(
  finder: SaarServiceFinder,
  key: string,
  selector = '#search',
): Promise<void> {
  $(finder, selector)!.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
  );
  await finder.updateComplete;
}

/** The visible names of the results, in order. */
export function resultNames(finder: SaarServiceFinder): string[] {
  return $$(finder, '#results [role="option"] .option-name').map((option) =>
    option.textContent!.trim(),
  );
}
