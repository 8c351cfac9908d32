/**
 * Styles every widget shares: tokens, base typography, the focus ring, visually hidden text and
 * buttons. Widgets add theirs after these: `static styles = [SaarElement.styles, css`…`]`.
 */
import { css, type CSSResult } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * Registers `--_saar-base`, the widget's own unit: the user's default font size in pixels,
 * computed once on each host (`1em` of `font-size: medium`) and inherited as a length by
 * everything inside, so the tokens' `rem` values never follow a page's root font size. Once per
 * page; a second copy of the library finds it registered.
 */
export function registerBaseUnit(): void {
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  try {
    CSS.registerProperty({
      name: '--_saar-base',
      syntax: '<length>',
      inherits: true,
      initialValue: '16px',
    });
  } catch {
    // Registered already (another widget or copy of the library did it).
  }
}

/**
 * Base typography and box model; the widget reflows down to 320 px wide. A page's own CSS never
 * reaches inside the shadow root, but rules for `*` (a CMS reset: `box-sizing`, `font-size`,
 * `line-height`, `all: unset`) match the host element itself, and inherited properties would carry
 * them inside: the host's inherited properties are therefore `!important` (which, from inside
 * the shadow tree, outranks the page), and nothing inside inherits its box model.
 */
export const baseStyles: CSSResult = css`
  :host {
    display: block;
    box-sizing: border-box !important;
    max-inline-size: 100%;
    --_saar-base: 1em;
    font-size: medium !important;
    font-family: var(--_saar-font-family) !important;
    font-style: normal !important;
    font-weight: normal !important;
    line-height: var(--_saar-line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    color: var(--_saar-color-text) !important;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  /*
   * The host's size is the user's default (medium), the unit of every token; the widget's text
   * size starts at its top-level elements (widgets render one root element, \`part="base"\`).
   */
  :host > * {
    font-size: var(--_saar-font-size-m);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
