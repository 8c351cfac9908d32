/** The application form's own styles, on top of the shared ones; tokens only, no fixed colours. */
import { css } from 'lit';

export const formStyles = css`
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: var(--_saar-font-size-xl);
  }
  h3 {
    font-size: var(--_saar-font-size-l);
  }
  h4 {
    font-size: var(--_saar-font-size-m);
  }
  p {
    margin: 0 0 var(--_saar-space-2);
  }
  form,
  .step,
  .check,
  .confirmation,
  .gate,
  .saved,
  .town {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_saar-space-3);
  }
  .step-of {
    margin: 0;
    color: var(--_saar-color-text-muted);
    font-size: var(--_saar-font-size-s);
  }
  .group,
  .entry {
    margin: 0 0 var(--_saar-space-4);
    padding: var(--_saar-space-3);
    border: 1px solid var(--_saar-color-border);
    border-radius: var(--_saar-radius-s);
    min-inline-size: 0;
  }
  .group > legend,
  .entry > legend {
    padding: 0 var(--_saar-space-1);
    font-weight: var(--_saar-font-weight-bold);
  }
  .repeat {
    display: grid;
    gap: var(--_saar-space-2);
    justify-items: start;
    margin-block-end: var(--_saar-space-4);
  }
  .repeat > * {
    max-inline-size: 100%;
  }
  .repeat .entry {
    inline-size: 100%;
  }
  .choices {
    display: grid;
    gap: var(--_saar-space-1);
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_saar-space-4);
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_saar-space-3);
  }
  .date-part {
    display: grid;
    gap: var(--_saar-space-1);
  }
  .date-part label {
    font-weight: normal;
  }
  .field .date-short {
    inline-size: 3.5em;
  }
  .field .date-long {
    inline-size: 5.5em;
  }
  .field input.number {
    max-inline-size: 12em;
  }
  .unit {
    font-weight: normal;
  }
  .field--fixed .fixed-label {
    font-weight: var(--_saar-font-weight-bold);
  }
  .fixed-value {
    margin: 0;
    font-size: var(--_saar-font-size-l);
  }
  .form-text {
    margin-block-end: var(--_saar-space-3);
  }
  .uploads {
    display: grid;
    gap: var(--_saar-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .upload {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_saar-space-2);
    overflow-wrap: anywhere;
  }
  .upload-name {
    font-weight: var(--_saar-font-weight-bold);
  }
  progress {
    inline-size: calc(10 * var(--_saar-base));
    max-inline-size: 100%;
    accent-color: var(--_saar-color-brand);
  }
  .file {
    inline-size: 100%;
    min-block-size: var(--_saar-target-size);
    font: inherit;
  }
  /* A field's column may shrink below its content (a file chooser, a long word) at 320 px. */
  .field {
    grid-template-columns: minmax(0, 1fr);
  }
  .suggestion {
    margin-block-start: calc(-1 * var(--_saar-space-2));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_saar-space-3);
  }
  .link-button {
    min-block-size: var(--_saar-target-size);
    padding: var(--_saar-space-1) 0;
    font: inherit;
    color: var(--_saar-color-brand);
    background: none;
    border: 0;
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  a {
    color: var(--_saar-color-brand);
  }
  a.button {
    text-decoration: none;
  }
  .summary-list {
    margin: 0 0 var(--_saar-space-4);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_saar-space-1);
    padding-block: var(--_saar-space-2);
    border-block-end: 1px solid var(--_saar-color-border);
  }
  .summary-row dt {
    font-weight: var(--_saar-font-weight-bold);
  }
  .summary-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (min-width: 40rem) {
    .summary-row {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
      align-items: baseline;
    }
  }
  .panel {
    padding: var(--_saar-space-4);
    background: var(--_saar-color-success);
    color: var(--_saar-color-brand-contrast);
    border-radius: var(--_saar-radius-s);
    text-align: center;
  }
  .panel h3 {
    font-size: var(--_saar-font-size-xl);
  }
  .reference {
    font-size: var(--_saar-font-size-xl);
    overflow-wrap: anywhere;
  }
  .codes {
    display: grid;
    gap: var(--_saar-space-2);
    margin: 0;
  }
  .codes dt {
    font-weight: var(--_saar-font-weight-bold);
  }
  .codes dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_saar-space-3);
    margin: 0;
  }
  code {
    font-size: var(--_saar-font-size-l);
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  .notice {
    padding: var(--_saar-space-3);
    border-inline-start: 4px solid var(--_saar-color-warning);
    background: var(--_saar-color-surface-raised);
  }
  .town-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_saar-space-2);
    margin: 0;
  }
  input[readonly] {
    inline-size: 100%;
    min-block-size: var(--_saar-target-size);
    padding: var(--_saar-space-2);
    font: inherit;
    border: 2px solid var(--_saar-color-border);
    border-radius: var(--_saar-radius-s);
    background: var(--_saar-color-surface-raised);
    color: var(--_saar-color-text);
  }
  @media print {
    .no-print,
    .actions {
      display: none;
    }
    .application {
      border: 0;
    }
    .panel {
      color: CanvasText;
      background: none;
      border: 2px solid CanvasText;
    }
  }
  @media (forced-colors: active) {
    .panel,
    .notice,
    .group,
    .entry {
      border: 1px solid CanvasText;
    }
    .panel {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
