/**
 * Keeps a widget's locale in step with the page: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else `<html lang>`. Watches `lang` changes in every tree between the
 * widget and the document and asks the widget to re-render in the new locale.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../api/schemas/common.js';
import { localeAt, pageLocale, rootsAbove } from './locale.js';
import { isLocaleReady, loadLocale } from './localization.js';

/** A reactive controller holding the locale its host element renders in. */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer: MutationObserver | undefined;
  private current: Locale = pageLocale();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The locale the host renders in. */
  get locale(): Locale {
    return this.current;
  }

  /**
   * A promise to wait for before rendering, while the host's locale is still loading;
   * `undefined` when it can render right away.
   */
  whenReady(): Promise<void> | undefined {
    return isLocaleReady(this.current) ? undefined : loadLocale(this.current);
  }

  hostConnected(): void {
    this.refresh();
    // One observer over the document and each shadow root above the host: a `lang` change on
    // the host, on any ancestor or on <html> lands in one of them.
    this.observer = new MutationObserver(() => this.refresh());
    for (const root of rootsAbove(this.host)) {
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private refresh(): void {
    const next = localeAt(this.host);
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
    // An update already waiting for another locale's chunk would render this one untranslated
    // (`scheduleUpdate` waited for the old locale): update again once this one is loaded.
    if (!isLocaleReady(next)) {
      void loadLocale(next).then(() => {
        if (this.current === next) this.host.requestUpdate();
      });
    }
  }
}
