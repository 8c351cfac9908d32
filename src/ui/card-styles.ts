/**
 * The card a full widget sits in (finder, form, tracker): a framed surface, one column that never
 * widens past the page (`minmax(0, …)`: a long word or address wraps instead). A page removes
 * the frame with `::part(base)` (docs/theming.md).
 */
import { css } from 'lit';

/** The `.card` frame: host templates put it on their outermost element, with `part="base"`. */
export const cardStyles = css`
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_saar-space-4);
    padding: var(--_saar-space-4);
    background: var(--_saar-color-surface);
    border: 1px solid var(--_saar-color-border);
    border-radius: var(--_saar-radius-m);
  }
`;
