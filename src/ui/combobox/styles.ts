/** Styles of a combobox: the input, the listbox (inline or as a popup) and its options. */
import { css } from 'lit';

export const comboboxStyles = css`
  .combobox {
    position: relative;
  }
  [role='combobox'] {
    inline-size: 100%;
    min-block-size: var(--_saar-target-size);
    padding: var(--_saar-space-2) var(--_saar-space-3);
    font: inherit;
    color: var(--_saar-color-text);
    background: var(--_saar-color-surface);
    border: 2px solid var(--_saar-color-border);
    border-radius: var(--_saar-radius-s);
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .popup {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
    max-block-size: calc(16 * var(--_saar-base));
    overflow-y: auto;
    background: var(--_saar-color-surface);
    border: 2px solid var(--_saar-color-border);
    border-block-start: 0;
  }
  .option {
    display: grid;
    gap: var(--_saar-space-1);
    min-block-size: var(--_saar-target-size);
    padding: var(--_saar-space-2) var(--_saar-space-3);
    cursor: pointer;
    border-block-end: 1px solid var(--_saar-color-surface-raised);
  }
  .option:hover {
    background: var(--_saar-color-surface-raised);
  }
  .option[aria-selected='true'] {
    background: var(--_saar-color-surface-raised);
    outline: var(--_saar-focus-ring-width) solid var(--_saar-color-focus);
    outline-offset: calc(-1 * var(--_saar-focus-ring-width));
  }
  .option-name {
    font-weight: var(--_saar-font-weight-bold);
    color: var(--_saar-color-brand);
  }
  .option-meta {
    color: var(--_saar-color-text-muted);
    font-size: var(--_saar-font-size-s);
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .option[aria-selected='true'] .option-name,
    .option[aria-selected='true'] .option-meta,
    .option[aria-selected='true'] .badge {
      color: HighlightText;
    }
  }
`;
