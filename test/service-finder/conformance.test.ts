/** `<saar-service-finder>` against the widget conformance suite (test/support/conformance.ts). */
import { fixture, html } from '@open-wc/testing';
import { FakePortal } from '../fixtures/fake-portal.js';
import { saarlouis } from '../fixtures/finder-data.js';
import { responsibilityData } from '../fixtures/responsibility-data.js';
import type { SaarServiceFinder } from '../../src/service-finder/saar-service-finder.js';
import { describeConformance } from '../support/conformance.js';
import { $, mountFinder, press, ready, type, until } from './finder-harness.js';

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
  portal: () => new FakePortal(responsibilityData()),
});
