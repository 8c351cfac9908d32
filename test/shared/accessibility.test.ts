import { expect, html } from '@open-wc/testing';
import { mount } from './helpers.js';
import './sample-widget.js';
import type { SampleWidget } from './sample-widget.js';

describe('shared styles and strings: accessibility', function () {
  // axe takes seconds on a loaded machine; the default 10 s is too tight for it.
  this.timeout(30_000);

  for (const lang of ['de', 'en', 'fr', 'de-x-ls']) {
    it(`passes axe in ${lang}`, async () => {
      const el = await mount<SampleWidget>(
        html`<saar-test-sample lang=${lang}></saar-test-sample>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe in a dark colour scheme', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="color-scheme: dark; background: #15181c">
        <saar-test-sample></saar-test-sample>
      </div>`,
    );
    await expect(wrapper).to.be.accessible();
  });

  it('keeps visually hidden text out of sight but in the accessibility tree', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    const hidden = el.shadowRoot!.querySelector('.visually-hidden')!;
    const box = hidden.getBoundingClientRect();
    expect(box.width).to.be.at.most(1);
    expect(getComputedStyle(hidden).display).not.to.equal('none');
  });
});
