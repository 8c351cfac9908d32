/**
 * `<saar-portal-provider>`: an optional wrapper that gives the widgets inside it their portal
 * client and session, for example to point a group of widgets at another API or to hand them a
 * client an application built itself. Widgets work without it.
 */
import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { PortalClient } from '../api/portal-client.js';
import { clientContext, sessionContext } from './contexts.js';
import { defineElement } from './define.js';
import { pageClient, resolveApiBase } from './page-client.js';
import { pageSession, type SessionStore } from './session.js';

/**
 * Provides a portal client and the citizen's session to the Saar-Portal widgets inside it.
 *
 * @tagname saar-portal-provider
 * @slot - The widgets (and any other content).
 */
export class SaarPortalProvider extends LitElement {
  /** Registers this class as `tag` unless the tag is taken; see `SaarElement.define`. */
  static define(tag = 'saar-portal-provider', registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the portal API for the widgets inside; default: the page's `<meta>`, else the portal the library came from. */
  @property({ attribute: 'api-base' })
  apiBase: string | undefined;

  /** A client to provide instead of the page's (set as a property; stories and tests use it). */
  @property({ attribute: false })
  client: PortalClient | undefined;

  /** A session to provide instead of the page's (set as a property). */
  @property({ attribute: false })
  session: SessionStore | undefined;

  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly sessionProvider = new ContextProvider(this, { context: sessionContext });

  override connectedCallback(): void {
    // Provide before the children connect and ask, not only after the first render.
    this.provide();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('client') || changed.has('session')) this.provide();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private provide(): void {
    this.clientProvider.setValue(this.client ?? pageClient(resolveApiBase(this.apiBase)));
    this.sessionProvider.setValue(this.session ?? pageSession());
  }
}
