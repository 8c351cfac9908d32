// Runs in its own page, so no locale is loaded when it starts.
import { expect, html } from '@open-wc/testing';
import { mount, until } from './helpers.js';
import { isLocaleReady } from '../../src/shared/localization.js';
import './sample-widget.js';
import type { SampleWidget } from './sample-widget.js';

describe('loading a locale on demand', () => {
  it('renders first in the widget’s locale, never in German while it loads', async () => {
    expect(isLocaleReady('fr')).to.equal(false);
    const seen: string[] = [];
    const el = document.createElement('saar-test-sample');
    el.lang = 'fr';
    // Record every text the button ever shows.
    const record = () => {
      const text = el.buttonText;
      if (text) seen.push(text);
    };
    const observer = new MutationObserver(record);
    observer.observe(el.renderRoot ?? el, { subtree: true, childList: true, characterData: true });
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    record();
    observer.disconnect();
    expect(isLocaleReady('fr')).to.equal(true);
    expect(seen).to.deep.equal(['Réessayer']);
  });

  it('ends in the last locale asked for when lang changes while loading', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    expect(isLocaleReady('en')).to.equal(false);
    expect(isLocaleReady('de-x-ls')).to.equal(false);
    el.lang = 'en';
    // Let the lang observer see 'en' and start loading it, but not finish.
    await Promise.resolve();
    await Promise.resolve();
    el.lang = 'de-x-ls';
    await until(() => el.buttonText === 'Noch einmal versuchen');
    expect(el.buttonText).to.equal('Noch einmal versuchen');
  });
});
