/** Styles of checkboxes and radio buttons with their labels: one per row, each row a full target. */
import { css } from 'lit';

/** The `.choice` row: a checkbox or radio button and its label, the whole row a target. */
export const choiceStyles = css`
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_saar-space-2);
    min-block-size: var(--_saar-target-size);
  }
  .choice input {
    inline-size: calc(1.5 * var(--_saar-base));
    block-size: calc(1.5 * var(--_saar-base));
    margin: 0;
    accent-color: var(--_saar-color-brand);
  }
  .choice label {
    display: flex;
    align-items: center;
    flex: 1;
    min-block-size: var(--_saar-target-size);
    font-weight: normal;
  }
`;
