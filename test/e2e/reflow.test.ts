/**
 * Reflow (WCAG 1.4.10): every demo page, in every language, is usable at 320 CSS px without
 * scrolling sideways: the widgets and the town pages around them, which webmasters copy. The
 * pages are found on disk, so a new demo page is checked without anyone adding it here.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_TOWNS } from '../../demo/towns/towns.js';
import { startStackAndBrowser, type E2eStack } from './support/demo-stack.js';

const NARROW = { width: 320, height: 640 };
const LANGUAGES = ['de', 'en', 'fr', 'de-x-ls'] as const;

/** Every page of every demo town, with a query that makes its widgets show content. */
function demoPages(): { townId: string; path: string }[] {
  return DEMO_TOWNS.flatMap((town) =>
    readdirSync(town.siteDir)
      // Parts every page includes (`_header.html`) are no pages of their own.
      .filter((file) => file.endsWith('.html') && !file.startsWith('_'))
      .sort()
      .map((file) => ({
        townId: town.id,
        path: file === 'index.html' ? '/' : `/${file}`,
      })),
  );
}

/** Waits until every `saar-*` element on the page has rendered into its shadow root. */
async function widgetsRendered(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('saar-'))
        .every(
          (element) =>
            customElements.get(element.localName) !== undefined &&
            (element.shadowRoot?.childElementCount ?? 0) > 0,
        ),
    undefined,
    { timeout: 15_000 },
  );
}

/**
 * Elements (shadow roots included) that stick out past the right edge of the viewport, or whose
 * own text is wider than they are. A string,
 * not a function: tsx would wrap the inner functions in a `__name` helper the page lacks.
 */
const OVERFLOWING_ELEMENTS = `(() => {
  const limit = document.documentElement.clientWidth;
  const found = [];
  const label = (element) => {
    const id = element.id ? '#' + element.id : '';
    const classes = [...element.classList].map((name) => '.' + name).join('');
    const host = element.getRootNode() instanceof ShadowRoot ? ' (in a widget)' : '';
    return element.localName + id + classes + host;
  };
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > limit + 0.5) {
        found.push(label(element) + ' reaches ' + Math.round(box.right) + ' px');
      }
      // Text wider than its box (a long word) overflows without the box itself sticking out.
      const ownTextOverflows =
        element.scrollWidth > element.clientWidth + 1 &&
        [...element.children].every((child) => child.scrollWidth <= child.clientWidth + 1);
      if (ownTextOverflows && element.clientWidth > 0) {
        found.push(label(element) + ' has text ' + element.scrollWidth + ' px wide in ' + element.clientWidth + ' px');
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found;
})()`;

function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(OVERFLOWING_ELEMENTS) as Promise<string[]>;
}

describe('reflow of the demo pages at 320 px', () => {
  let stack: E2eStack;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    ({ stack, browser } = await startStackAndBrowser());
    context = await browser.newContext({ viewport: NARROW });
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('finds the demo pages on disk', () => {
    assert.ok(demoPages().length >= 7, 'expected the demo towns to have their pages');
  });

  for (const { townId, path } of demoPages()) {
    for (const language of LANGUAGES) {
      it(`${townId}${path} (${language}) does not scroll sideways`, async () => {
        const town = stack.urls.towns.find((candidate) => candidate.id === townId)!;
        const page = await context.newPage();
        try {
          const url = new URL(path, town.origin);
          url.searchParams.set('lang', language);
          await page.goto(url.href);
          await widgetsRendered(page);
          const scroll = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          const sticking =
            scroll.scrollWidth > scroll.clientWidth ? await overflowingElements(page) : [];
          assert.ok(
            scroll.scrollWidth <= scroll.clientWidth,
            `page is ${scroll.scrollWidth} px wide at ${scroll.clientWidth} px: ${sticking.slice(0, 8).join('; ')}`,
          );
        } finally {
          await page.close();
        }
      });
    }
  }
});
