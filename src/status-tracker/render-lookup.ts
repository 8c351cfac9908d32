/**
 * The way in without a login: reference number and access code, forgiving about case, spaces and
 * look-alike characters (the shared rules read them), with GOV.UK-style errors. Unknown
 * reference and wrong code get one and the same answer, so nobody learns which references exist.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderErrorSummary, type SummaryError } from '../ui/field/error-summary.js';
import { renderField } from '../ui/field/field.js';
import { text } from './messages.js';

/** What the citizen typed, and what is wrong with it (shown after "Stand abfragen"). */
export interface LookupView {
  reference: string;
  accessCode: string;
  errors: { reference?: string; accessCode?: string };
  /** The portal's answer when it was no application (not found, rate limited, unreachable). */
  failure: TemplateResult | typeof nothing;
  busy: boolean;
  onInput(field: 'reference' | 'accessCode', value: string): void;
  onSubmit(event: Event): void;
}

/** Ids of the two inputs, for the error summary's links. */
export const LOOKUP_IDS = { reference: 'lookup-reference', accessCode: 'lookup-code' } as const;

/** The lookup form. */
export function renderLookup(view: LookupView, headingLevel: 'h2' | 'h3' = 'h2'): TemplateResult {
  const summary: SummaryError[] = [];
  if (view.errors.reference)
    summary.push({ targetId: LOOKUP_IDS.reference, message: view.errors.reference });
  if (view.errors.accessCode)
    summary.push({ targetId: LOOKUP_IDS.accessCode, message: view.errors.accessCode });
  const heading =
    headingLevel === 'h2'
      ? html`<h2 id="lookup-heading" tabindex="-1">${text.lookupHeading()}</h2>`
      : html`<h3 id="lookup-heading" tabindex="-1">${text.lookupHeading()}</h3>`;
  return html`<section class="lookup" part="lookup" aria-labelledby="lookup-heading">
    ${heading}
    <p>${text.lookupIntro()}</p>
    ${renderErrorSummary(summary)} ${view.failure}
    <form novalidate @submit=${view.onSubmit}>
      ${renderField(
        {
          id: LOOKUP_IDS.reference,
          label: text.referenceLabel(),
          hint: text.referenceHint(),
          error: view.errors.reference,
        },
        (attributes) =>
          html`<input
            id=${attributes.id}
            name="reference"
            type="text"
            class="input-code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${attributes.describedBy ?? nothing}
            aria-invalid=${attributes.invalid ? 'true' : 'false'}
            .value=${view.reference}
            @input=${(event: Event) =>
              view.onInput('reference', (event.target as HTMLInputElement).value)}
          />`,
      )}
      ${renderField(
        {
          id: LOOKUP_IDS.accessCode,
          label: text.codeLabel(),
          hint: text.codeHint(),
          error: view.errors.accessCode,
        },
        (attributes) =>
          html`<input
            id=${attributes.id}
            name="access-code"
            type="text"
            class="input-code input-code--short"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${attributes.describedBy ?? nothing}
            aria-invalid=${attributes.invalid ? 'true' : 'false'}
            .value=${view.accessCode}
            @input=${(event: Event) =>
              view.onInput('accessCode', (event.target as HTMLInputElement).value)}
          />`,
      )}
      <button
        type="submit"
        class="button button--primary"
        id="lookup-submit"
        aria-disabled=${view.busy ? 'true' : 'false'}
      >
        ${text.lookup()}
      </button>
    </form>
  </section>`;
}
