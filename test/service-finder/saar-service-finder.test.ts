import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SaarPortalProvider } from '../../src/shared/saar-portal-provider.js';
import { FakePortal } from '../fixtures/fake-portal.js';
import { saarlouis, tholey } from '../fixtures/finder-data.js';
import { $, $$, mountFinder, press, ready, resultNames, type, until } from './finder-harness.js';

describe('<saar-service-finder>', () => {
  it('is accessible when ready, with results, and in the detail view', async () => {
    const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars });
    await ready(finder);
    await expect(finder).to.be.accessible();
    await type(finder, 'Hund');
    await expect(finder).to.be.accessible();
    await press(finder, 'ArrowDown');
    await press(finder, 'Enter');
    await until(() => $(finder, '.route'), 'no office shown');
    await expect(finder).to.be.accessible();
  });

  describe('defaults', () => {
    it('shows a labelled search combobox and the browse overview', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      const input = $<HTMLInputElement>(finder, '#search')!;
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect($(finder, 'label[for="search"]')!.textContent).to.contain(
        'Was möchten Sie erledigen?',
      );
      expect($$(finder, '.browse .chip').length).to.be.greaterThan(0);
    });

    it('fetches the catalogue once for two finders in one language, the rest once searched', async () => {
      const portal = new FakePortal();
      const first = await mountFinder(portal);
      const second = await mountFinder(portal);
      await ready(first.finder);
      await ready(second.finder);
      const catalogue = () => portal.requests.filter((path) => path.startsWith('services?'));
      expect(catalogue()).to.deep.equal(['services?lang=de&part=curated']);
      await type(first.finder, 'Hund');
      await type(second.finder, 'Ausweis');
      await until(() => catalogue().length === 2, 'the rest was not loaded');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(catalogue()).to.deep.equal([
        'services?lang=de&part=curated',
        'services?part=long-tail',
      ]);
    });

    it('fetches one catalogue with every language for finders in two languages', async () => {
      const portal = new FakePortal();
      const wrapper = await fixture<SaarPortalProvider>(
        html`<saar-portal-provider .client=${portal.client}>
          <saar-service-finder lang="de"></saar-service-finder>
          <saar-service-finder lang="en"></saar-service-finder>
        </saar-portal-provider>`,
      );
      const [german, english] = [...wrapper.querySelectorAll('saar-service-finder')];
      await ready(german!);
      await ready(english!);
      await type(german!, 'Hund');
      expect(resultNames(german!)[0]).to.equal('Hund zur Hundesteuer anmelden');
      await type(english!, 'dog');
      await until(() => resultNames(english!)[0] === 'Register a dog for dog tax', 'no English');
      await until(() => portal.requests.includes('services?part=long-tail'), 'no long tail');
      expect(portal.requests.filter((path) => path.startsWith('services?'))).to.deep.equal([
        'services?part=curated',
        'services?part=long-tail',
      ]);
    });

    it('fetches its own language’s catalogue for a finder added later in another language', async () => {
      const portal = new FakePortal();
      const german = await mountFinder(portal, { lang: 'de' });
      await ready(german.finder);
      const english = await mountFinder(portal, { lang: 'en' });
      await ready(english.finder);
      expect(portal.requests.filter((path) => path.startsWith('services?')).sort()).to.deep.equal([
        'services?lang=de&part=curated',
        'services?lang=en&part=curated',
      ]);
    });
  });

  describe('loading', () => {
    it('shows a skeleton while the catalogue loads, and keeps what the citizen typed', async () => {
      const portal = new FakePortal().fault('services', { kind: 'hang' });
      const { finder } = await mountFinder(portal);
      expect($(finder, '.loading[aria-busy="true"]')).to.exist;
      await type(finder, 'Hund');
      expect($<HTMLInputElement>(finder, '#search')!.value).to.equal('Hund');
      await expect(finder).to.be.accessible();
    });
  });

  describe('search', () => {
    it('finds services as the citizen types, with the matched words marked', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'hund anm');
      expect(resultNames(finder)[0]).to.equal('Hund zur Hundesteuer anmelden');
      expect($$(finder, '#results mark').map((mark) => mark.textContent)).to.include('Hund');
      expect($(finder, '#search')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('finds a service by an English or French word', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'passport ID card');
      expect(resultNames(finder)).to.include('Personalausweis beantragen');
    });

    it('announces the number of results politely once typing pauses', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'Hund');
      const status = $(finder, '[role="status"][aria-live="polite"]')!;
      await until(() => status.textContent!.includes('1 Leistung gefunden'), 'no announcement');
    });

    it('filters by addressee', async () => {
      const { finder } = await mountFinder(new FakePortal(), { addressee: 'businesses' });
      await ready(finder);
      await type(finder, 'anmelden');
      expect(resultNames(finder)).to.deep.equal(['Gewerbe anmelden']);
    });
  });

  describe('empty', () => {
    it('explains when nothing matches and offers browsing instead', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'Raumschiff');
      expect($(finder, '.no-results')!.textContent).to.contain('Raumschiff');
      expect($$(finder, '.browse .chip').length).to.be.greaterThan(0);
      await expect(finder).to.be.accessible();
    });

    it('browses a life situation from the empty result too', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'Raumschiff');
      const chip = $$(finder, '.browse .chip').find((button) =>
        button.textContent!.includes('Tiere'),
      )!;
      chip.click();
      await finder.updateComplete;
      await finder.updateComplete;
      expect($(finder, '#browse-heading')?.textContent ?? '').to.contain('Tiere');
      expect($(finder, '.service-list')?.textContent ?? '').to.contain(
        'Hund zur Hundesteuer anmelden',
      );
      expect(finder.shadowRoot!.activeElement?.id).to.equal('browse-heading');
      expect($<HTMLInputElement>(finder, '#search')!.value).to.equal('Raumschiff');
    });

    it('browses by life situation and returns', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      const chip = $$(finder, '.chip').find((button) => button.textContent!.includes('Tiere'))!;
      chip.click();
      await finder.updateComplete;
      expect($(finder, '#browse-heading')!.textContent).to.contain('Tiere');
      expect(finder.shadowRoot!.activeElement).to.equal($(finder, '#browse-heading'));
      expect($(finder, '.service-list')!.textContent).to.contain('Hund zur Hundesteuer anmelden');
      $(finder, '.browse .back')!.click();
      await finder.updateComplete;
      expect(finder.shadowRoot!.activeElement).to.equal($(finder, '#search'));
    });
  });

  describe('errors', () => {
    it('says the search is not complete when the rest of the catalogue does not load, and tries again', async () => {
      const portal = new FakePortal().fault('services?part=long-tail', {
        kind: 'status',
        status: 503,
      });
      const { finder } = await mountFinder(portal);
      await ready(finder);
      await type(finder, 'Raumschiff');
      await until(() => $(finder, '#rest-failure'), 'no word of the missing part');
      expect($(finder, '#rest-failure')!.getAttribute('role')).to.equal('alert');
      expect($(finder, '#rest-failure')!.textContent).to.contain(
        'Ein Teil der Leistungen konnte nicht geladen werden',
      );
      portal.fault('services?part=long-tail', undefined);
      $<HTMLButtonElement>(finder, '#rest-failure button')!.click();
      await until(
        () =>
          $(finder, '#rest-failure') === null &&
          portal.requests.filter((path) => path === 'services?part=long-tail').length === 2,
        'the rest was not loaded on "try again"',
      );
      await until(() => finder.shadowRoot!.activeElement?.id === 'search', 'focus not back');
    });

    it('offers a retry when the catalogue cannot be loaded, and recovers', async () => {
      const portal = new FakePortal().fault('services', { kind: 'network' });
      const { finder } = await mountFinder(portal);
      await until(() => $(finder, '.error'), 'no error shown');
      expect($(finder, '.error')!.getAttribute('role')).to.equal('alert');
      expect($(finder, '.error')!.textContent).to.contain('nicht geladen');
      await expect(finder).to.be.accessible();
      portal.fault('services', undefined);
      $<HTMLButtonElement>(finder, '.error button')!.click();
      await ready(finder);
    });

    it('explains a catalogue that fails validation, without crashing', async () => {
      const portal = new FakePortal().fault('services', { kind: 'invalid' });
      const { finder } = await mountFinder(portal);
      await until(() => $(finder, '.error'), 'no error shown');
      expect($(finder, '.error')!.textContent).to.contain('unerwartete Daten');
    });

    it('says what to do when no office is known for the town', async () => {
      const { finder } = await mountFinder(new FakePortal(), { municipality: tholey.ars });
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, '.office a[href="tel:115"]'), 'no way forward shown');
      expect($(finder, '.office')!.textContent).to.contain('Behördennummer 115');
    });

    it('offers a retry when the office cannot be loaded', async () => {
      const portal = new FakePortal().fault('routes', { kind: 'status', status: 503 });
      const { finder } = await mountFinder(portal, { municipality: saarlouis.ars });
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, '.office .error'), 'no error shown');
      portal.fault('routes', undefined);
      $<HTMLButtonElement>(finder, '.office .error button')!.click();
      await until(() => $(finder, '.route'), 'no office after retry');
    });

    it('asks for the town when the preset one is unknown', async () => {
      const { finder } = await mountFinder(new FakePortal(), { municipality: '100419999999' });
      await until(() => $(finder, '#town-input'), 'no town picker');
      expect($(finder, '.town [role="alert"]')!.textContent).to.contain('nicht bekannt');
    });
  });

  describe('keyboard', () => {
    it('moves through results with arrows, Home and End, and opens one with Enter', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'anmelden');
      const count = $$(finder, '#results [role="option"]').length;
      expect(count).to.be.greaterThan(1);
      await press(finder, 'ArrowDown');
      expect($(finder, '#search')!.getAttribute('aria-activedescendant')).to.equal('result-0');
      expect($(finder, '#result-0')!.getAttribute('aria-selected')).to.equal('true');
      await press(finder, 'End');
      expect($(finder, '#search')!.getAttribute('aria-activedescendant')).to.equal(
        `result-${count - 1}`,
      );
      await press(finder, 'ArrowDown');
      expect($(finder, '#search')!.getAttribute('aria-activedescendant')).to.equal('result-0');
      await press(finder, 'ArrowUp');
      await press(finder, 'Home');
      expect($(finder, '#search')!.getAttribute('aria-activedescendant')).to.equal('result-0');
      await press(finder, 'Enter');
      await until(
        () => finder.shadowRoot!.activeElement === $(finder, '#detail-heading'),
        'focus did not move',
      );
    });

    it('Escape first leaves the list, then clears the box', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Escape');
      expect($(finder, '#search')!.hasAttribute('aria-activedescendant')).to.equal(false);
      expect($<HTMLInputElement>(finder, '#search')!.value).to.equal('Hund');
      await press(finder, 'Escape');
      expect($<HTMLInputElement>(finder, '#search')!.value).to.equal('');
    });

    it('returns focus to the search box, with the query kept, when leaving the detail', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, '.detail .back'));
      $(finder, '.detail .back')!.click();
      await finder.updateComplete;
      expect(finder.shadowRoot!.activeElement).to.equal($(finder, '#search'));
      expect($<HTMLInputElement>(finder, '#search')!.value).to.equal('Hund');
    });
  });

  describe('town', () => {
    it('lets the citizen choose the town by postcode, then shows its office', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, '#office-town-input'), 'no town picker in the detail');
      await type(finder, '66740', '#office-town-input');
      await until(
        () => $$(finder, '#office-town-list [role="option"]').length === 1,
        'no town found',
      );
      await press(finder, 'ArrowDown', '#office-town-input');
      expect($(finder, '#office-town-input')!.getAttribute('aria-activedescendant')).to.equal(
        'office-town-option-0',
      );
      const changed = oneEvent(finder, 'saar-town-change');
      await press(finder, 'Enter', '#office-town-input');
      expect((await changed).detail.area?.name).to.equal('Saarlouis');
      await until(() => $(finder, '.route'), 'no office shown');
      expect($(finder, '.route')!.textContent).to.contain('Großer Markt');
      expect($(finder, '.town-bar')!.textContent).to.contain('Saarlouis');
    });
  });

  describe('detail', () => {
    it('shows texts, the office with opening hours and contact, and the trust level needed', async () => {
      const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars });
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, '.route'));
      const detail = $(finder, '.detail')!.textContent!;
      expect(detail).to.contain('Hundesteuermarke');
      expect($$(finder, '.text-module li').map((li) => li.textContent)).to.include(
        'Personalausweis',
      );
      expect($(finder, '.hours')!.textContent).to.contain('Montag');
      expect($(finder, '.hours')!.textContent).to.contain('08:00–12:00, 14:00–16:00');
      expect($(finder, '.contact a[href^="tel:"]')!.getAttribute('href')).to.equal(
        'tel:+4968314430',
      );
      expect($(finder, '.apply')!.textContent).to.contain('Benutzername und Passwort');
    });
  });

  describe('events', () => {
    it('fires a cancelable saar-service-select with the service and town; the link follows the template', async () => {
      const { finder } = await mountFinder(new FakePortal(), {
        municipality: saarlouis.ars,
        applyUrl: '/antrag.html?service={serviceId}&ars={ars}',
      });
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, 'a[part="apply-button"]'));
      const link = $<HTMLAnchorElement>(finder, 'a[part="apply-button"]')!;
      expect(link.href).to.equal(
        new URL('/antrag.html?service=hundesteuer-anmeldung&ars=100440115115', location.href).href,
      );
      finder.addEventListener('saar-service-select', (event) => event.preventDefault(), {
        once: true,
      });
      const selected = oneEvent(finder, 'saar-service-select');
      link.click();
      const event = await selected;
      expect(event.detail.service.id).to.equal('hundesteuer-anmeldung');
      expect(event.detail.area?.ars).to.equal(saarlouis.ars);
      expect(event.defaultPrevented).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('without a template, the portal form leads to the portal’s own application page', async () => {
      const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars });
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, 'a[part="apply-button"]'), 'no apply link');
      const link = $<HTMLAnchorElement>(finder, 'a[part="apply-button"]')!;
      expect(link.href).to.equal(
        'https://portal.test/antrag/?service=hundesteuer-anmeldung&ars=100440115115',
      );
      expect($(finder, 'button[part="apply-button"]')).to.equal(null);
      finder.addEventListener('saar-service-select', (event) => event.preventDefault(), {
        once: true,
      });
      const selected = oneEvent(finder, 'saar-service-select');
      link.click();
      expect((await selected).detail.href).to.equal(link.href);
    });
  });

  describe('locale', () => {
    it('speaks French and marks German-only texts with lang="de"', async () => {
      const { finder } = await mountFinder(new FakePortal(), { lang: 'fr' });
      await ready(finder);
      expect($(finder, 'label[for="search"]')!.textContent).not.to.contain('Was möchten');
      await type(finder, 'chien');
      expect(resultNames(finder)[0]).to.contain('chien');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, '.text-module'));
      expect($(finder, '.text-module')!.getAttribute('lang')).to.equal('de');
    });

    it('follows a lang change on the page', async () => {
      const { finder } = await mountFinder(new FakePortal(), { lang: 'de' });
      await ready(finder);
      finder.setAttribute('lang', 'en');
      await until(
        () => !$(finder, 'label[for="search"]')!.textContent!.includes('Was möchten'),
        'still German',
      );
    });
  });
});
