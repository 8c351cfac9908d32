/**
 * Which of the four widget locales a page or element asks for. Pure functions over the DOM, no
 * Lit: the locale controller and the page client both use them.
 */
import { LOCALES, type Locale } from '../api/vocabulary.js';

/** The locale a widget speaks when nothing on the page says otherwise. */
export const DEFAULT_LOCALE: Locale = 'de';

/** Private-use subtags that mean Leichte Sprache (easy-to-read German). */
const EASY_GERMAN_SUBTAGS = new Set(['ls', 'easy', 'leichte-sprache', 'einfach']);

/**
 * Maps a BCP 47 language tag to a widget locale: `de-DE` → `de`, `en-GB` → `en`, `fr-CH` →
 * `fr`; `de-x-ls`, `de-x-easy`, `de-DE-x-ls` → `de-x-ls` (Leichte Sprache). Anything else, or
 * nothing, gives German, the source locale.
 */
export function toLocale(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const subtags = tag.trim().toLowerCase().replaceAll('_', '-').split('-');
  const language = subtags[0];
  if (language === 'de') {
    const privateUse = subtags.indexOf('x');
    const isEasy =
      privateUse >= 0 && EASY_GERMAN_SUBTAGS.has(subtags.slice(privateUse + 1).join('-'));
    return isEasy ? 'de-x-ls' : 'de';
  }
  return (LOCALES as readonly string[]).includes(language ?? '')
    ? (language as Locale)
    : DEFAULT_LOCALE;
}

/**
 * The `lang` in force at `node`: its own, else the nearest ancestor's, crossing shadow roots to
 * their hosts; `undefined` when nothing up to the document says.
 */
export function inheritedLang(node: Node): string | undefined {
  for (let current: Node | null = node; current; current = parentAcrossShadow(current)) {
    if (current instanceof Element) {
      const lang = current.getAttribute('lang');
      // `lang=""` means "unknown language" and stops the search, as it does for the browser.
      if (lang !== null) return lang || undefined;
    }
  }
  return undefined;
}

/** The locale a widget at `node` speaks: own `lang`, nearest ancestor's, else `<html lang>`. */
export function localeAt(node: Node): Locale {
  return toLocale(inheritedLang(node) ?? document.documentElement.getAttribute('lang'));
}

/** The locale of the page as a whole (`<html lang>`). */
export function pageLocale(): Locale {
  return typeof document === 'undefined'
    ? DEFAULT_LOCALE
    : toLocale(document.documentElement.getAttribute('lang'));
}

/** The parent of a node, or the host of the shadow root it sits in. */
export function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

/** The document and every shadow root between `node` and the document: where `lang` may change. */
export function rootsAbove(node: Node): Node[] {
  const roots: Node[] = [];
  for (let root = node.getRootNode(); ;) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
    root = root.host.getRootNode();
  }
}
