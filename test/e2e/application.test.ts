/**
 * Applying online on a town website, end to end: from the finder's "Online beantragen" into the
 * application form, a login at the citizen account, every seeded form filled through the widget
 * as a citizen would (uploads included), the check page, the submission, and a reference number
 * the portal then opens with its access code. Chromium, the real local portal.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApplicationSchema } from '../../src/api/index.js';
import { FORMS, SAARBRUECKEN, WAIT, complete, logInAtProvider } from './support/apply.js';
import { watchPage } from './support/browser.js';
import { startStackAndBrowser, type E2eStack } from './support/demo-stack.js';

describe('applying online on a town website', () => {
  let stack: E2eStack;
  let browser: Browser;
  let context: BrowserContext;
  let town: string;
  let api: string;
  let page: Page;

  before(async () => {
    ({ stack, browser } = await startStackAndBrowser());
    town = stack.urls.towns.find((candidate) => candidate.id === 'saarbruecken')!.origin;
    api = stack.urls.api.replace(/\/$/, '');
    context = await browser.newContext();
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('goes from the finder’s “Online beantragen” into the form, logs in, and submits the dog tax', async () => {
    page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(`${town}/`);
    const search = page.getByRole('combobox').first();
    await search.waitFor(WAIT);
    await search.fill('Hund anmelden');
    await page
      .getByRole('option', { name: /Hundesteuer/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Online beantragen' }).click();
    await page.waitForURL(/antrag\.html/, WAIT);
    await page.getByRole('button', { name: 'Anmelden und weiter' }).click();
    await logInAtProvider(page);
    await page.waitForURL(/antrag\.html\?service=hundesteuer-anmeldung/, WAIT);
    const { reference, code } = await complete(page, api, 'hundesteuer-anmeldung');
    assert.match(reference, /^SAAR-\d{4}-/);
    const opened = await fetch(`${api}/applications/${reference}`, {
      headers: { 'x-access-code': code },
    });
    assert.equal(opened.status, 200);
    const application = ApplicationSchema.parse(await opened.json());
    assert.equal(application.serviceId, 'hundesteuer-anmeldung');
    assert.equal(application.status, 'SUBMITTED');
    assert.deepEqual(watch.cspViolations, []);
    assert.deepEqual(watch.pageErrors, []);
  });

  for (const serviceId of FORMS.slice(1)) {
    it(`completes ${serviceId} end to end`, async () => {
      // The same tab as the first test: logged in on an earlier page of the site, this one signs
      // in again without a password (the tab remembers that it was logged in; a new tab asks).
      await page.goto(`${town}/antrag.html?service=${serviceId}&ars=${SAARBRUECKEN}`);
      await page.locator('#step-heading').waitFor(WAIT);
      const { reference, code } = await complete(page, api, serviceId);
      const opened = await fetch(`${api}/applications/${reference}`, {
        headers: { 'x-access-code': code },
      });
      assert.equal(opened.status, 200, `${serviceId}: ${reference}`);
    });
  }
});
