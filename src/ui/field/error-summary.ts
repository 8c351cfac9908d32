/**
 * The error summary at the top of a form step (GOV.UK pattern): it takes focus when the citizen
 * continues with errors, says how many there are, and links to each field. The links focus the
 * field inside the widget's shadow root, where a `#fragment` cannot reach.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { focusElement } from '../focus.js';
import { fieldText } from './messages.js';

/** One problem: the field it belongs to and what to do. */
export interface SummaryError {
  /** Id of the control (or fieldset) to focus. */
  targetId: string;
  message: string;
  /** Where the problem is in the host's terms (an `invalidParams` path), if it tracks one. */
  path?: string;
}

/** The summary's id: the host focuses it when the citizen continues with errors. */
export const ERROR_SUMMARY_ID = 'error-summary';

/** Renders the summary, or nothing when there are no errors. */
export function renderErrorSummary(
  errors: readonly SummaryError[],
  heading: string = fieldText.summaryHeading(),
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    id=${ERROR_SUMMARY_ID}
    tabindex="-1"
    role="group"
    aria-labelledby="error-summary-heading"
  >
    <h3 id="error-summary-heading">${heading}</h3>
    <p>${fieldText.summaryCount(errors.length)}</p>
    <ul>
      ${errors.map(
        (error) =>
          html`<li>
            <a
              href="#${error.targetId}"
              @click=${(event: Event) => focusTarget(event, error.targetId)}
              >${error.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

function focusTarget(event: Event, targetId: string): void {
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
  const target = root.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  // A fieldset: focus its first control, the legend is read with it.
  const control =
    target.localName === 'fieldset'
      ? target.querySelector<HTMLElement>('input, select, textarea, button')
      : target;
  focusElement(control ?? target);
  target.scrollIntoView({ block: 'center' });
}
