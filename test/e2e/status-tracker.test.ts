/**
 * The citizen's whole journey on a town website, end to end, against the real local portal:
 * find the dog tax in the finder, log in, apply, follow the confirmation's link into the status
 * tracker; on the caseworker page the application moves to ACTION_REQUIRED, the citizen sends the
 * missing document from the tracker (PROCESSING), and the caseworker sets COMPLETED,
 * and the open tracker shows each change live (within 2 seconds of the caseworker's click). Then
 * the portal restarts under an open tracker, which reconnects by itself; and a logged-in
 * citizen's list shows their own applications only. Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TEST_ACCOUNTS } from '../../server/idp/index.js';
import { SAARBRUECKEN, WAIT, complete, logInAtProvider } from './support/apply.js';
import { watchPage } from './support/browser.js';
import { startStackAndBrowser, type E2eStack } from './support/demo-stack.js';

/** The promise: a caseworker's change shows up in an open tracker within 2 seconds. */
const LIVE = { timeout: 2000 };

describe('following an application live on a town website', () => {
  let stack: E2eStack;
  let browser: Browser;
  let citizen: BrowserContext;
  let town: string;
  let api: string;
  let tracker: Page;
  let reference: string;
  let code: string;

  before(async () => {
    ({ stack, browser } = await startStackAndBrowser());
    town = stack.urls.towns.find((candidate) => candidate.id === 'saarbruecken')!.origin;
    api = stack.urls.api.replace(/\/$/, '');
    citizen = await browser.newContext();
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** The caseworker page, logged in, in a browser of its own. */
  async function caseworkerPage(): Promise<Page> {
    const account = TEST_ACCOUNTS.find((candidate) => candidate.roles.includes('caseworker'))!;
    const page = await (await browser.newContext()).newPage();
    await page.goto(stack.urls.caseworker);
    await page.click('#login-button');
    await page.waitForURL(/\/idp\/interaction\//, WAIT);
    await page.fill('#login', account.login);
    await page.fill('#password', account.password);
    await page.click('button[type=submit]:has-text("Anmelden")');
    await page.waitForLoadState();
    if (page.url().includes('/idp/interaction/')) await page.click('button:has-text("Zustimmen")');
    await page.waitForURL(stack.urls.caseworker, WAIT);
    return page;
  }

  /** Sets the application's status on the caseworker page, with a note for the citizen. */
  async function setStatus(page: Page, status: string, note: string): Promise<void> {
    const row = page.locator('tbody tr', { hasText: reference });
    await row.waitFor(WAIT);
    await row.locator('select').selectOption(status);
    await row.locator('input[id^="details-"]').fill(note);
    await row.getByRole('button', { name: 'Status setzen' }).click();
    await page.waitForFunction(
      () => document.querySelector('#message')?.textContent?.includes('gesetzt'),
      WAIT,
    );
  }

  it('finds, logs in, applies, and opens the tracker from the confirmation', async () => {
    tracker = await citizen.newPage();
    const watch = await watchPage(tracker);
    await tracker.goto(`${town}/`);
    const search = tracker.getByRole('combobox').first();
    await search.waitFor(WAIT);
    await search.fill('Hund anmelden');
    await tracker
      .getByRole('option', { name: /Hundesteuer/ })
      .first()
      .click();
    await tracker.getByRole('link', { name: 'Online beantragen' }).click();
    await tracker.waitForURL(/antrag\.html/, WAIT);
    await tracker.getByRole('button', { name: 'Anmelden und weiter' }).click();
    await logInAtProvider(tracker);
    await tracker.waitForURL(/antrag\.html\?service=hundesteuer-anmeldung/, WAIT);
    ({ reference, code } = await complete(tracker, api, 'hundesteuer-anmeldung'));

    await tracker.getByRole('link', { name: 'Stand des Antrags ansehen' }).click();
    await tracker.waitForURL(/status\.html\?reference=/, WAIT);
    await tracker.locator('saar-status-tracker .live-state--live').waitFor(WAIT);
    assert.equal(new URL(tracker.url()).hash, '', 'the access code left the address');
    const page = tracker.locator('saar-status-tracker .application');
    assert.match((await page.locator('.meta').textContent())!, new RegExp(reference));
    assert.match((await page.locator('.current').textContent())!, /Eingereicht/);
    assert.deepEqual(watch.cspViolations, []);
    assert.deepEqual(watch.pageErrors, []);
  });

  it('shows the caseworker’s ACTION_REQUIRED live, takes the citizen’s document, and shows COMPLETED, each within 2 seconds', async () => {
    assert.ok(reference, 'the journey above ran');
    const caseworker = await caseworkerPage();
    const current = tracker.locator('saar-status-tracker .current');

    await setStatus(caseworker, 'ACTION_REQUIRED', 'Bitte reichen Sie den Sachkundenachweis nach.');
    await current.filter({ hasText: 'Ihre Mithilfe ist nötig' }).waitFor(LIVE);
    await tracker
      .locator('saar-status-tracker .action', { hasText: 'Sachkundenachweis' })
      .waitFor(LIVE);
    await tracker
      .locator('saar-status-tracker [role="status"]', { hasText: 'Neuer Stand' })
      .waitFor(LIVE);

    // The citizen answers in the tracker: the missing document, with a note.
    await tracker.locator('saar-status-tracker #documents-files').setInputFiles({
      name: 'sachkundenachweis.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await tracker.locator('saar-status-tracker #documents-message').fill('Vom Hundeverein.');
    await tracker.getByRole('button', { name: 'Unterlagen senden' }).click();
    await tracker.locator('saar-status-tracker #documents-sent').waitFor(WAIT);
    await current.filter({ hasText: 'In Bearbeitung' }).waitFor(LIVE);
    // The caseworker sees what was sent.
    await caseworker.locator('#refresh-button').click();
    await caseworker
      .locator('tbody tr', { hasText: reference })
      .getByText('sachkundenachweis.pdf')
      .waitFor(WAIT);
    await setStatus(caseworker, 'COMPLETED', 'Die Hundesteuermarke kommt mit der Post.');
    await current.filter({ hasText: 'Abgeschlossen' }).waitFor(LIVE);
    await tracker
      .locator('saar-status-tracker .live-state', { hasText: 'keine Änderungen mehr' })
      .waitFor(WAIT);
    const history = tracker.locator('saar-status-tracker ol.timeline > li');
    assert.equal(await history.count(), 4); // SUBMITTED, ACTION_REQUIRED, PROCESSING, COMPLETED
    assert.match(
      (await history.nth(1).textContent())!,
      /sachkundenachweis\.pdf|Unterlagen|Datei/,
      'the answer is in the history',
    );
    await caseworker.context().close();
  });

  let other: BrowserContext;
  let page: Page;

  it('lists a logged-in citizen’s own applications only', async () => {
    // A second application, by another citizen (Jonas Becker, ELSTER).
    other = await browser.newContext();
    page = await other.newPage();
    await page.goto(`${town}/antrag.html?service=hundesteuer-anmeldung&ars=${SAARBRUECKEN}`);
    await page.getByRole('button', { name: 'Anmelden und weiter' }).click();
    await logInAtProvider(page, 'jonas.becker', 'ELSTER-Zertifikat (simuliert)');
    await page.waitForURL(/antrag\.html\?service=hundesteuer-anmeldung/, WAIT);
    ({ reference, code } = await complete(page, api, 'hundesteuer-anmeldung'));

    await tracker.goto(`${town}/status.html`);
    const items = tracker.locator('saar-status-tracker .mine .application-item');
    await items.first().waitFor(WAIT);
    const texts = await items.allTextContents();
    // Marie Klein's dog tax is there; Jonas Becker's is not.
    assert.equal(texts.filter((text) => /Hund/.test(text)).length, 1, texts.join('\n'));
    assert.equal(
      texts.some((text) => text.includes(reference)),
      false,
      'another citizen’s application is not listed',
    );
  });
  it('reconnects by itself when the portal restarts under an open tracker', async () => {
    await page.getByRole('link', { name: 'Stand des Antrags ansehen' }).click();
    await page.locator('saar-status-tracker .live-state--live').waitFor(WAIT);

    await stack.restartPortal();
    await page.locator('saar-status-tracker .live-state--live').waitFor(WAIT);
    const caseworker = await caseworkerPage();
    await setStatus(caseworker, 'RECEIVED', 'Eingang bestätigt.');
    await page.locator('saar-status-tracker .current', { hasText: 'Eingegangen' }).waitFor(LIVE);
    assert.ok(code);
    await other.close();
    await caseworker.context().close();
  });
});
