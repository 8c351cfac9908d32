/**
 * Styles every widget shares: tokens, base typography, the focus ring, visually hidden text and
 * buttons. Widgets add theirs after these: `static styles = [SaarElement.styles, css`…`]`.
 */
import { css, type CSSResult } from 'lit';
import { tokenStyles } from './tokens.js';

/** Base typography and box model; the widget reflows down to 320 px wide. */
export const baseStyles: CSSResult = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-family: var(--_saar-font-family);
    font-size: var(--_saar-font-size-m);
    line-height: var(--_saar-line-height);
    color: var(--_saar-color-text);
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  img,
  svg {
    max-inline-size: 100%;
  }
`;

/** A visible focus ring for keyboard focus: 3 px by default, at least 3:1 against the surface. */
export const focusRingStyles: CSSResult = css`
  :focus-visible {
    outline: var(--_saar-focus-ring-width) solid var(--_saar-color-focus);
    outline-offset: var(--_saar-focus-ring-offset);
  }
`;

/** `.visually-hidden`: text for screen readers only (shown again when it takes focus). */
export const visuallyHiddenStyles: CSSResult = css`
  .visually-hidden:not(:focus):not(:active) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** `.button` with `.button--primary` / `.button--secondary`, and `.link-button`: 44 px targets at least. */
export const buttonStyles: CSSResult = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_saar-space-2);
    min-block-size: var(--_saar-target-size);
    min-inline-size: var(--_saar-target-size);
    padding: var(--_saar-space-2) var(--_saar-space-4);
    border: 2px solid var(--_saar-color-brand);
    border-radius: var(--_saar-radius-s);
    font: inherit;
    font-weight: var(--_saar-font-weight-bold);
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--_saar-motion-duration) var(--_saar-motion-easing),
      color var(--_saar-motion-duration) var(--_saar-motion-easing);
  }
  .button--primary {
    background: var(--_saar-color-brand);
    color: var(--_saar-color-brand-contrast);
  }
  .button--secondary {
    background: var(--_saar-color-surface);
    color: var(--_saar-color-brand);
  }
  .button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* A button that reads as a link ("Zurück zu …"), still a 44 px target. */
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
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }
`;

/** What `SaarElement` applies: tokens, base, focus ring and visually hidden text. */
export const sharedStyles: CSSResult[] = [
  tokenStyles,
  baseStyles,
  focusRingStyles,
  visuallyHiddenStyles,
];
