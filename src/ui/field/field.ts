/**
 * One form field's frame: label, "(optional)" mark, hint, error message, and the ids the control
 * needs (`aria-describedby`, `aria-invalid`). The control itself is the caller's, so a text box,
 * a date group or a file input share one layout. GOV.UK's pattern: the error sits between the
 * hint and the control, prefixed "Fehler:" for screen readers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldText } from './messages.js';

/** What a field shows around its control. */
export interface FieldView {
  /** Id of the control (the label's `for`); hint and error ids derive from it. */
  id: string;
  /** The label; a template when it carries its own `lang` (a German-only label elsewhere). */
  label: string | TemplateResult;
  hint?: string | TemplateResult | undefined;
  /** The error to show now (only after the citizen left the field or continued). */
  error?: string | undefined;
  /** Marks the label "(optional)"; required fields carry no mark. */
  optional?: boolean;
}

/** What the control must carry so that label, hint and error reach assistive technology. */
export interface ControlAttributes {
  id: string;
  /** Ids for `aria-describedby`, or `undefined` when there is nothing to describe. */
  describedBy: string | undefined;
  /** For `aria-invalid`. */
  invalid: boolean;
}

/** The ids a field's parts get. */
export function fieldIds(id: string): { hint: string; error: string } {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** The attributes for the control of `view`. */
export function controlAttributes(view: FieldView): ControlAttributes {
  const ids = fieldIds(view.id);
  const describedBy = [view.hint ? ids.hint : '', view.error ? ids.error : '']
    .filter(Boolean)
    .join(' ');
  return { id: view.id, describedBy: describedBy || undefined, invalid: Boolean(view.error) };
}

/** The label, optional mark, hint and error; `control` renders the input with `attributes`. */
export function renderField(
  view: FieldView,
  control: (attributes: ControlAttributes) => TemplateResult,
): TemplateResult {
  return html`<div class="field${view.error ? ' field--invalid' : ''}">
    <label for=${view.id}>${renderLabelText(view)}</label>
    ${renderHintAndError(view)} ${control(controlAttributes(view))}
  </div>`;
}

/**
 * A group of controls under one question (radios, checkboxes, a date in three boxes): a
 * fieldset whose legend is the question.
 */
export function renderFieldset(
  view: Omit<FieldView, 'id'> & { id: string },
  content: (attributes: ControlAttributes) => TemplateResult,
): TemplateResult {
  const attributes = controlAttributes(view);
  return html`<fieldset
    class="field${view.error ? ' field--invalid' : ''}"
    id=${view.id}
    aria-describedby=${attributes.describedBy ?? nothing}
  >
    <legend>${renderLabelText(view)}</legend>
    ${renderHintAndError(view)} ${content(attributes)}
  </fieldset>`;
}

function renderLabelText(view: FieldView): TemplateResult {
  return html`${view.label}${
    view.optional ? html` <span class="optional">${fieldText.optional()}</span>` : nothing
  }`;
}

function renderHintAndError(view: FieldView): TemplateResult {
  const ids = fieldIds(view.id);
  return html`${view.hint ? html`<p id=${ids.hint} class="hint">${view.hint}</p>` : nothing}
  ${
    view.error
      ? html`<p id=${ids.error} class="field-error">
          <span class="visually-hidden">${fieldText.errorPrefix()}</span> ${view.error}
        </p>`
      : nothing
  }`;
}
