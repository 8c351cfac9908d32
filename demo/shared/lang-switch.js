// The town site's language switch (de / en / fr / Leichte Sprache), an external script so the
// site's CSP needs no 'unsafe-inline'. The language lives in the URL (`?lang=fr`) and nowhere
// else: nothing is stored on the citizen's device.
//
// It sets `<html lang>`; the Saar-Portal widgets follow the nearest `lang` up the tree, so every
// widget without a `lang` of its own switches with the page (one with `lang="fr"` stays French).
// The page's own texts carry their translations in `data-lang-en`, `data-lang-fr` and
// `data-lang-ls` attributes. Loaded in <head> without `defer`, so `lang` is right before the
// widgets render; the links work without JavaScript too (they reload the page with `?lang=`).
(() => {
  'use strict';

  /** `?lang=` value → the BCP 47 tag for `<html lang>` and the suffix of the data attribute. */
  const LANGUAGES = {
    de: { tag: 'de', key: 'de' },
    en: { tag: 'en', key: 'en' },
    fr: { tag: 'fr', key: 'fr' },
    'de-x-ls': { tag: 'de-x-ls', key: 'ls' },
  };

  function languageFrom(search) {
    const wanted = new URLSearchParams(search).get('lang');
    return Object.hasOwn(LANGUAGES, wanted ?? '') ? wanted : 'de';
  }

  /** Swaps the page's own texts; the German original is kept in `data-lang-de` on first swap. */
  function translatePage(language) {
    const { key } = LANGUAGES[language];
    for (const element of document.querySelectorAll(
      '[data-lang-en], [data-lang-fr], [data-lang-ls]',
    )) {
      if (!element.hasAttribute('data-lang-de')) {
        element.setAttribute('data-lang-de', element.textContent.trim());
      }
      const text = element.getAttribute(`data-lang-${key}`) ?? element.getAttribute('data-lang-de');
      if (element.textContent !== text) element.textContent = text;
    }
    for (const link of document.querySelectorAll('a[data-lang-switch]')) {
      if (link.getAttribute('data-lang-switch') === language) {
        link.setAttribute('aria-current', 'true');
      } else {
        link.removeAttribute('aria-current');
      }
    }
  }

  /** Keeps `?lang=` on the site's own links, so the language follows the citizen around. */
  function carryLanguageInLinks(language) {
    for (const link of document.querySelectorAll('a[href]:not([data-lang-switch])')) {
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || (url.hash && url.pathname === location.pathname))
        continue;
      if (language === 'de') url.searchParams.delete('lang');
      else url.searchParams.set('lang', language);
      link.href = url.pathname + url.search + url.hash;
    }
  }

  function apply(language) {
    document.documentElement.lang = LANGUAGES[language].tag;
    if (document.readyState === 'loading') return;
    translatePage(language);
    carryLanguageInLinks(language);
  }

  apply(languageFrom(location.search));

  document.addEventListener('DOMContentLoaded', () => {
    apply(languageFrom(location.search));
    // With JavaScript the switch happens in place: the widgets keep what the citizen typed.
    document.addEventListener('click', (event) => {
      const link =
        event.target instanceof Element ? event.target.closest('a[data-lang-switch]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey)
        return;
      event.preventDefault();
      const language = languageFrom(new URL(link.href).search);
      const url = new URL(location.href);
      if (language === 'de') url.searchParams.delete('lang');
      else url.searchParams.set('lang', language);
      history.replaceState(history.state, '', url);
      apply(language);
    });
  });
})();
