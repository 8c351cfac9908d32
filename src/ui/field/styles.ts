/** Styles of fields, fieldsets and the error summary. */
import { css } from 'lit';

export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--_saar-space-1);
    margin: 0 0 var(--_saar-space-4);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field label,
  .field legend {
    font-weight: var(--_saar-font-weight-bold);
    padding: 0;
  }
  .optional {
    font-weight: normal;
    color: var(--_saar-color-text-muted);
  }
  .field--invalid {
    padding-inline-start: var(--_saar-space-3);
    border-inline-start: 4px solid var(--_saar-color-error);
  }
  .field-error {
    margin: 0;
    font-weight: var(--_saar-font-weight-bold);
    color: var(--_saar-color-error);
  }
  /* :where() keeps this at one class's weight, so the invalid state below can recolour it. */
  .field :where(input:not([type='checkbox'], [type='radio'], [type='file']), select, textarea) {
    inline-size: 100%;
    min-block-size: var(--_saar-target-size);
    padding: var(--_saar-space-2) var(--_saar-space-3);
    font: inherit;
    color: var(--_saar-color-text);
    background: var(--_saar-color-surface);
    border: 2px solid var(--_saar-color-border);
    border-radius: var(--_saar-radius-s);
  }
  .field [aria-invalid='true'] {
    border-color: var(--_saar-color-error);
  }
  .error-summary {
    padding: var(--_saar-space-4);
    border: 4px solid var(--_saar-color-error);
    border-radius: var(--_saar-radius-s);
  }
  .error-summary:focus-visible,
  .error-summary:focus {
    outline: var(--_saar-focus-ring-width) solid var(--_saar-color-focus);
    outline-offset: var(--_saar-focus-ring-offset);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_saar-space-4);
  }
  .error-summary a {
    color: var(--_saar-color-error);
    font-weight: var(--_saar-font-weight-bold);
  }
  @media (forced-colors: active) {
    .field--invalid,
    .error-summary {
      border-color: CanvasText;
    }
    .field-error,
    .error-summary a {
      color: CanvasText;
    }
  }
`;
