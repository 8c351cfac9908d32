/**
 * The ONE module that configures lit-localize.
 *
 * lit-localize's runtime mode has a single page-wide locale, but two widgets on one page may
 * speak different languages. So we use its reentrant mode instead: `msg()` asks `getLocale()`
 * on every call, and we answer with the locale of the widget that is rendering right now (a
 * synchronous scope, see `inLocale`). Translations are loaded lazily, once per page, into a
 * cache that `msg()` reads synchronously. See docs/decisions/0002-per-widget-locale.md.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import type { Locale } from '../api/schemas/common.js';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';
import { pageLocale } from './locale.js';

type TargetLocale = (typeof targetLocales)[number];

// Static import() calls, one per locale: rollup turns each into a lazy chunk, and the test
// runner can resolve them (a template-string import() would 404 there).
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  en: () => import('../locales/en.js'),
  fr: () => import('../locales/fr.js'),
  'de-x-ls': () => import('../locales/de-x-ls.js'),
};

const loaded = new Map<Locale, LocaleModule>();
const loading = new Map<Locale, Promise<void>>();
/** Locales of the widgets rendering right now, innermost last. */
const scopes: Locale[] = [];

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => currentLocale(),
  loadLocaleSync: (locale) => loaded.get(locale as Locale),
});

/** The locale `msg()` translates into at this moment. */
export function currentLocale(): Locale {
  return scopes.at(-1) ?? pageLocale();
}

/**
 * Runs `work` with `msg()` translating into `locale`, synchronously. Widgets wrap their update
 * in it; use it too for strings built outside rendering, such as live-region announcements.
 */
export function inLocale<T>(locale: Locale, work: () => T): T {
  scopes.push(locale);
  try {
    return work();
  } finally {
    scopes.pop();
  }
}

/** Whether `msg()` can translate into `locale` now (German, or a target already loaded). */
export function isLocaleReady(locale: Locale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/**
 * Loads the translations of `locale` once per page. Never rejects: when a locale chunk cannot be
 * loaded the widgets keep speaking German, which is better than not rendering at all.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]().then(
      (module) => void loaded.set(locale, module),
      (error: unknown) => console.error(`saar-portal: could not load locale ${locale}`, error),
    );
    loading.set(locale, pending);
  }
  return pending;
}
