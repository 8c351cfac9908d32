/**
 * The demo pages are the example webmasters copy, so they must be accessible themselves, with
 * the widgets in them: axe-core (WCAG 2.2 A/AA rules) over every page, shadow DOM included.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { startStackAndBrowser, type E2eStack } from './support/demo-stack.js';
import { translation } from './support/translations.js';

const WAIT = { timeout: 15_000 };
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's browser bundle (it comes with @open-wc/testing). */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe('accessibility of the demo pages', () => {
  let stack: E2eStack;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    ({ stack, browser } = await startStackAndBrowser());
    // Only to inject axe: the pages' CSP rightly forbids inline scripts.
    context = await browser.newContext({ bypassCSP: true });
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const pages = [
    ['saarbruecken', '/'],
    ['saarbruecken', '/?lang=fr'],
    ['saarbruecken', '/rechtliches.html'],
    ['saarbruecken', '/antrag.html?service=hundesteuer-anmeldung&ars=100410100100'],
    ['saarbruecken', '/status.html'],
    ['tholey', '/'],
    ['tholey', '/?lang=de-x-ls'],
    ['tholey', '/sprachen.html'],
  ] as const;

  for (const [townId, path] of pages) {
    it(`${townId}${path} has no WCAG A/AA violations`, async () => {
      const town = stack.urls.towns.find((candidate) => candidate.id === townId)!;
      const page = await context.newPage();
      await page.goto(`${town.origin}${path}`);
      if (path.startsWith('/status')) {
        await page.getByRole('button', { name: 'Stand abfragen' }).waitFor(WAIT);
      } else if (!path.startsWith('/rechtliches') && !path.startsWith('/antrag')) {
        // Wait for the finder to have rendered its search box (in whatever language).
        await page.getByRole('combobox').first().waitFor(WAIT);
        await page.getByRole('button').first().waitFor(WAIT);
      }
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = (await page.evaluate(async (tags: string[]) => {
        const axe = (
          window as unknown as {
            axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> };
          }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations;
      }, WCAG_TAGS)) as AxeViolation[];
      const summary = violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
      );
      assert.deepEqual(summary, []);
      await page.close();
    });
  }

  it('keeps the page usable after a search (results listbox and live region)', async () => {
    const town = stack.urls.towns.find((candidate) => candidate.id === 'saarbruecken')!;
    const page = await context.newPage();
    await page.goto(`${town.origin}/`);
    const search = page.getByRole('combobox', { name: translation('de', 'finder.search.label') });
    await search.waitFor(WAIT);
    await search.fill('Hund anmelden');
    await page.getByRole('option').first().waitFor(WAIT);
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(async (tags: string[]) => {
      const axe = (
        window as unknown as {
          axe: {
            run(context: Document, options: object): Promise<{ violations: { id: string }[] }>;
          };
        }
      ).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map(
        (v) => v.id,
      );
    }, WCAG_TAGS);
    assert.deepEqual(violations, []);
    await page.close();
  });
});
