/** Labels, hints and status lines, as fields and pickers show them. */
import { css } from 'lit';

export const formTextStyles = css`
  label {
    display: block;
    font-weight: var(--_saar-font-weight-bold);
  }
  .hint,
  .status {
    color: var(--_saar-color-text-muted);
    font-size: var(--_saar-font-size-s);
  }
  .status:empty {
    display: none;
  }
`;
