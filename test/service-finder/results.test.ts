/**
 * How many results there are, and the rest on request: the real count is announced, and "show
 * more" is an option of the list itself, reached with the arrow keys (issue 14, points 11 and 15).
 */
import { expect } from '@open-wc/testing';
import { FakePortal } from '../fixtures/fake-portal.js';
import { $, $$, mountFinder, press, ready, resultNames, type, until } from './finder-harness.js';

const liveRegion = (finder: HTMLElement) =>
  finder.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;

describe('<saar-service-finder> results', () => {
  it('announces the real count and shows more on request, from the keyboard', async () => {
    const { finder } = await mountFinder();
    finder.limit = 2;
    await ready(finder);
    await type(finder, 'anmelden');
    await until(() => liveRegion(finder).textContent!.includes('3 Leistungen gefunden'));
    expect(resultNames(finder)).to.have.length(2);
    const more = $$(finder, '#results [role="option"]').at(-1)!;
    expect(more.textContent).to.contain('Das übrige Ergebnis anzeigen');

    await press(finder, 'End');
    await press(finder, 'ArrowDown');
    await press(finder, 'ArrowUp');
    expect($(finder, '#search')!.getAttribute('aria-activedescendant')).to.equal(more.id);
    await press(finder, 'Enter');
    expect(resultNames(finder)).to.have.length(3);
    expect($(finder, '#search')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(finder, '#search')!.getAttribute('aria-activedescendant')).to.equal('result-2');
    expect(finder.shadowRoot!.activeElement).to.equal($(finder, '#search'));
    expect(liveRegion(finder).textContent).to.contain('1 weitere Leistung angezeigt, 3 insgesamt');
    expect($$(finder, '#results [role="option"]')).to.have.length(3, 'no "more" once all show');
    await expect(finder).to.be.accessible();
  });

  it('keeps the option the citizen moved to active when the rest of the catalogue arrives', async () => {
    const portal = new FakePortal();
    // A long-tail service (German only, no description) that the whole index ranks first.
    portal.data.catalogue = {
      ...portal.data.catalogue,
      services: [
        ...portal.data.catalogue.services,
        {
          id: 'hund-long-tail',
          leikaKey: '99108001001000',
          name: { de: 'Anmelden' },
          keywords: {},
          addressees: ['citizens'],
          topicField: 'steuern_zoll',
          lifeSituations: [],
          level: 'municipal',
        },
      ],
    };
    portal.fault('services?part=long-tail', { kind: 'delay', ms: 600 });
    const { finder } = await mountFinder(portal);
    await ready(finder);
    await type(finder, 'anmelden');
    await press(finder, 'ArrowDown');
    const active = () => {
      const id = $(finder, '#search')!.getAttribute('aria-activedescendant');
      return id ? (finder.shadowRoot!.getElementById(id)?.textContent ?? '') : '';
    };
    expect(active()).to.contain('Hund zur Hundesteuer anmelden');
    await until(() => resultNames(finder).includes('Anmelden'), 'the rest did not arrive');
    expect(resultNames(finder)[0]).to.equal('Anmelden', 'the whole index ranks differently');
    expect(active()).to.contain('Hund zur Hundesteuer anmelden');
    await press(finder, 'Enter');
    await until(() => $(finder, '#detail-heading'), 'no service opened');
    expect($(finder, '#detail-heading')!.textContent).to.contain('Hund zur Hundesteuer anmelden');
  });

  it('shows more with a click as well', async () => {
    const { finder } = await mountFinder();
    finder.limit = 1;
    await ready(finder);
    await type(finder, 'anmelden');
    $$(finder, '#results [role="option"]').at(-1)!.click();
    await finder.updateComplete;
    expect(resultNames(finder)).to.have.length(2);
  });

  it('starts again from the first few when the query changes', async () => {
    const { finder } = await mountFinder();
    finder.limit = 1;
    await ready(finder);
    await type(finder, 'anmelden');
    $$(finder, '#results [role="option"]').at(-1)!.click();
    await finder.updateComplete;
    await type(finder, 'anmelde');
    expect(resultNames(finder)).to.have.length(1);
  });

  it('announces the count of what was typed while the catalogue was still loading', async () => {
    const portal = new FakePortal().fault('services', { kind: 'delay', ms: 1500 });
    const { finder } = await mountFinder(portal);
    await type(finder, 'Hund');
    await until(() => $(finder, '#results [role="option"]'), 'no results once loaded');
    await until(
      () => liveRegion(finder).textContent!.includes('1 Leistung gefunden'),
      `announced "${liveRegion(finder).textContent}"`,
    );
  });
});
