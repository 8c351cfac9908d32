/**
 * A story-only element that shows the design tokens as a widget sees them: inside a shadow root,
 * through `:host`, with the page's `--saar-*` overrides and colour scheme applied.
 */
import { css, html, nothing } from 'lit';
import { SaarElement } from '../src/shared/saar-element.js';
import { buttonStyles } from '../src/shared/styles.js';
import { TOKEN_DESCRIPTIONS, TOKENS, type Token, type TokenGroup } from '../src/shared/tokens.js';
import { retryLabel } from '../src/shared/messages.js';

/** Text colours checked against the surface, and the minimum contrast each needs. */
const CONTRAST_PAIRS: ReadonlyArray<[string, string, number]> = [
  ['color-text', 'color-surface', 4.5],
  ['color-text-muted', 'color-surface', 4.5],
  ['color-brand', 'color-surface', 4.5],
  ['color-brand-contrast', 'color-brand', 4.5],
  ['color-error', 'color-surface', 4.5],
  ['color-success', 'color-surface', 4.5],
  ['color-warning', 'color-surface', 4.5],
  ['color-border', 'color-surface', 3],
  ['color-focus', 'color-surface', 3],
];

/**
 * Shows one group of design tokens, live.
 *
 * @tagname saar-tokens-preview
 */
export class SaarTokensPreview extends SaarElement {
  static override properties = { group: { type: String } };

  static override styles = [
    SaarElement.styles,
    buttonStyles,
    css`
      :host {
        background: var(--_saar-color-surface);
        padding: var(--_saar-space-4);
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      th,
      td {
        text-align: start;
        padding: var(--_saar-space-2);
        border-block-end: 1px solid var(--_saar-color-border);
        vertical-align: middle;
      }
      code {
        font-size: var(--_saar-font-size-s);
      }
      .swatch {
        display: inline-block;
        inline-size: 2.5rem;
        block-size: 2.5rem;
        border: 1px solid var(--_saar-color-border);
        border-radius: var(--_saar-radius-s);
        forced-color-adjust: none;
      }
      .bar {
        block-size: 1rem;
        background: var(--_saar-color-brand);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_saar-space-4);
        align-items: center;
      }
      .focus-demo {
        outline: var(--_saar-focus-ring-width) solid var(--_saar-color-focus);
        outline-offset: var(--_saar-focus-ring-offset);
      }
      .muted {
        color: var(--_saar-color-text-muted);
      }
    `,
  ];

  /** Which tokens to show. */
  declare group: TokenGroup;

  constructor() {
    super();
    this.group = 'color';
  }

  protected override render() {
    const tokens = TOKENS.filter((token) => token.group === this.group);
    if (this.group === 'color') return this.renderColours(tokens);
    if (this.group === 'focus') return this.renderFocus(tokens);
    return this.renderTable(tokens, (token) => this.sample(token));
  }

  private renderColours(tokens: Token[]) {
    return html`
      ${this.renderTable(
        tokens,
        (token) =>
          html`<span class="swatch" style="background: var(--_saar-${token.name})"></span>`,
        (token) => html`
          <td><code>${token.value}</code> / <code>${token.dark}</code></td>
          <td>
            <span
              class="swatch"
              style="background: ${token.forced}"
              title=${token.forced ?? ''}
            ></span>
            <code>${token.forced}</code>
          </td>
        `,
        ['Light / dark default', 'Forced colours'],
      )}
      <h3>Contrast of the defaults</h3>
      <table>
        <thead>
          <tr>
            <th>Foreground</th>
            <th>Background</th>
            <th>Light</th>
            <th>Dark</th>
            <th>Needed</th>
          </tr>
        </thead>
        <tbody>
          ${CONTRAST_PAIRS.map(
            ([fg, bg, needed]) =>
              html`<tr>
                <td><code>${fg}</code></td>
                <td><code>${bg}</code></td>
                <td>${ratio(fg, bg, 'value').toFixed(1)}:1</td>
                <td>${ratio(fg, bg, 'dark').toFixed(1)}:1</td>
                <td>${needed}:1</td>
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  private renderFocus(tokens: Token[]) {
    return html`
      ${this.renderTable(tokens, () => nothing)}
      <div class="row">
        <button class="button button--primary focus-demo" type="button">${retryLabel()}</button>
        <button class="button button--secondary focus-demo" type="button">${retryLabel()}</button>
        <span class="muted"
          >The ring as keyboard focus shows it (press Tab to try the real one).</span
        >
      </div>
    `;
  }

  private sample(token: Token) {
    const value = `var(--_saar-${token.name})`;
    switch (token.group) {
      case 'space':
        return html`<div class="bar" style="inline-size: ${value}"></div>`;
      case 'typography':
        return token.name.startsWith('font-size')
          ? html`<span style="font-size: ${value}">Bürgerservice</span>`
          : nothing;
      case 'shape':
        return token.name === 'target-size'
          ? html`<span class="swatch" style="inline-size: ${value}; block-size: ${value}"></span>`
          : html`<span class="swatch" style="border-radius: ${value}"></span>`;
      default:
        return nothing;
    }
  }

  private renderTable(
    tokens: Token[],
    sample: (token: Token) => unknown,
    extra?: (token: Token) => unknown,
    extraHeadings: string[] = [],
  ) {
    return html`<table>
      <thead>
        <tr>
          <th>Custom property</th>
          <th>Sample</th>
          ${extra ? extraHeadings.map((heading) => html`<th>${heading}</th>`) : html`<th>Default</th>`}
          <th>Use</th>
        </tr>
      </thead>
      <tbody>
        ${tokens.map(
          (token) =>
            html`<tr>
              <td><code>--saar-${token.name}</code></td>
              <td>${sample(token)}</td>
              ${extra ? extra(token) : html`<td><code>${token.value}</code></td>`}
              <td>${TOKEN_DESCRIPTIONS[token.name]}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

SaarTokensPreview.define('saar-tokens-preview');

function ratio(foreground: string, background: string, scheme: 'value' | 'dark'): number {
  const colour = (name: string) => {
    const token = TOKENS.find((candidate) => candidate.name === name)!;
    return scheme === 'dark' ? token.dark! : token.value;
  };
  const [a, b] = [luminance(colour(foreground)), luminance(colour(background))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

declare global {
  interface HTMLElementTagNameMap {
    'saar-tokens-preview': SaarTokensPreview;
  }
}
