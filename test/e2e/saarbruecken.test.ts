/**
 * Journeys on the Saarbrücken demo site (its own origin, strict CSP), whose finder is preset to
 * the city: the page loads cleanly, and a citizen finds the dog tax by keyboard and sees the
 * city's office.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  contactedOrigins,
  pathsRequestedFrom,
  watchPage,
  type PageWatch,
} from './support/browser.js';
import { startStackAndBrowser, type E2eStack } from './support/demo-stack.js';
import { responsibleOffice, serviceById, DOG_TAX_ID } from './support/portal-data.js';
import { translation } from './support/translations.js';

const WAIT = { timeout: 15_000 };

describe('Saarbrücken demo site', () => {
  let stack: E2eStack;
  let browser: Browser;
  let townOrigin: string;

  before(async () => {
    ({ stack, browser } = await startStackAndBrowser());
    townOrigin = stack.urls.towns.find((town) => town.id === 'saarbruecken')!.origin;
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function openCityPage(): Promise<{ page: Page; watch: PageWatch }> {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${townOrigin}/`);
    return { page, watch };
  }

  it('loads the finder from the portal without errors, CSP violations or third parties', async () => {
    const { page, watch } = await openCityPage();
    const search = page.getByRole('combobox', { name: translation('de', 'finder.search.label') });
    await search.waitFor(WAIT);
    await page.waitForLoadState('networkidle');

    assert.deepEqual(watch.pageErrors, [], 'uncaught errors');
    assert.deepEqual(watch.cspViolations, [], 'CSP violations');
    assert.deepEqual(watch.consoleErrors, [], 'console errors');
    assert.deepEqual(
      [...contactedOrigins(watch)].sort(),
      [townOrigin, stack.urls.portal].sort(),
      'only the town and the portal are contacted',
    );
    for (const path of pathsRequestedFrom(watch, stack.urls.portal)) {
      assert.match(path, /^\/(cdn|api\/v1)\//, `portal request ${path}`);
    }
    await page.close();
  });

  it('forgives a typo in the built widget (its word tree for typos is MiniSearch’s own)', async () => {
    const dogTax = await serviceById(stack.urls.api, DOG_TAX_ID);
    const { page, watch } = await openCityPage();
    const search = page.getByRole('combobox', { name: translation('de', 'finder.search.label') });
    await search.waitFor(WAIT);
    await search.fill('Hundestuer ');
    await page.getByRole('option').filter({ hasText: dogTax.name.de! }).first().waitFor(WAIT);
    assert.deepEqual(watch.pageErrors, [], 'uncaught errors');
    await page.close();
  });

  it('finds the dog tax by keyboard and shows the city office responsible for it', async () => {
    const dogTax = await serviceById(stack.urls.api, DOG_TAX_ID);
    const office = await responsibleOffice(stack.urls.api, dogTax, '100410100100');
    const { page, watch } = await openCityPage();

    const search = page.getByRole('combobox', { name: translation('de', 'finder.search.label') });
    await search.waitFor(WAIT);
    await search.fill('Hund anmelden');
    const options = page.getByRole('option');
    const dogTaxOption = options.filter({ hasText: dogTax.name.de! });
    await dogTaxOption.first().waitFor(WAIT);

    // Arrow down to the dog tax (the combobox keeps focus; aria-selected follows the arrows).
    const names = await options.allTextContents();
    const position = names.findIndex((name) => name.includes(dogTax.name.de!));
    assert.ok(position >= 0, `dog tax among ${JSON.stringify(names)}`);
    for (let step = 0; step <= position; step += 1) await search.press('ArrowDown');
    await assert.doesNotReject(
      dogTaxOption.first().and(page.locator('[aria-selected="true"]')).waitFor(WAIT),
    );
    await search.press('Enter');

    await page.getByRole('heading', { name: dogTax.name.de! }).waitFor(WAIT);
    await page.getByText(office.destinationName).first().waitFor(WAIT);
    const address = office.address!;
    await page
      .getByText(new RegExp(`${address.street}`))
      .first()
      .waitFor(WAIT);
    await page
      .getByText(new RegExp(`${address.zip}\\s+${address.city}`))
      .first()
      .waitFor(WAIT);

    assert.deepEqual(watch.pageErrors, [], 'uncaught errors');
    assert.deepEqual(watch.cspViolations, [], 'CSP violations');
    assert.deepEqual(watch.consoleErrors, [], 'console errors');
    await page.close();
  });
});
