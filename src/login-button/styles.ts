/** The login button's own styles, on top of the shared ones; tokens only, no fixed colours. */
import { css } from 'lit';

export const loginButtonStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
  }
  .login {
    display: grid;
    gap: var(--_saar-space-2);
    justify-items: start;
  }
  p {
    margin: 0;
  }
  .account {
    max-inline-size: 100%;
    text-align: start;
  }
  .panel {
    display: grid;
    gap: var(--_saar-space-3);
    min-inline-size: min(calc(20 * var(--_saar-base)), 100%);
    max-inline-size: 100%;
    padding: var(--_saar-space-4);
    background: var(--_saar-color-surface);
    color: var(--_saar-color-text);
    border: 1px solid var(--_saar-color-border);
    border-radius: var(--_saar-radius-m);
  }
  .panel[hidden] {
    display: none;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: var(--_saar-font-weight-bold);
  }
  .prefill-actions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_saar-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
    align-items: center;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_saar-target-size);
    color: var(--_saar-color-brand);
  }
  .link-button {
    min-block-size: var(--_saar-target-size);
    padding: var(--_saar-space-1) 0;
    font: inherit;
    color: var(--_saar-color-brand);
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .warning,
  .notice {
    padding: var(--_saar-space-3);
    border-inline-start: 4px solid var(--_saar-color-warning);
    background: var(--_saar-color-surface-raised);
    color: var(--_saar-color-text);
  }
  .warning {
    display: grid;
    gap: var(--_saar-space-2);
    justify-items: start;
  }
  .step-up {
    display: grid;
    gap: var(--_saar-space-2);
    justify-items: start;
  }
  @media (forced-colors: active) {
    .warning,
    .notice,
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;
