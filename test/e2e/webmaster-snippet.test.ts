/**
 * A webmaster's first hour, against the real stack: the snippet from docs/service-finder.md,
 * pasted as it stands into pages of a site the portal has never heard of (an origin that is not
 * in TOWN_ORIGINS), works, with and without a strict CSP, under a CMS stylesheet, and leads to
 * the portal's application page; and each usual mistake gives one console line naming the fix,
 * with a working finder where one is possible (issue 14, points 1, 2, 3, 5).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../../demo/stack.js';
import { REPO_ROOT } from '../../server/config.js';
import { watchPage, type PageWatch } from './support/browser.js';
import { startStackAndBrowser, type E2eStack } from './support/demo-stack.js';
import { translation } from './support/translations.js';

const WAIT = { timeout: 20_000 };
/** The portal's address as the docs write it. */
const DOCUMENTED_PORTAL = 'https://portal.saarland.example';

/** The first HTML block under "Copy and paste" in the webmaster docs. */
function documentedSnippet(): string {
  const docs = readFileSync(join(REPO_ROOT, 'docs', 'service-finder.md'), 'utf8');
  const section = docs.slice(docs.indexOf('## Copy and paste'));
  const block = /```html\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('docs/service-finder.md has no html block under "Copy and paste"');
  return block[1]!;
}

/** A page of the unregistered site: its body, and the headers its CMS sends. */
interface SitePage {
  body: string;
  headers?: Record<string, string>;
}

const page = (body: string, head = '') => `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Gemeinde Unbekannt</title><link rel="icon" href="data:,">${head}</head>
  <body><main><h1>Online-Dienste</h1>
${body}
  </main></body>
</html>`;

describe('the documented snippet on a site the portal does not know', () => {
  let stack: E2eStack;
  let browser: Browser;
  let site: Server;
  let siteOrigin: string;

  before(async () => {
    ({ stack, browser } = await startStackAndBrowser());
    const portal = stack.urls.portal;
    const snippet = documentedSnippet().replaceAll(DOCUMENTED_PORTAL, portal);
    const strictCsp =
      `default-src 'self'; script-src 'self' ${portal}; connect-src ${portal}; ` +
      "style-src 'self'; img-src 'self' data:; object-src 'none'; " +
      "require-trusted-types-for 'script'; trusted-types lit-html";
    const pages: Record<string, SitePage> = {
      '/snippet.html': { body: page(snippet) },
      '/strict.html': { body: page(snippet), headers: { 'content-security-policy': strictCsp } },
      '/cms.html': {
        body: page(snippet, `<link rel="stylesheet" href="/cms.css">`),
      },
      '/cms.css': {
        body:
          'html { font-size: 10px } * { box-sizing: content-box !important; font-size: 14px; line-height: 1 } ' +
          'button, input { all: unset } ul, li { list-style: none; margin: 0; padding: 0 }',
        headers: { 'content-type': 'text/css' },
      },
      '/classic.html': { body: page(snippet.replace(' type="module"', '')) },
      '/trusted-types.html': {
        body: page(snippet),
        headers: {
          'content-security-policy': `require-trusted-types-for 'script'; trusted-types cms-policy`,
        },
      },
      '/root-api-base.html': {
        body: page(
          snippet.replace('<saar-service-finder ', `<saar-service-finder api-base="${portal}/" `),
        ),
      },
      '/pinned.html': {
        body: page(
          snippet.replace(
            `src="${portal}/cdn/saar-portal.js"`,
            `src="${portal}/cdn/${stack.manifest.version}/saar-portal.js" ` +
              `integrity="${stack.manifest.files['saar-portal.js']!.integrity}" crossorigin="anonymous"`,
          ),
        ),
      },
      '/wrong-town.html': {
        body: page(snippet.replace(/municipality="\d+"/, 'municipality="Saarlouis"')),
      },
    };
    const port = await freePort('127.0.0.1');
    siteOrigin = `http://127.0.0.1:${port}`;
    assert.ok(!stack.config.townOrigins.includes(siteOrigin), 'the site is not registered');
    site = createServer((request, response) => {
      const entry = pages[new URL(request.url ?? '/', siteOrigin).pathname];
      if (!entry) {
        response.writeHead(404).end();
        return;
      }
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...entry.headers })
        .end(entry.body);
    });
    await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve));
  });

  after(async () => {
    await new Promise((resolve) => site?.close(resolve));
    await browser?.close();
    await stack?.stop();
  });

  async function open(path: string): Promise<{ page: Page; watch: PageWatch }> {
    const tab = await browser.newPage();
    const watch = await watchPage(tab);
    await tab.goto(`${siteOrigin}${path}`);
    return { page: tab, watch };
  }

  /** Searches for the dog tax and opens it; answers the page for more checks. */
  async function findDogTax(tab: Page): Promise<void> {
    const search = tab.getByRole('combobox', { name: translation('de', 'finder.search.label') });
    await search.waitFor(WAIT);
    await search.fill('Hund');
    const result = tab.getByRole('option', { name: /Hundesteuer anmelden/ }).first();
    await result.waitFor(WAIT);
    await result.click();
    await tab.getByRole('heading', { level: 3, name: /Hundesteuer anmelden/ }).waitFor(WAIT);
  }

  it('shows a working finder: results, the preset town’s office, and no errors', async () => {
    const { page: tab, watch } = await open('/snippet.html');
    await findDogTax(tab);
    const office = tab.locator('saar-service-finder .route').first();
    await office.waitFor(WAIT);
    assert.ok((await office.textContent())?.trim(), 'an office is shown');
    assert.match(
      (await tab.locator('saar-service-finder .town-bar').textContent()) ?? '',
      /Saarlouis/,
      'the documented key is Saarlouis',
    );
    assert.deepEqual([watch.pageErrors, watch.consoleErrors], [[], []]);
    await tab.close();
  });

  it('leads "Online beantragen" to the portal’s application page, which shows the form', async () => {
    const { page: tab } = await open('/snippet.html');
    await findDogTax(tab);
    const apply = tab.getByRole('link', { name: translation('de', 'finder.detail.apply') });
    await apply.waitFor(WAIT);
    const href = (await apply.getAttribute('href')) ?? '';
    assert.ok(href.startsWith(`${stack.urls.portal}/antrag/?service=hundesteuer-anmeldung`), href);
    await apply.click();
    await tab.waitForURL(`${stack.urls.portal}/antrag/**`, WAIT);
    // The form for the chosen service (the dog tax asks for a login first, as it should).
    const heading = tab.locator('saar-application-form #form-heading');
    await heading.waitFor(WAIT);
    assert.match((await heading.textContent()) ?? '', /Hundesteuer/);
    await tab.close();
  });

  it('works under a strict CSP with Trusted Types, without a single violation', async () => {
    const { page: tab, watch } = await open('/strict.html');
    await findDogTax(tab);
    await tab.waitForLoadState('networkidle');
    assert.deepEqual([watch.cspViolations, watch.pageErrors, watch.consoleErrors], [[], [], []]);
    await tab.close();
  });

  it('keeps the CMS stylesheet out: no sideways scrolling at 320 px', async () => {
    const tab = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await tab.goto(`${siteOrigin}/cms.html`);
    const search = tab.locator('saar-service-finder #search');
    await search.waitFor(WAIT);
    const fontSize = await search.evaluate((input) => getComputedStyle(input).fontSize);
    assert.equal(fontSize, '16px', 'the page’s font size did not leak in');
    await findDogTax(tab);
    const width = await tab.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `the page scrolls sideways: ${width} px`);
    await tab.close();
  });

  it('works pinned to the release with SRI, as the docs describe', async () => {
    const { page: tab, watch } = await open('/pinned.html');
    await findDogTax(tab);
    const pinned = watch.requests.filter((url) =>
      url.pathname.startsWith(`/cdn/${stack.manifest.version}/`),
    );
    assert.ok(pinned.length >= 3, 'the entry and its chunks come from the versioned path');
    assert.deepEqual([watch.pageErrors, watch.consoleErrors], [[], []]);
    await tab.close();
  });

  it('works as a classic script too, and says to add type="module"', async () => {
    const { page: tab, watch } = await open('/classic.html');
    const warnings: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await tab.reload();
    await findDogTax(tab);
    assert.ok(
      warnings.some((line) => line.includes('type="module"')),
      `no warning: ${warnings.join(' / ')}`,
    );
    assert.deepEqual(watch.pageErrors, []);
    await tab.close();
  });

  it('names lit-html when a Trusted Types policy list leaves it out', async () => {
    const { page: tab, watch } = await open('/trusted-types.html');
    await tab.waitForLoadState('networkidle');
    await tab.waitForTimeout(500);
    const line = watch.consoleErrors.find((entry) => entry.startsWith('saar-portal:'));
    assert.ok(line?.includes('lit-html'), `console: ${watch.consoleErrors.join(' / ')}`);
    await tab.close();
  });

  it('mends an api-base of the portal’s root, and says how to write it', async () => {
    const warnings: string[] = [];
    const tab = await browser.newPage();
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await tab.goto(`${siteOrigin}/root-api-base.html`);
    await findDogTax(tab);
    assert.ok(
      warnings.some((line) => line.includes('/api/v1/')),
      `no warning: ${warnings.join(' / ')}`,
    );
    await tab.close();
  });

  it('names the municipality attribute when it is no key, and lets the citizen choose', async () => {
    const { page: tab, watch } = await open('/wrong-town.html');
    await tab
      .getByRole('combobox', { name: translation('de', 'ui.area.label') })
      .first()
      .waitFor(WAIT);
    assert.ok(
      watch.consoleErrors.some((line) => line.includes('municipality="Saarlouis"')),
      `console: ${watch.consoleErrors.join(' / ')}`,
    );
    await findDogTax(tab);
    await tab.close();
  });
});
