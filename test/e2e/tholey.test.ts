/**
 * Journeys on the Tholey demo site, whose finder has no town preset: the citizen picks their
 * town by postcode, switches the page to French, and uses two finders in two languages at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { watchPage, type PageWatch } from './support/browser.js';
import { startStackAndBrowser, type E2eStack } from './support/demo-stack.js';
import { areaOf, responsibleOffice, serviceById, DOG_TAX_ID } from './support/portal-data.js';
import { translation } from './support/translations.js';

const WAIT = { timeout: 15_000 };
const THOLEY_ARS = '100460118118';

describe('Tholey demo site', () => {
  let stack: E2eStack;
  let browser: Browser;
  let townOrigin: string;

  before(async () => {
    ({ stack, browser } = await startStackAndBrowser());
    townOrigin = stack.urls.towns.find((town) => town.id === 'tholey')!.origin;
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function open(path: string): Promise<{ page: Page; watch: PageWatch }> {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${townOrigin}${path}`);
    return { page, watch };
  }

  function assertClean(watch: PageWatch): void {
    assert.deepEqual(watch.pageErrors, [], 'uncaught errors');
    assert.deepEqual(watch.cspViolations, [], 'CSP violations');
    assert.deepEqual(watch.consoleErrors, [], 'console errors');
  }

  it('lets the citizen pick Tholey by postcode and shows Tholey’s office', async () => {
    const dogTax = await serviceById(stack.urls.api, DOG_TAX_ID);
    const tholey = await areaOf(stack.urls.api, THOLEY_ARS);
    const office = await responsibleOffice(stack.urls.api, dogTax, THOLEY_ARS);
    const { page, watch } = await open('/');

    const search = page.getByRole('combobox', { name: translation('de', 'finder.search.label') });
    await search.waitFor(WAIT);
    await search.fill('Hund anmelden');
    await page.getByRole('option').filter({ hasText: dogTax.name.de! }).first().click();
    await page.getByRole('heading', { name: dogTax.name.de! }).waitFor(WAIT);

    // No town preset: the finder asks for one before it can name the office.
    const town = page.getByRole('combobox', { name: translation('de', 'ui.area.label') });
    await town.waitFor(WAIT);
    await town.fill(tholey.postcodes[0]!);
    await page.getByRole('option').filter({ hasText: tholey.name }).first().waitFor(WAIT);
    await town.press('ArrowDown');
    await town.press('Enter');

    await page.getByText(office.destinationName).first().waitFor(WAIT);
    const address = office.address!;
    await page
      .getByText(new RegExp(`${address.street}\\s+${address.houseNumber ?? ''}`))
      .first()
      .waitFor(WAIT);
    await page
      .getByText(new RegExp(`${address.zip}\\s+${address.city}`))
      .first()
      .waitFor(WAIT);
    assertClean(watch);
    await page.close();
  });

  it('switches the page and its finder to French in place, with the language only in the URL', async () => {
    const { page, watch } = await open('/');
    const search = page.getByRole('combobox', { name: translation('de', 'finder.search.label') });
    await search.waitFor(WAIT);
    await search.fill('Hund');

    await page
      .getByRole('navigation', { name: /Langue/ })
      .getByRole('link', { name: 'Français' })
      .click();

    await page
      .getByRole('combobox', { name: translation('fr', 'finder.search.label') })
      .waitFor(WAIT);
    await page.getByRole('heading', { name: translation('fr', 'finder.heading') }).waitFor(WAIT);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'fr');
    // In place: what the citizen typed is still there.
    assert.equal(
      await page
        .getByRole('combobox', { name: translation('fr', 'finder.search.label') })
        .inputValue(),
      'Hund',
    );
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    assert.equal(stored, 0, 'nothing stored on the device');
    assert.equal(await page.evaluate(() => document.cookie), '', 'no cookies');
    assertClean(watch);
    await page.close();
  });

  it('opens in Leichte Sprache from the URL', async () => {
    const { page, watch } = await open('/?lang=de-x-ls');
    await page
      .getByRole('combobox', { name: translation('de-x-ls', 'finder.search.label') })
      .waitFor(WAIT);
    assert.equal(await page.getAttribute('html', 'lang'), 'de-x-ls');
    assertClean(watch);
    await page.close();
  });

  it('shows two finders side by side, German and French, sharing each catalogue download', async () => {
    const { page, watch } = await open('/sprachen.html');
    const german = page.getByRole('combobox', { name: translation('de', 'finder.search.label') });
    const french = page.getByRole('combobox', { name: translation('fr', 'finder.search.label') });
    await german.waitFor(WAIT);
    await french.waitFor(WAIT);

    await french.fill('chien');
    await page.getByRole('option').first().waitFor(WAIT);
    await page.waitForLoadState('networkidle');
    // Finders in two languages share one download of the curated part with every language (it
    // weighs far less than two, decision 0090) and one of the long tail, once a citizen searched.
    const catalogueDownloads = watch.requests
      .filter((url) => url.origin === stack.urls.portal && url.pathname === '/api/v1/services')
      .map((url) => url.search)
      .sort();
    assert.deepEqual(
      catalogueDownloads,
      ['?part=curated', '?part=long-tail'],
      'one download of each part for both languages',
    );
    assertClean(watch);
    await page.close();
  });
});
