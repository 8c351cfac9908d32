/**
 * What a town pays for the widgets: the CDN entry is tiny, loads cross-origin with the hash the
 * manifest publishes, and pulls a widget's code only when that widget's tag is on the page.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { pathsRequestedFrom, watchPage } from './support/browser.js';
import { startStackAndBrowser, type E2eStack } from './support/demo-stack.js';
import { translation } from './support/translations.js';

const WAIT = { timeout: 15_000 };
/** The entry's budget (gzip), as in src/shared/lazy-loader.ts and `npm run size`. */
const ENTRY_BUDGET_BYTES = 3 * 1024;

describe('CDN loading on a town page', () => {
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

  it('serves a tiny entry to other sites, matching the SRI hash of the manifest', async () => {
    const response = await fetch(stack.urls.cdnEntry, { headers: { origin: townOrigin } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
    const bytes = Buffer.from(await response.arrayBuffer());
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    assert.ok(gzipped <= ENTRY_BUDGET_BYTES, `entry is ${gzipped} B gzip`);
    const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    assert.equal(stack.manifest.files[stack.manifest.entry]?.integrity, integrity);
  });

  it('loads only the entry on a page without widgets, and the finder chunk once its tag appears', async () => {
    const finderChunk = `/cdn/${stack.manifest.widgets['saar-service-finder']}`;
    const page = await browser.newPage();
    const watch = await watchPage(page);
    // The legal page without the login button in its header: a page of the site with no widget.
    // (Taken out as the parser adds it; a routed copy of the page would lose its address space.)
    await page.addInitScript(() => {
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof Element && node.localName === 'saar-login-button') node.remove();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${townOrigin}/rechtliches.html`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(pathsRequestedFrom(watch, stack.urls.portal), ['/cdn/saar-portal.js']);

    // What a CMS does when it renders a widget later (a tab, an accordion, client-side routing).
    await page.evaluate(() => {
      const finder = document.createElement('saar-service-finder');
      finder.setAttribute('municipality', '100410100100');
      document.querySelector('main')!.append(finder);
    });
    await page
      .getByRole('combobox', { name: translation('de', 'finder.search.label') })
      .waitFor(WAIT);
    assert.ok(
      pathsRequestedFrom(watch, stack.urls.portal).includes(finderChunk),
      `${finderChunk} loaded once the tag appeared`,
    );
    assert.deepEqual([watch.pageErrors, watch.cspViolations, watch.consoleErrors], [[], [], []]);
    await page.close();
  });

  it('loads nothing but listed build files, and no other widget’s chunk, on the finder page', async () => {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${townOrigin}/`);
    await page
      .getByRole('combobox', { name: translation('de', 'finder.search.label') })
      .waitFor(WAIT);
    await page.waitForLoadState('networkidle');
    const cdnFiles = pathsRequestedFrom(watch, stack.urls.portal)
      .filter((path) => path.startsWith('/cdn/'))
      .map((path) => path.slice('/cdn/'.length));
    for (const file of cdnFiles)
      assert.ok(stack.manifest.files[file], `${file} is in the manifest`);
    const widgetChunks = cdnFiles.filter((file) => stack.manifest.files[file]?.kind === 'widget');
    assert.deepEqual(widgetChunks.sort(), [
      stack.manifest.widgets['saar-login-button'],
      stack.manifest.widgets['saar-service-finder'],
    ]);
    // The finder and the login button check their answers with the core of the contract; the
    // schemas of forms, drafts and applications load only with the calls that need them (0091).
    const contractParts = cdnFiles
      .map((file) => stack.manifest.files[file]!)
      .filter((file) => file.kind === 'contract')
      .map((file) => file.part);
    assert.deepEqual(contractParts, ['core']);
    await page.close();
  });

  it('loads the applications part of the contract on a page whose widget needs it', async () => {
    const applicationsPart = Object.entries(stack.manifest.files).find(
      ([, file]) => file.kind === 'contract' && file.part === 'applications',
    )?.[0];
    assert.ok(applicationsPart, 'the build has an applications part');
    // The status tracker's page: the entry starts it with the tracker's chunks (its calls need it).
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${townOrigin}/status.html`);
    await page.waitForLoadState('networkidle');
    assert.ok(
      pathsRequestedFrom(watch, stack.urls.portal).includes(`/cdn/${applicationsPart}`),
      'the tracker page loads the applications part',
    );
    assert.deepEqual([watch.pageErrors, watch.consoleErrors], [[], []]);
    await page.close();
  });

  it('loads the login code (OpenID Connect, DPoP) only when the citizen logs in', async () => {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${townOrigin}/rechtliches.html`);
    const login = page.getByRole('button', { name: translation('de', 'login.login') });
    await login.waitFor(WAIT);
    await page.waitForLoadState('networkidle');
    // The chunk with the authorization code flow (PKCE) is the login code.
    const loginCode = new Set<string>();
    for (const file of Object.keys(stack.manifest.files)) {
      const source = await (await fetch(new URL(`/cdn/${file}`, stack.urls.portal))).text();
      if (source.includes('code_challenge')) loginCode.add(`/cdn/${file}`);
    }
    assert.equal(loginCode.size, 1, 'one chunk holds the login code');
    const requested = () => pathsRequestedFrom(watch, stack.urls.portal);
    assert.ok(requested().includes(`/cdn/${stack.manifest.widgets['saar-login-button']}`));
    assert.deepEqual(
      requested().filter((path) => loginCode.has(path)),
      [],
      'not before the click',
    );
    await login.click();
    await page.waitForURL((url) => url.origin !== townOrigin, WAIT);
    assert.equal(requested().filter((path) => loginCode.has(path)).length, 1, 'loaded to log in');
    await page.close();
  });
});
