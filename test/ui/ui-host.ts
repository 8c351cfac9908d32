/** A bare widget that renders what a test gives it, to test src/ui parts inside a shadow root. */
import { html, type TemplateResult } from 'lit';
import { SaarElement } from '../../src/shared/saar-element.js';
import { buttonStyles } from '../../src/shared/styles.js';
import { comboboxStyles } from '../../src/ui/combobox/styles.js';
import { fieldStyles } from '../../src/ui/field/styles.js';
import { feedbackStyles } from '../../src/ui/feedback.js';
import { statusBadgeStyles } from '../../src/ui/status-badge.js';
import { formTextStyles } from '../../src/ui/text-styles.js';

/** Renders `view(host)`; tests attach controllers in `setup` before the first render. */
export class UiHost extends SaarElement {
  static override styles = [
    SaarElement.styles,
    buttonStyles,
    formTextStyles,
    comboboxStyles,
    fieldStyles,
    feedbackStyles,
    statusBadgeStyles,
  ];

  /** What to render. */
  view: (host: UiHost) => TemplateResult = () => html``;

  protected override render(): TemplateResult {
    return this.view(this);
  }
}

UiHost.define('saar-test-ui-host');

declare global {
  interface HTMLElementTagNameMap {
    'saar-test-ui-host': UiHost;
  }
}
