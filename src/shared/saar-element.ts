/**
 * The base of every Saar-Portal widget: registration that tolerates a second copy of the
 * library, rendering in the widget's own locale, the portal client and the session from context
 * (or the page defaults), and typed `saar-*` events.
 */
import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { PortalClient } from '../api/portal-client.js';
import type { Locale } from '../api/schemas/common.js';
import { yieldToEventLoop } from '../api/yield.js';
import {
  ClientController,
  ensurePageContextRoot,
  SessionController,
} from './context-controllers.js';
import { defineElement } from './define.js';
import type { SaarEvent } from './events.js';
import { LocaleController } from './locale-controller.js';
import { inLocale } from './localization.js';
import type { SessionStore } from './session.js';
import { clientForSession } from './session-client.js';
import { registerBaseUnit, sharedStyles } from './styles.js';

/**
 * Base class of the Saar-Portal widgets.
 *
 * @attr lang - The widget's language (`de`, `en`, `fr`, `de-x-ls` for Leichte Sprache); without it the nearest `lang` above, else `<html lang>`.
 */
export class SaarElement extends LitElement {
  /**
   * Registers this class as `tag`. Skips quietly when the tag is already registered (a second
   * copy of the library on the page); development builds warn once if that copy is another
   * version. Returns whether this call registered the tag.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }

  static override styles: CSSResultGroup = sharedStyles;

  /** URL of the portal API for this widget; overrides the provider and the page's `<meta>`. */
  @property({ attribute: 'api-base' })
  apiBase: string | undefined;

  private readonly localeController = new LocaleController(this);
  private readonly clientController = new ClientController(this, () => this.apiBase);
  private readonly sessionController = new SessionController(this);

  /** The locale the widget renders in, resolved from `lang` attributes. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /**
   * The portal client: from `api-base`, else the nearest provider, else the page default; it
   * sends the access token of this widget's session (see `session`).
   */
  protected get client(): PortalClient {
    return clientForSession(this.clientController.client, this.session);
  }

  /** The citizen's session; the widget re-renders when it changes. */
  protected get session(): SessionStore {
    return this.sessionController.store;
  }

  override connectedCallback(): void {
    registerBaseUnit();
    // Before the context consumers ask: unanswered requests must be held for a late provider.
    ensurePageContextRoot();
    super.connectedCallback();
  }

  /**
   * Runs `work` with `msg()` translating into this widget's locale. Rendering already does;
   * use it for strings built elsewhere, such as live-region announcements in an event handler.
   */
  protected localize<T>(work: () => T): T {
    return inLocale(this.locale, work);
  }

  /** Dispatches a public `saar-*` event; returns `false` if a listener cancelled it. */
  protected emit<TDetail>(event: SaarEvent<TDetail>): boolean {
    return this.dispatchEvent(event);
  }

  /**
   * Waits for the widget's locale to load before rendering, so it never flashes German. The
   * first render also takes a task of its own: a widget upgraded while its module runs would
   * otherwise render in that module's task, and one long task holds up the page's input.
   */
  // The union is Lit's own signature for this method.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.localeController.whenReady();
    const firstRender = this.hasUpdated ? undefined : yieldToEventLoop();
    if (!ready && !firstRender) return super.scheduleUpdate();
    return Promise.all([ready, firstRender]).then(() => super.scheduleUpdate());
  }

  /** Renders (and runs `willUpdate`/`updated`) with `msg()` in this widget's locale. */
  protected override performUpdate(): void {
    inLocale(this.locale, () => super.performUpdate());
  }
}
