/** `<saar-status-tracker>` against the widget conformance suite (test/support/conformance.ts). */
import { fixture, html } from '@open-wc/testing';
import type { SaarStatusTracker } from '../../src/status-tracker/saar-status-tracker.js';
import {
  ACCESS_CODE,
  ACTION_DETAILS,
  REFERENCE,
  trackedApplication,
} from '../fixtures/tracker-data.js';
import { FakePortal } from '../fixtures/fake-portal.js';
import { describeConformance } from '../support/conformance.js';
import { $, lookUp, mountTracker, ready, until } from './tracker-harness.js';

/** A portal with the application in `ACTION_REQUIRED` (the richest page) and a second one. */
function portal(): FakePortal {
  return new FakePortal({
    applications: [
      { application: trackedApplication('ACTION_REQUIRED'), accessCode: ACCESS_CODE },
      {
        application: trackedApplication('COMPLETED', 'SAAR-2026-AAAA-0001'),
        accessCode: ACCESS_CODE,
      },
    ],
  });
}

describeConformance<SaarStatusTracker>({
  tag: '<saar-status-tracker>',
  async mount({ lang, portal: fake, apiBase }) {
    sessionStorage.clear();
    if (apiBase) {
      return fixture<SaarStatusTracker>(
        html`<saar-status-tracker
          lang=${lang}
          api-base=${apiBase}
          reference=${REFERENCE}
          access-code=${ACCESS_CODE}
        ></saar-status-tracker>`,
      );
    }
    const { tracker } = await mountTracker({
      portal: fake,
      attributes: { lang, reference: REFERENCE, accessCode: ACCESS_CODE },
    });
    return tracker;
  },
  ready: async (tracker) => {
    await ready(tracker);
    // The office's contact arrives after the application: wait for the settled page.
    await until(() => !$(tracker, '.application') || $(tracker, '.office dl div'), 'no office');
    // And the connection settled (the page looks the same from then on).
    await until(() => !$(tracker, '.live-state--connecting'), 'still connecting');
  },
  portal,
  states: [
    {
      name: 'the lookup form with its errors',
      async reach(tracker) {
        $<HTMLButtonElement>(tracker, '.back button')!.click();
        await tracker.updateComplete;
        await lookUp(tracker, 'SAAR', '');
      },
    },
    {
      name: 'not found',
      async reach(tracker) {
        $<HTMLButtonElement>(tracker, '.back button')!.click();
        await tracker.updateComplete;
        await lookUp(tracker, 'SAAR-2026-AAAA-BBBB', ACCESS_CODE);
        await until(() => $(tracker, '#lookup-failure'), 'no answer');
      },
    },
    {
      name: 'a completed application',
      async reach(tracker) {
        $<HTMLButtonElement>(tracker, '.back button')!.click();
        await tracker.updateComplete;
        await lookUp(tracker, 'SAAR-2026-AAAA-0001', ACCESS_CODE);
        await until(() => $(tracker, '.live-state'), 'not opened');
      },
    },
    {
      name: 'the connection broken',
      async reach(tracker, fake) {
        await until(() => $(tracker, '.live-state--live'), 'never live');
        fake.dropStreams();
        await until(() => $(tracker, '.live-state button'), 'no refresh offered');
      },
    },
  ],
  events: [
    {
      type: 'saar-status-change',
      async trigger(tracker, fake) {
        await until(() => $(tracker, '.live-state--live'), 'never live');
        fake.pushStatus(REFERENCE, {
          status: 'PROCESSING',
          at: new Date().toISOString(),
          details: ACTION_DETAILS,
        });
        await until(() => $(tracker, '.status-panel--processing'), 'no change');
      },
    },
  ],
});
