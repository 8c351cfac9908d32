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
  readonly group: TokenGroup;
  /** Default value (the light one, for colours). */
  readonly value: string;
  /** Default in a dark colour scheme (colours only). */
  readonly dark?: string;
  /** System colour used in forced-colours mode (colours only); it ignores page overrides. */
  readonly forced?: string;
  /** What the token is for. */
  readonly description: string;
}

const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** Every design token, with its defaults. */
export const TOKENS: readonly Token[] = [
  {
    name: 'color-brand',
    group: 'color',
    value: '#005a9c',
    dark: '#8cc4ff',
    forced: 'LinkText',
    description: 'Brand colour: primary buttons, links, accents.',
  },
  {
    name: 'color-brand-contrast',
    group: 'color',
    value: '#ffffff',
    dark: '#0a1a2b',
    forced: 'Canvas',
    description: 'Text and icons on the brand colour.',
  },
  {
    name: 'color-text',
    group: 'color',
    value: '#1b1f23',
    dark: '#eef1f4',
    forced: 'CanvasText',
    description: 'Body text.',
  },
  {
    name: 'color-text-muted',
    group: 'color',
    value: '#4f5963',
    dark: '#b4bcc4',
    forced: 'CanvasText',
    description: 'Secondary text: hints, metadata.',
  },
  {
    name: 'color-surface',
    group: 'color',
    value: '#ffffff',
    dark: '#15181c',
    forced: 'Canvas',
    description: 'Background of a widget.',
  },
  {
    name: 'color-surface-raised',
    group: 'color',
    value: '#f2f4f6',
    dark: '#22272d',
    forced: 'Canvas',
    description: 'Background of cards, panels and list items.',
  },
  {
    name: 'color-border',
    group: 'color',
    value: '#6b7681',
    dark: '#8d97a1',
    forced: 'CanvasText',
    description: 'Borders of inputs and cards (at least 3:1 against the surface).',
  },
  {
    name: 'color-focus',
    group: 'color',
    value: '#0b0c0c',
    dark: '#ffdd00',
    forced: 'Highlight',
    description: 'Focus ring.',
  },
  {
    name: 'color-error',
    group: 'color',
    value: '#b3261e',
    dark: '#ffb4ab',
    forced: 'CanvasText',
    description: 'Error text and borders.',
  },
  {
    name: 'color-success',
    group: 'color',
    value: '#1e6b34',
    dark: '#8fd9a0',
    forced: 'CanvasText',
    description: 'Success text and borders.',
  },
  {
    name: 'color-warning',
    group: 'color',
    value: '#8a5300',
    dark: '#ffcf70',
    forced: 'CanvasText',
    description: 'Warning text and borders.',
  },
  {
    name: 'font-family',
    group: 'typography',
    value: SYSTEM_FONTS,
    description: 'Font stack: the system fonts, no web fonts.',
  },
  {
    name: 'font-size-s',
    group: 'typography',
    value: '0.875rem',
    description: 'Small text: hints, metadata.',
  },
  { name: 'font-size-m', group: 'typography', value: '1rem', description: 'Body text.' },
  {
    name: 'font-size-l',
    group: 'typography',
    value: '1.25rem',
    description: 'Headings inside a widget.',
  },
  {
    name: 'font-size-xl',
    group: 'typography',
    value: '1.5rem',
    description: "A widget's main heading.",
  },
  {
    name: 'font-weight-bold',
    group: 'typography',
    value: '700',
    description: 'Headings and emphasis.',
  },
  {
    name: 'line-height',
    group: 'typography',
    value: '1.5',
    description: 'Line height of body text.',
  },
  {
    name: 'space-1',
    group: 'space',
    value: '0.25rem',
    description: 'Spacing step 1 (4 px at the default font size).',
  },
  { name: 'space-2', group: 'space', value: '0.5rem', description: 'Spacing step 2 (8 px).' },
  { name: 'space-3', group: 'space', value: '0.75rem', description: 'Spacing step 3 (12 px).' },
  { name: 'space-4', group: 'space', value: '1rem', description: 'Spacing step 4 (16 px).' },
  { name: 'space-5', group: 'space', value: '1.5rem', description: 'Spacing step 5 (24 px).' },
  { name: 'space-6', group: 'space', value: '2rem', description: 'Spacing step 6 (32 px).' },
  {
    name: 'radius-s',
    group: 'shape',
    value: '0.25rem',
    description: 'Corner radius of inputs and buttons.',
  },
  {
    name: 'radius-m',
    group: 'shape',
    value: '0.5rem',
    description: 'Corner radius of cards and panels.',
  },
  {
    name: 'target-size',
    group: 'shape',
    value: '2.75rem',
    description: 'Smallest size of a click or touch target (44 px).',
  },
  {
    name: 'focus-ring-width',
    group: 'focus',
    value: '3px',
    description: 'Width of the focus ring.',
  },
  {
    name: 'focus-ring-offset',
    group: 'focus',
    value: '2px',
    description: 'Gap between an element and its focus ring.',
  },
  {
    name: 'motion-duration',
    group: 'motion',
    value: '150ms',
    description: 'Length of transitions (0 under reduced motion).',
  },
  {
    name: 'motion-easing',
    group: 'motion',
    value: 'ease-out',
    description: 'Timing function of transitions.',
  },
];

/** `var(--_saar-<name>)`: how widget styles read a token. */
export function token(name: string): CSSResult {
  return unsafeCSS(`var(--_saar-${name})`);
}

function declarations(valueOf: (token: Token) => string | undefined): string {
  return TOKENS.map((token) => [token, valueOf(token)] as const)
    .filter(([, value]) => value !== undefined)
    .map(([token, value]) => `--_saar-${token.name}:${value};`)
    .join('');
}

const withDefault = (token: Token, fallback: string) => `var(--saar-${token.name},${fallback})`;

/** The `:host` rules that turn page-level `--saar-*` overrides and our defaults into tokens. */
export const tokenStyles: CSSResult = css`
  :host {
    ${unsafeCSS(
      declarations((token) =>
        withDefault(token, token.dark ? `light-dark(${token.value},${token.dark})` : token.value),
      ),
    )}
  }
  /* Browsers without light-dark() get the light colours. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${unsafeCSS(declarations((token) => (token.dark ? withDefault(token, token.value) : undefined)))}
    }
  }
  @media (forced-colors: active) {
    :host {
      ${unsafeCSS(declarations((token) => token.forced))}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_saar-motion-duration: 0s;
    }
  }
`;
