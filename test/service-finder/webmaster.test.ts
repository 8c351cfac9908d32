/**
 * What a webmaster's mistakes and a portal that refuses the page do: citizens are told something
 * true and keep a working widget where one is possible; the webmaster gets one console line that
 * names the attribute and the fix (issue 14, points 1–3 and 8).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/service-finder/define.js';
import type { SaarServiceFinder } from '../../src/service-finder/saar-service-finder.js';
import { FakePortal } from '../fixtures/fake-portal.js';
import { saarlouis } from '../fixtures/finder-data.js';
import { webmasterLines } from '../support/webmaster-console.js';
import { $, $$, mountFinder, press, ready, type, until } from './finder-harness.js';

/** Routes `window.fetch` to `portal` while `work` runs (for widgets that make their own client). */
async function withFetch(portal: FakePortal, work: () => Promise<void>): Promise<string[]> {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    urls.push(request.url);
    return portal.handle(request);
  };
  try {
    await work();
  } finally {
    window.fetch = original;
  }
  return urls;
}

describe('<saar-service-finder> for the webmaster', () => {
  describe('a portal that refuses the page (CORS)', () => {
    it('tells the citizen something true, offers no useless retry, and the webmaster the fix', async () => {
      const portal = new FakePortal().fault('services', { kind: 'cors' }).fault('areas', {
        kind: 'cors',
      });
      let finder!: SaarServiceFinder;
      const logged = await webmasterLines(async () => {
        ({ finder } = await mountFinder(portal, { municipality: saarlouis.ars }));
        await until(() => $(finder, '.search + ul + .error, .error'), 'no error shown');
        await until(() => $(finder, '.town .error'), 'no town error shown');
      });
      const shown = finder.shadowRoot!.textContent!;
      expect(shown).to.contain('auf dieser Internetseite gerade nicht angezeigt');
      expect(shown, 'no false "unknown town"').not.to.contain('nicht bekannt');
      expect(shown, 'no false "portal down"').not.to.contain('nicht erreichbar');
      expect($$(finder, '.error button'), 'no retry that cannot help').to.deep.equal([]);
      const cors = logged.filter((line) => line.includes('CORS'));
      expect(cors, logged.join('\n')).to.have.length(1);
      expect(cors[0]).to.contain('api-base').and.to.contain(location.origin);
      await expect(finder).to.be.accessible();
    });

    it('says the portal cannot be reached (and offers a retry) when it really cannot', async () => {
      const portal = new FakePortal().fault('services', { kind: 'network' });
      let finder!: SaarServiceFinder;
      const logged = await webmasterLines(async () => {
        ({ finder } = await mountFinder(portal));
        await until(() => $(finder, '.error'), 'no error shown');
      });
      expect($(finder, '.error')!.textContent).to.contain('nicht erreichbar');
      expect($(finder, '.error button')).to.exist;
      expect(logged.join('\n')).to.contain('connect-src https://portal.test');
    });
  });

  describe('the preset town', () => {
    it('is not called unknown when the portal could not be asked: a failure with a retry', async () => {
      const portal = new FakePortal().fault('areas', { kind: 'network' });
      const { finder } = await mountFinder(portal, { municipality: saarlouis.ars });
      await until(() => $(finder, '.town .error'), 'no town failure shown');
      expect($(finder, '.town')!.textContent).not.to.contain('nicht bekannt');
      portal.fault('areas', undefined);
      $<HTMLButtonElement>(finder, '.town .error button')!.click();
      await until(() => $(finder, '.town-bar'), 'no town after the retry');
      expect($(finder, '.town-bar')!.textContent).to.contain('Saarlouis');
      await until(
        () => finder.shadowRoot!.activeElement === $(finder, '#town-change'),
        'focus did not land on the town bar',
      );
    });

    it('names the attribute and the fix when the portal knows no such municipality', async () => {
      let finder!: SaarServiceFinder;
      const logged = await webmasterLines(async () => {
        ({ finder } = await mountFinder(new FakePortal(), { municipality: '100419999999' }));
        await until(() => $(finder, '#town-input'), 'no town picker');
      });
      expect($(finder, '.town [role="alert"]')!.textContent).to.contain('nicht bekannt');
      expect(logged.join('\n')).to.contain('municipality="100419999999"');
      await ready(finder);
    });

    it('asks for no town at all when municipality is not a key, and says why in the console', async () => {
      const portal = new FakePortal();
      let finder!: SaarServiceFinder;
      const logged = await webmasterLines(async () => {
        ({ finder } = await mountFinder(portal, { municipality: 'Saarlouis' }));
        await until(() => $(finder, '#town-input'), 'no town picker');
      });
      expect(portal.requests.filter((path) => path.startsWith('areas/'))).to.deep.equal([]);
      const line = logged.find((entry) => entry.includes('municipality="Saarlouis"'));
      expect(line, logged.join('\n')).to.contain('12-digit regional key (ARS)');
      await ready(finder);
    });
  });

  describe('api-base', () => {
    it('mends an api-base without /api/v1 and says so once', async () => {
      const portal = new FakePortal();
      let finder!: SaarServiceFinder;
      let logged: string[] = [];
      const urls = await withFetch(portal, async () => {
        logged = await webmasterLines(async () => {
          finder = await fixture<SaarServiceFinder>(
            html`<saar-service-finder api-base="https://mend.test/"></saar-service-finder>`,
          );
          await ready(finder);
        });
      });
      expect(urls.length).to.be.greaterThan(0);
      expect(urls.filter((url) => !url.startsWith('https://mend.test/api/v1/'))).to.deep.equal([]);
      expect(
        logged.filter((line) => line.includes('api-base="https://mend.test/"')),
      ).to.have.length(1);
    });

    it('names an api-base that is not the portal API at all', async () => {
      const original = window.fetch;
      window.fetch = async () => new Response('<h1>Not found</h1>', { status: 404 });
      try {
        const logged = await webmasterLines(async () => {
          const finder = await fixture<SaarServiceFinder>(
            html`<saar-service-finder api-base="https://cms.test/portal/"></saar-service-finder>`,
          );
          await until(() => $(finder, '.error'), 'no error shown');
        });
        expect(logged.join('\n')).to.contain('is not the portal API');
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('the outline, the frame and what shows without JavaScript', () => {
    it('puts its headings at the level the page asks for', async () => {
      const { finder } = await mountFinder(new FakePortal(), { municipality: saarlouis.ars });
      finder.setAttribute('heading-level', '3');
      await ready(finder);
      expect($(finder, '[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect($$(finder, '.browse h3').map((h) => h.getAttribute('aria-level'))).to.include('4');
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, '.route'), 'no office shown');
      expect($(finder, '#detail-heading')!.getAttribute('aria-level')).to.equal('4');
      expect($(finder, '#office-heading')!.getAttribute('aria-level')).to.equal('5');
      await expect(finder).to.be.accessible();
    });

    it('keeps the tags’ own levels by default', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      expect($(finder, '[part="heading"]')!.hasAttribute('aria-level')).to.equal(false);
    });

    it('lets the page remove the card frame through ::part(base)', async () => {
      const style = document.createElement('style');
      style.textContent =
        'saar-service-finder.frameless::part(base) { border: 0; padding: 0; background: none; }';
      document.head.append(style);
      try {
        const { finder } = await mountFinder();
        finder.classList.add('frameless');
        await ready(finder);
        const base = getComputedStyle($(finder, '[part="base"]')!);
        expect(base.borderTopStyle).to.equal('none');
        expect(base.paddingTop).to.equal('0px');
      } finally {
        style.remove();
      }
    });

    it('hides the fallback content a page puts inside it once it runs', async function () {
      this.timeout(30_000);
      let finder!: HTMLElement;
      await withFetch(new FakePortal(), async () => {
        // The finder itself as the fixture: open-wc then waits for its first render. (A plain
        // wrapper element makes it wait for an animation frame, which a page the runner keeps
        // in the background may never get: it timed out in long Chromium runs.)
        finder = await fixture<HTMLElement>(
          html`<saar-service-finder api-base="https://fallback.test/api/v1/">
            <p class="fallback">Die Suche braucht JavaScript.</p>
          </saar-service-finder>`,
        );
        expect(finder.shadowRoot!.querySelector('[part="base"]')).to.not.equal(null);
      });
      expect(finder.querySelector('.fallback')!.getClientRects().length).to.equal(0);
    });
  });

  describe('"Online beantragen"', () => {
    it('fires a cancelable event whose href is the portal’s application page by default', async () => {
      const { finder } = await mountFinder();
      await ready(finder);
      await type(finder, 'Hund');
      await press(finder, 'ArrowDown');
      await press(finder, 'Enter');
      await until(() => $(finder, 'a[part="apply-button"]'), 'no apply link');
      finder.addEventListener('saar-service-select', (event) => event.preventDefault(), {
        once: true,
      });
      const selected = oneEvent(finder, 'saar-service-select');
      $(finder, 'a[part="apply-button"]')!.click();
      expect((await selected).detail.href).to.equal(
        'https://portal.test/antrag/?service=hundesteuer-anmeldung',
      );
    });
  });
});
