/** A minimal widget on the shared base, for the shared tests. */
import { css, html } from 'lit';
import { SaarElement } from '../../src/shared/saar-element.js';
import { buttonStyles } from '../../src/shared/styles.js';
import { loadingLabel, retryLabel } from '../../src/shared/messages.js';
import type { PortalClient } from '../../src/api/portal-client.js';
import type { SessionStore } from '../../src/shared/session.js';

/** Renders the shared retry label as a button, and a visually hidden status text. */
export class SampleWidget extends SaarElement {
  static override styles = [
    SaarElement.styles,
    buttonStyles,
    css`
      p {
        margin: 0;
      }
    `,
  ];

  /** How many times the widget rendered. */
  renders = 0;

  /** The client the widget would use (exposed for tests). */
  get currentClient(): PortalClient {
    return this.client;
  }

  /** The session the widget reads (exposed for tests). */
  get currentSession(): SessionStore {
    return this.session;
  }

  protected override render() {
    this.renders++;
    const name = this.session.claims?.given_name;
    return html`
      <button class="button button--primary" type="button">${retryLabel()}</button>
      <span class="visually-hidden" role="status">${loadingLabel()}</span>
      ${name ? html`<p class="greeting">${name}</p>` : null}
    `;
  }

  /** The text of the button, as rendered. */
  get buttonText(): string {
    return this.shadowRoot?.querySelector('button')?.textContent?.trim() ?? '';
  }
}

SampleWidget.define('saar-test-sample');

declare global {
  interface HTMLElementTagNameMap {
    'saar-test-sample': SampleWidget;
  }
}
