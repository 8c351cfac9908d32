/**
 * The design tokens: one table, from which the CSS, the theming docs and the tokens story come.
 *
 * A page sets public `--saar-*` properties (on `:root` or any ancestor); each widget's `:host`
 * reads them into private `--_saar-*` properties with our defaults, which the widget's styles
 * use. Colours follow the page's colour scheme through `light-dark()`; forced-colours mode maps
 * them to system colours; reduced motion turns animation off. See docs/theming.md.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** What a token is for, which decides how it is shown and checked. */
export type TokenGroup = 'color' | 'typography' | 'space' | 'shape' | 'focus' | 'motion';

/** One design token. */
export interface Token {
  /** Name without prefix: the page sets `--saar-<name>`, widget styles read `--_saar-<name>`. */
  readonly name: string;
  /** What kind of value it holds. */
  readonly group: TokenGroup;
  /** Default value (the light one, for colours). */
  readonly value: string;
  /** Default in a dark colour scheme (colours only). */
  readonly dark?: string;
  /** System colour used in forced-colours mode (colours only); it ignores page overrides. */
  readonly forced?: string;
}

const color = (name: string, value: string, dark: string, forced: string): Token => ({
  name,
  group: 'color',
  value,
  dark,
  forced,
});
const plain = (group: TokenGroup, name: string, value: string): Token => ({ name, group, value });

const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** Every design token with its defaults: light, dark, forced colours. */
export const TOKENS: readonly Token[] = [
  color('color-brand', '#005a9c', '#8cc4ff', 'LinkText'),
  color('color-brand-contrast', '#ffffff', '#0a1a2b', 'Canvas'),
  color('color-text', '#1b1f23', '#eef1f4', 'CanvasText'),
  color('color-text-muted', '#4f5963', '#b4bcc4', 'CanvasText'),
  color('color-surface', '#ffffff', '#15181c', 'Canvas'),
  color('color-surface-raised', '#f2f4f6', '#22272d', 'Canvas'),
  color('color-border', '#6b7681', '#8d97a1', 'CanvasText'),
  color('color-focus', '#0b0c0c', '#ffdd00', 'Highlight'),
  color('color-error', '#b3261e', '#ffb4ab', 'CanvasText'),
  color('color-success', '#1e6b34', '#8fd9a0', 'CanvasText'),
  color('color-warning', '#8a5300', '#ffcf70', 'CanvasText'),
  plain('typography', 'font-family', SYSTEM_FONTS),
  plain('typography', 'font-size-s', '0.875rem'),
  plain('typography', 'font-size-m', '1rem'),
  plain('typography', 'font-size-l', '1.25rem'),
  plain('typography', 'font-size-xl', '1.5rem'),
  plain('typography', 'font-weight-bold', '700'),
  plain('typography', 'line-height', '1.5'),
  plain('space', 'space-1', '0.25rem'),
  plain('space', 'space-2', '0.5rem'),
  plain('space', 'space-3', '0.75rem'),
  plain('space', 'space-4', '1rem'),
  plain('space', 'space-5', '1.5rem'),
  plain('space', 'space-6', '2rem'),
  plain('shape', 'radius-s', '0.25rem'),
  plain('shape', 'radius-m', '0.5rem'),
  plain('shape', 'target-size', '2.75rem'),
  plain('focus', 'focus-ring-width', '3px'),
  plain('focus', 'focus-ring-offset', '2px'),
  plain('motion', 'motion-duration', '150ms'),
  plain('motion', 'motion-easing', 'ease-out'),
];

/** What each token is for (apart from `TOKENS`, so the CDN bundle can leave it out). */
export const TOKEN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'color-brand': 'Brand colour: primary buttons, links, accents.',
  'color-brand-contrast': 'Text and icons on the brand colour.',
  'color-text': 'Body text.',
  'color-text-muted': 'Secondary text: hints, metadata.',
  'color-surface': 'Background of a widget.',
  'color-surface-raised': 'Background of cards, panels and list items.',
  'color-border': 'Borders of inputs and cards (at least 3:1 against the surface).',
  'color-focus': 'Focus ring (at least 3:1 against the surface).',
  'color-error': 'Error text and borders.',
  'color-success': 'Success text and borders.',
  'color-warning': 'Warning text and borders.',
  'font-family': 'Font stack: the system fonts, no web fonts.',
  'font-size-s': 'Small text: hints, metadata.',
  'font-size-m': 'Body text.',
  'font-size-l': 'Headings inside a widget.',
  'font-size-xl': 'A widget’s main heading.',
  'font-weight-bold': 'Headings and emphasis.',
  'line-height': 'Line height of body text.',
  'space-1': 'Spacing step 1 (4 px at the default font size).',
  'space-2': 'Spacing step 2 (8 px).',
  'space-3': 'Spacing step 3 (12 px).',
  'space-4': 'Spacing step 4 (16 px).',
  'space-5': 'Spacing step 5 (24 px).',
  'space-6': 'Spacing step 6 (32 px).',
  'radius-s': 'Corner radius of inputs and buttons.',
  'radius-m': 'Corner radius of cards and panels.',
  'target-size': 'Smallest size of a click or touch target (44 px at the default font size).',
  'focus-ring-width': 'Width of the focus ring.',
  'focus-ring-offset': 'Gap between an element and its focus ring.',
  'motion-duration': 'Length of transitions (0 under reduced motion).',
  'motion-easing': 'Timing function of transitions.',
};

/** `var(--_saar-<name>)`: how widget styles read a token. */
export function token(name: string): CSSResult {
  return unsafeCSS(`var(--_saar-${name})`);
}

/**
 * A default in `rem` as a multiple of the widget's own base unit (`--_saar-base`, see
 * shared/styles.ts), so a page that changes its root font size (`html { font-size: 10px }`, or
 * `* { font-size: 14px }`) does not shrink the widget's text and targets.
 */
const fromBase = (value: string) =>
  value.replace(/(\d*\.?\d+)rem\b/g, (_, amount: string) => `calc(${amount} * var(--_saar-base))`);

function declarations(valueOf: (token: Token) => string | undefined): CSSResult {
  let text = '';
  for (const token of TOKENS) {
    const value = valueOf(token);
    if (value !== undefined) text += `--_saar-${token.name}:${fromBase(value)};`;
  }
  return unsafeCSS(text);
}

const pageOr = (token: Token, fallback: string) => `var(--saar-${token.name},${fallback})`;

/** The `:host` rules that turn page-level `--saar-*` overrides and our defaults into tokens. */
export const tokenStyles: CSSResult = css`
  :host {
    ${declarations((t) => pageOr(t, t.dark ? `light-dark(${t.value},${t.dark})` : t.value))}
  }
  /* Browsers without light-dark() get the light colours. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${declarations((t) => (t.dark ? pageOr(t, t.value) : undefined))}
    }
  }
  @media (forced-colors: active) {
    :host {
      ${declarations((t) => t.forced)}
      /* No colour transitions: the switch to system colours must not pass through others. */
      --_saar-motion-duration: 0s;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_saar-motion-duration: 0s;
    }
  }
`;
