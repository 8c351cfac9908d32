/**
 * The caseworker page in a real browser: log in at the local provider with the caseworker test
 * account (authorization code + PKCE, client `caseworker-console`), see the submitted
 * application, set a status, and find it in the citizen's view; the citizen's answer (a document
 * and a message) shows up and the file downloads under its name. No console errors, no CSP
 * violations.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { TEST_ACCOUNTS } from '../../server/idp/index.js';
import { fixtureSeed } from '../server/support/seed-fixture.js';
import { multipart } from '../server/support/requests.js';
import { launchChromium, watchPage } from './support/browser.js';

const WAIT = { timeout: 15_000 };
/** A port of its own: the issuer URL must be known before listening. */
const PORT = 8897;

describe('caseworker console', () => {
  let browser: Browser;
  let app: FastifyInstance;
  let dataDir: string;
  let receipt: { reference: string; accessCode: string };

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'caseworker-e2e-'));
    const config = loadConfig({}, { dataDir, port: PORT, logLevel: 'warn' });
    app = await buildApp(config, { seed: fixtureSeed, logger: false });
    await app.listen({ port: PORT, host: config.host });
    const submitted = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { 'idempotency-key': 'caseworker-e2e-000001' },
      payload: {
        serviceId: 'hundesteuer-anmeldung',
        ars: '100410100100',
        answers: { F_NAME: 'Anna', G_DOGS: [{ F_DOG_NAME: 'Bello' }] },
      },
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    receipt = submitted.json();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs in, lists the application and moves it on', async () => {
    const caseworker = TEST_ACCOUNTS.find((account) => account.roles.includes('caseworker'));
    assert.ok(caseworker, 'a caseworker test account');
    const page = await browser.newPage();
    const watch = await watchPage(page);

    await page.goto(`http://localhost:${PORT}/caseworker/`);
    await page.click('#login-button');
    await page.waitForURL(/\/idp\/interaction\//, WAIT);
    await page.fill('#login', caseworker.login);
    await page.fill('#password', caseworker.password);
    await page.click('button[type=submit]:has-text("Anmelden")');
    await page.waitForLoadState();
    if (page.url().includes('/idp/interaction/')) await page.click('button:has-text("Zustimmen")');
    await page.waitForURL(`http://localhost:${PORT}/caseworker/`, WAIT);
    assert.equal(new URL(page.url()).search, '', 'the code is gone from the address bar');

    const row = page.locator('tbody tr', { hasText: receipt.reference });
    await row.waitFor(WAIT);
    await row.locator('select').selectOption('ACTION_REQUIRED');
    await row.locator('input').fill('Bitte Impfnachweis nachreichen.');
    await row.locator('button[type=submit]').click();
    await page.waitForFunction(
      () => document.querySelector('#message')?.textContent?.includes('gesetzt'),
      WAIT,
    );

    const view = await app.inject({
      url: `/api/v1/applications/${receipt.reference}`,
      headers: { 'x-access-code': receipt.accessCode },
    });
    const application = view.json();
    assert.equal(application.status, 'ACTION_REQUIRED');
    assert.equal(application.events.at(-1).details.de, 'Bitte Impfnachweis nachreichen.');

    // The citizen answers with a file and a message; the caseworker sees and downloads it.
    const bytes = Buffer.from('%PDF-1.4\n%Impfpass\n');
    const body = multipart('Impfpass Bello.pdf', bytes);
    const uploaded = await app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: body.payload,
      headers: body.headers,
    });
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const sent = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${receipt.reference}/documents`,
      headers: { 'x-access-code': receipt.accessCode, 'idempotency-key': 'caseworker-e2e-docs-01' },
      payload: { attachmentIds: [uploaded.json().attachmentId], message: 'Hier der Impfpass.' },
    });
    assert.equal(sent.statusCode, 201, sent.body);
    await page.click('#refresh-button');
    const button = row.locator('button.download', { hasText: 'Impfpass Bello.pdf' });
    await button.waitFor(WAIT);
    assert.match(await row.innerText(), /Hier der Impfpass\./);
    assert.match(await row.innerText(), /In Bearbeitung/);
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), button.click()]);
    assert.equal(download.suggestedFilename(), 'Impfpass Bello.pdf');
    const saved = await download.path();
    assert.ok(saved);
    assert.deepEqual(readFileSync(saved), bytes);
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.pageErrors, []);
    assert.deepEqual(watch.cspViolations, []);
  });
});
