/**
 * The finder in the citizen's language: a change of language reaches everything already shown,
 * and a text that exists only in German is marked as German and said to be so (issue 14, points
 * 9 and 12).
 */
import { expect } from '@open-wc/testing';
import type { Service } from '../../src/api/schemas/service.js';
import { FakePortal, defaultData } from '../fixtures/fake-portal.js';
import { saarlouis } from '../fixtures/finder-data.js';
import { $, $$, mountFinder, press, ready, resultNames, type, until } from './finder-harness.js';

/** A service the catalogue has in German only (as most of the federal long tail is). */
const bulkyWaste: Service = {
  id: 'sperrmuell-abholung',
  leikaKey: '99033006000000',
  name: { de: 'Sperrmüll abholen lassen' },
  keywords: { de: ['Sperrmüll', 'Möbel entsorgen'] },
  addressees: ['citizens'],
  topicField: 'umwelt',
  lifeSituations: ['1050000'],
  level: 'municipal',
  texts: { description: { de: 'Sperrmüll holt die Stadt nach Anmeldung ab.' } },
  onlineServices: [],
};

function portalWithGermanOnlyService(): FakePortal {
  const data = defaultData();
  const { texts: _texts, onlineServices: _online, ...summary } = bulkyWaste;
  return new FakePortal({
    services: [...data.services, bulkyWaste],
    catalogue: { ...data.catalogue, services: [...data.catalogue.services, summary] },
  });
}

const liveRegion = (finder: HTMLElement) =>
  finder.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;

describe('<saar-service-finder> languages', () => {
  it('follows a language change everywhere: results, their count and an open service', async () => {
    const { finder } = await mountFinder(new FakePortal(), {
      lang: 'de',
      municipality: saarlouis.ars,
    });
    await ready(finder);
    await type(finder, 'Hund');
    await until(() => liveRegion(finder).textContent!.includes('1 Leistung gefunden'));
    expect(resultNames(finder)).to.deep.equal(['Hund zur Hundesteuer anmelden']);

    finder.setAttribute('lang', 'en');
    await until(
      () => resultNames(finder)[0] === 'Register a dog for dog tax',
      `results still ${resultNames(finder).join()}`,
    );
    await until(
      () => liveRegion(finder).textContent!.includes('1 service found'),
      `count still "${liveRegion(finder).textContent}"`,
    );

    await press(finder, 'ArrowDown');
    await press(finder, 'Enter');
    await until(() => $(finder, '.route'), 'no office shown');
    finder.setAttribute('lang', 'fr');
    await until(
      () => $(finder, '#detail-heading')!.textContent!.includes('Déclarer un chien'),
      `heading still "${$(finder, '#detail-heading')!.textContent}"`,
    );
    expect($(finder, '.detail .back')!.textContent).to.contain('Retour');
  });

  for (const lang of ['en', 'fr', 'de-x-ls'] as const) {
    it(`marks German-only names and texts with lang="de" and says so (${lang})`, async () => {
      const { finder } = await mountFinder(portalWithGermanOnlyService(), {
        lang,
        municipality: saarlouis.ars,
      });
      await ready(finder);
      await type(finder, 'Sperrmüll');
      // The long tail arrives once the citizen searches.
      const sperrmuell = () =>
        $$(finder, '#results [role="option"] .option-name').find((name) =>
          name.textContent!.includes('Sperrmüll'),
        );
      await until(sperrmuell, 'the German-only service is not found');
      const option = sperrmuell();
      expect(option!.querySelector('[lang="de"]')?.textContent).to.contain('Sperrmüll');

      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, '.text-module'), 'no description shown');
      expect($(finder, '#detail-heading [lang="de"]')!.textContent).to.contain('Sperrmüll');
      expect($(finder, '.text-module')!.getAttribute('lang')).to.equal('de');
      const note = $(finder, '.german-only');
      expect(note, 'a note that the text is only in German').to.exist;
      expect(note!.closest('[lang="de"]'), 'the note is in the citizen’s language').to.equal(null);
      expect(note!.textContent).not.to.contain('Diese Beschreibung gibt es nur auf Deutsch');
      await expect(finder).to.be.accessible();
    });
  }

  it('marks German-only names in the browse lists too', async () => {
    const { finder } = await mountFinder(portalWithGermanOnlyService(), { lang: 'en' });
    await ready(finder);
    const chip = $$(finder, '.browse .chip').find((button) =>
      button.textContent!.includes('Moving'),
    )!;
    chip.click();
    const entry = () =>
      $$(finder, '.service-list button').find((button) =>
        button.textContent!.includes('Sperrmüll'),
      );
    await until(entry, 'the German-only service is not listed');
    expect(entry()!.querySelector('[lang="de"]')).to.exist;
  });

  it('says nothing about German in German', async () => {
    const { finder } = await mountFinder(portalWithGermanOnlyService(), { lang: 'de' });
    await ready(finder);
    await type(finder, 'Sperrmüll');
    await until(() => $(finder, '#results [role="option"]'), 'not found');
    await press(finder, 'ArrowDown');
    await press(finder, 'Enter');
    await until(() => $(finder, '.text-module'), 'no description shown');
    expect($(finder, '.german-only')).to.equal(null);
  });
});
