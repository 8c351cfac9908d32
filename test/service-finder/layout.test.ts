import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { FakePortal } from '../fixtures/fake-portal.js';
import { saarlouis } from '../fixtures/finder-data.js';
import type { SaarServiceFinder } from '../../src/service-finder/saar-service-finder.js';
import { $, mountFinder, press, ready, type, until } from './finder-harness.js';

/** What sticks out of the finder sideways (WCAG 1.4.10 reflow), as markup snippets. */
function overflowsSideways(finder: SaarServiceFinder): string[] {
  const limit = finder.getBoundingClientRect().right + 1;
  return [...finder.shadowRoot!.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > limit)
    .map((element) => element.outerHTML.slice(0, 80));
}

async function openDetail(finder: SaarServiceFinder): Promise<void> {
  await type(finder, 'Hund');
  await press(finder, 'ArrowDown');
  await press(finder, 'Enter');
  await until(() => $(finder, '.route'), 'no office shown');
}

describe('<saar-service-finder> layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('reflows at 320 px (as at 400 % zoom of 1280 px): no sideways scrolling, in every view', async () => {
    await setViewport({ width: 320, height: 640 });
    const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars });
    await ready(finder);
    expect(overflowsSideways(finder), 'browse view').to.deep.equal([]);
    await type(finder, 'Genehmigung anmelden Hundesteuer');
    expect(overflowsSideways(finder), 'results').to.deep.equal([]);
    await openDetail(finder);
    expect(overflowsSideways(finder), 'detail').to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('keeps touch targets at least 24 px high (WCAG 2.5.8), 44 px by default', async () => {
    const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars });
    await ready(finder);
    for (const button of finder.shadowRoot!.querySelectorAll<HTMLElement>('button, input')) {
      expect(button.getBoundingClientRect().height, button.outerHTML.slice(0, 60)).to.be.at.least(
        44,
      );
    }
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars });
    await ready(finder);
    // A real Tab from the search box: what a keyboard user does to reach the first chip.
    $<HTMLInputElement>(finder, '#search')!.focus();
    await sendKeys({ press: 'Tab' });
    const chip = $(finder, '.chip')!;
    const focused = finder.shadowRoot!.activeElement as HTMLElement;
    expect(focused).to.equal(chip);
    expect(focused.matches(':focus-visible'), 'matches :focus-visible').to.equal(true);
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  describe('forced colours', () => {
    afterEach(async () => {
      await executeServerCommand('emulate-forced-colors', { active: false });
    });

    it('uses system colours and stays accessible (Chromium)', async function () {
      const supported = await executeServerCommand<boolean, { active: boolean }>(
        'emulate-forced-colors',
        { active: true },
      );
      if (!supported) this.skip(); // Firefox: puppeteer's BiDi driver cannot emulate forced colours.
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars });
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      const active = $(finder, '#result-0')!;
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      await expect(finder).to.be.accessible();
    });
  });
});
