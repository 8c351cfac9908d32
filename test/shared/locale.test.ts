import { expect, html } from '@open-wc/testing';
import { mount, until } from './helpers.js';
import { inheritedLang, localeAt, toLocale } from '../../src/shared/locale.js';
import { currentLocale, inLocale, loadLocale } from '../../src/shared/localization.js';
import { retryLabel } from '../../src/shared/messages.js';
import './sample-widget.js';
import type { SampleWidget } from './sample-widget.js';

describe('toLocale', () => {
  const cases: Array<[string | null, string]> = [
    ['de', 'de'],
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['fr-FR', 'fr'],
    ['fr-CH', 'fr'],
    ['de-x-ls', 'de-x-ls'],
    ['de-x-easy', 'de-x-ls'],
    ['de-DE-x-ls', 'de-x-ls'],
    ['de-x-other', 'de'],
    ['it', 'de'],
    ['', 'de'],
    [null, 'de'],
  ];
  for (const [tag, locale] of cases) {
    it(`maps ${JSON.stringify(tag)} to ${locale}`, () => {
      expect(toLocale(tag)).to.equal(locale);
    });
  }
});

describe('locale resolution', () => {
  it('takes the nearest lang, crossing shadow roots', async () => {
    const outer = await mount<HTMLDivElement>(html`<div lang="fr"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    shadow.append(inner);
    expect(inheritedLang(inner)).to.equal('fr');
    expect(localeAt(inner)).to.equal('fr');
  });

  it('falls back to <html lang>', async () => {
    const el = await mount<HTMLDivElement>(html`<div></div>`);
    expect(localeAt(el)).to.equal('de');
  });
});

describe('rendering in the widget locale', () => {
  it('renders in the widget’s own lang', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample lang="en"></saar-test-sample>`);
    expect(el.locale).to.equal('en');
    expect(el.buttonText).to.equal('Try again');
  });

  it('renders in an ancestor’s lang across a shadow root', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="fr"><div></div></div>`);
    const shadow = wrapper.querySelector('div')!.attachShadow({ mode: 'open' });
    const el = document.createElement('saar-test-sample');
    shadow.append(el);
    await el.updateComplete;
    expect(el.locale).to.equal('fr');
    expect(el.buttonText).to.equal('Réessayer');
  });

  it('renders in <html lang> when nothing nearer says', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    expect(el.locale).to.equal('de');
    expect(el.buttonText).to.equal('Erneut versuchen');
  });

  it('follows <html lang> changes', async () => {
    const el = await mount<SampleWidget>(html`<saar-test-sample></saar-test-sample>`);
    const root = document.documentElement;
    try {
      root.lang = 'de-x-ls';
      await waitForText(el, 'Noch einmal versuchen');
    } finally {
      root.lang = 'de';
    }
    await waitForText(el, 'Erneut versuchen');
  });

  it('re-renders when its own or an ancestor’s lang changes', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div lang="en"><saar-test-sample></saar-test-sample></div>`,
    );
    const el = wrapper.querySelector('saar-test-sample')!;
    await el.updateComplete;
    expect(el.buttonText).to.equal('Try again');
    wrapper.lang = 'fr';
    await waitForText(el, 'Réessayer');
    el.lang = 'de-x-ls';
    await waitForText(el, 'Noch einmal versuchen');
    el.removeAttribute('lang');
    await waitForText(el, 'Réessayer');
  });

  it('renders two widgets with different langs side by side', async () => {
    const wrapper = await mount<HTMLDivElement>(html`
      <div>
        <saar-test-sample lang="fr"></saar-test-sample>
        <saar-test-sample lang="de"></saar-test-sample>
        <saar-test-sample lang="en-GB"></saar-test-sample>
      </div>
    `);
    const [fr, de, en] = [...wrapper.querySelectorAll('saar-test-sample')];
    await Promise.all([fr!.updateComplete, de!.updateComplete, en!.updateComplete]);
    expect(fr!.buttonText).to.equal('Réessayer');
    expect(de!.buttonText).to.equal('Erneut versuchen');
    expect(en!.buttonText).to.equal('Try again');
    // Re-rendering one does not disturb the others.
    fr!.requestUpdate();
    await fr!.updateComplete;
    expect(de!.buttonText).to.equal('Erneut versuchen');
  });

  it('translates strings built outside rendering with inLocale', async () => {
    await loadLocale('en');
    expect(inLocale('en', () => retryLabel())).to.equal('Try again');
    expect(inLocale('fr', () => inLocale('en', () => currentLocale()))).to.equal('en');
    expect(currentLocale()).to.equal('de');
    expect(retryLabel()).to.equal('Erneut versuchen');
  });
});

async function waitForText(el: SampleWidget, text: string): Promise<void> {
  await until(() => el.buttonText === text);
  expect(el.buttonText).to.equal(text);
}
