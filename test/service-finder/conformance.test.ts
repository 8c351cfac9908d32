/** `<saar-service-finder>` against the widget conformance suite (test/support/conformance.ts). */
import { expect, fixture, html } from '@open-wc/testing';
import { FakePortal } from '../fixtures/fake-portal.js';
import { saarlouis } from '../fixtures/finder-data.js';
import { responsibilityData } from '../fixtures/responsibility-data.js';
import type { SaarServiceFinder } from '../../src/service-finder/saar-service-finder.js';
import { describeConformance } from '../support/conformance.js';
import { $, $$, mountFinder, press, ready, type, until } from './finder-harness.js';

/** Opens the dog-tax service from the search box. */
async function openService(finder: SaarServiceFinder): Promise<void> {
  await type(finder, 'Hund');
  await press(finder, 'ArrowDown');
  await press(finder, 'Enter');
}

/** Clicks a button as a keyboard user would reach it: focused first, so losing it would show. */
async function clickRetry(finder: SaarServiceFinder, selector: string): Promise<void> {
  const button = $(finder, selector)!;
  button.focus();
  button.click();
  await finder.updateComplete;
}

async function openDetail(finder: SaarServiceFinder): Promise<void> {
  await type(finder, 'Hund');
  await press(finder, 'ArrowDown');
  await press(finder, 'Enter');
  await until(() => $(finder, '.route'), 'no office shown');
}

describeConformance<SaarServiceFinder>({
  tag: '<saar-service-finder>',
  async mount({ lang, portal, apiBase }) {
    if (apiBase) {
      return fixture<SaarServiceFinder>(
        html`<saar-service-finder lang=${lang} api-base=${apiBase}></saar-service-finder>`,
      );
    }
    return (await mountFinder(portal, { lang, municipality: saarlouis.ars })).finder;
  },
  ready,
  states: [
    { name: 'results', reach: (finder) => type(finder, 'Hund') },
    {
      name: 'long result names',
      reach: (finder) => type(finder, 'Genehmigung anmelden Hundesteuer'),
    },
    { name: 'no results', reach: (finder) => type(finder, 'Xylophonreparatur') },
    { name: 'detail with office', reach: openDetail },
    {
      name: 'detail, office failed',
      async reach(finder, portal) {
        portal.fault('routes', { kind: 'status', status: 503 });
        await type(finder, 'Hund');
        await press(finder, 'ArrowDown');
        await press(finder, 'Enter');
        await until(() => $(finder, '.error'), 'no error shown');
      },
    },
    {
      name: 'detail, asking for the place of the event',
      async reach(finder) {
        await type(finder, 'Sterbeurkunde');
        await press(finder, 'ArrowDown');
        await press(finder, 'Enter');
        await until(() => $(finder, '#event-place-input'), 'no question for the place');
      },
    },
    {
      name: 'detail, not offered in the town',
      async reach(finder) {
        $(finder, '.town-bar button')!.click();
        await until(() => $(finder, '#town-input'), 'no town picker');
        await type(finder, '66636', '#town-input');
        await until(() => $(finder, '#town-list [role="option"]'), 'no towns offered');
        await press(finder, 'ArrowDown', '#town-input');
        await press(finder, 'Enter', '#town-input');
        await type(finder, 'Baum');
        await press(finder, 'ArrowDown');
        await press(finder, 'Enter');
        await until(() => $(finder, '.not-offered'), 'no "not offered" statement');
      },
    },
    {
      name: 'changing the town',
      async reach(finder) {
        $(finder, '.town-bar button')!.click();
        await until(() => $(finder, '#town-input'), 'no town picker');
        await type(finder, 'Saar', '#town-input');
        await until(() => $(finder, '#town-list [role="option"]'), 'no towns offered');
        await press(finder, 'ArrowDown', '#town-input');
      },
    },
  ],
  events: [
    { type: 'saar-service-open', trigger: openDetail },
    {
      type: 'saar-service-select',
      async trigger(finder) {
        await openDetail(finder);
        finder.addEventListener('saar-service-select', (event) => event.preventDefault(), {
          once: true,
        });
        $(finder, '[part="apply-button"]')!.click();
      },
    },
    {
      type: 'saar-town-change',
      async trigger(finder) {
        $(finder, '.town-bar button')!.click();
        await until(() => $(finder, '#town-input'), 'no town picker');
        await type(finder, '66740', '#town-input');
        await until(() => $(finder, '#town-list [role="option"]'), 'no towns offered');
        await press(finder, 'ArrowDown', '#town-input');
        await press(finder, 'Enter', '#town-input');
      },
    },
  ],
  focusJourneys: [
    {
      name: 'choosing a town in a service’s office section (on its heading)',
      async run(portal) {
        const { finder } = await mountFinder(portal);
        await ready(finder);
        await openService(finder);
        await until(() => $(finder, '#office-town-input'), 'no town picker in the detail');
        await type(finder, '66740', '#office-town-input');
        await until(() => $(finder, '#office-town-list [role="option"]'), 'no towns offered');
        await press(finder, 'ArrowDown', '#office-town-input');
        await press(finder, 'Enter', '#office-town-input');
        await until(
          () => finder.shadowRoot!.activeElement === $(finder, '#office-heading'),
          'focus not on the office heading',
        );
        return finder;
      },
    },
    {
      name: '"Erneut versuchen" for the catalogue (on the search box)',
      async run(portal) {
        portal.fault('services', { kind: 'network' });
        const { finder } = await mountFinder(portal);
        await until(() => $(finder, '.error button'), 'no retry offered');
        portal.fault('services', undefined);
        await clickRetry(finder, '.error button');
        await ready(finder);
        await until(
          () => finder.shadowRoot!.activeElement === $(finder, '#search'),
          'focus not on the search box',
        );
        return finder;
      },
    },
    {
      name: '"Erneut versuchen" for a service’s office (on the office heading)',
      async run(portal) {
        portal.fault('routes', { kind: 'status', status: 503 });
        const { finder } = await mountFinder(portal, { municipality: saarlouis.ars });
        await ready(finder);
        await openService(finder);
        await until(() => $(finder, '.office .error button'), 'no retry offered');
        portal.fault('routes', undefined);
        await clickRetry(finder, '.office .error button');
        await until(() => $(finder, '.route'), 'no office after the retry');
        return finder;
      },
    },
    {
      name: '"Erneut versuchen" for a service’s description (on its heading)',
      async run(portal) {
        portal.fault('services/', { kind: 'status', status: 503 });
        const { finder } = await mountFinder(portal, { municipality: saarlouis.ars });
        await ready(finder);
        await openService(finder);
        await until(() => $(finder, '.detail .error button'), 'no retry offered');
        portal.fault('services/', undefined);
        await clickRetry(finder, '.detail .error button');
        await until(() => $(finder, '.text-module'), 'no description after the retry');
        return finder;
      },
    },
    {
      name: '"Erneut versuchen" for the preset town (on the town bar)',
      async run(portal) {
        portal.fault('areas', { kind: 'network' });
        const { finder } = await mountFinder(portal, { municipality: saarlouis.ars });
        await until(() => $(finder, '.town .error button'), 'no retry offered');
        portal.fault('areas', undefined);
        await clickRetry(finder, '.town .error button');
        await until(() => $(finder, '.town-bar'), 'no town after the retry');
        return finder;
      },
    },
    {
      name: '"Erneut versuchen" for the preset town, failing again',
      async run(portal) {
        portal.fault('areas', { kind: 'network' });
        const { finder } = await mountFinder(portal, { municipality: saarlouis.ars });
        await until(() => $(finder, '.town .error button'), 'no retry offered');
        await clickRetry(finder, '.town .error button');
        await until(() => $(finder, '.town .error'), 'no failure after the retry');
        portal.fault('areas', undefined);
        return finder;
      },
    },
    {
      name: '"Bei … bleiben" while changing the town',
      async run(portal) {
        const { finder } = await mountFinder(portal, { municipality: saarlouis.ars });
        await ready(finder);
        await until(() => $(finder, '#town-change'), 'no town bar');
        $(finder, '#town-change')!.click();
        await until(() => $(finder, '#town-input'), 'no town picker');
        await clickRetry(finder, '.town .link-button');
        await until(() => $(finder, '.town-bar'), 'no town bar');
        return finder;
      },
    },
    {
      name: '"Zurück zu …" the preset town',
      async run(portal) {
        const { finder } = await mountFinder(portal, { municipality: saarlouis.ars });
        await ready(finder);
        await until(() => $(finder, '#town-change'), 'no town bar');
        $(finder, '#town-change')!.click();
        await until(() => $(finder, '#town-input'), 'no town picker');
        await type(finder, '66636', '#town-input');
        await until(() => $(finder, '#town-list [role="option"]'), 'no towns offered');
        await press(finder, 'ArrowDown', '#town-input');
        await press(finder, 'Enter', '#town-input');
        await until(() => $(finder, '.town-bar')?.textContent?.includes('Tholey'), 'no Tholey');
        expect($$(finder, '.town-bar .link-button').at(-1)!.textContent).to.contain(
          'Zurück zu Saarlouis',
        );
        await clickRetry(finder, '.town-bar .link-button:last-of-type');
        await until(
          () => $(finder, '.town-bar strong')!.textContent === 'Saarlouis',
          'not back to Saarlouis',
        );
        return finder;
      },
    },
    {
      name: '"show more" results (in the search box)',
      async run(portal) {
        const { finder } = await mountFinder(portal);
        finder.limit = 1;
        await ready(finder);
        await type(finder, 'anmelden');
        await press(finder, 'ArrowUp');
        await press(finder, 'Enter');
        await until(() => $$(finder, '#results [role="option"]').length > 2, 'no more shown');
        return finder;
      },
    },
  ],
  portal: () => new FakePortal(responsibilityData()),
});
