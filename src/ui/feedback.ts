/**
 * What a widget shows while it waits and when something failed: a skeleton with a text for
 * screen readers, and an error that says what happened and offers the way forward.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { NetworkError } from '../api/errors.js';
import { describeError, retryLabel } from '../shared/messages.js';

const isRefusal = (error: unknown) => error instanceof NetworkError && error.reason === 'refused';

/** A loading block: `label` for everyone, a few grey lines for the eye. */
export function renderLoading(label: string, lines = 3): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    ${label ? html`<p class="hint">${label}</p>` : nothing}
    ${Array.from(
      { length: lines },
      (_, index) =>
        html`<div class="skeleton${index % 2 === 1 ? ' short' : ''}" aria-hidden="true"></div>`,
    )}
  </div>`;
}

/** What a failure block needs. */
export interface FailureView {
  /** What could not be done, in a few words ("The services could not be loaded."). */
  what: string;
  /** The error, explained by `describeError`. */
  error: unknown;
  /** Tries again; the button is left out without it. */
  retry?: () => void;
  /** The block's id, so focus can go to it when the retry button disappears. */
  id?: string;
}

/**
 * An error with what happened and the way forward (`role="alert"`: it is read at once). The
 * retry button is left out where trying again cannot help (the portal refuses this website).
 */
export function renderFailure(view: FailureView): TemplateResult {
  const retry = isRefusal(view.error) ? undefined : view.retry;
  return html`<div class="error" role="alert" part="error" id=${view.id ?? nothing}>
    <p><strong>${view.what}</strong> ${describeError(view.error)}</p>
    ${
      retry
        ? html`<button type="button" class="button button--secondary" @click=${retry}>
            ${retryLabel()}
          </button>`
        : nothing
    }
  </div>`;
}

/** Styles of the loading and failure blocks. */
export const feedbackStyles = css`
  .error {
    padding: var(--_saar-space-3);
    border-inline-start: 4px solid var(--_saar-color-error);
    background: var(--_saar-color-surface-raised);
  }
  .skeleton {
    block-size: calc(1.25 * var(--_saar-base));
    margin-block: var(--_saar-space-2);
    border-radius: var(--_saar-radius-s);
    background: var(--_saar-color-surface-raised);
    animation: saar-pulse 1.2s ease-in-out infinite;
  }
  .skeleton.short {
    inline-size: 60%;
  }
  @keyframes saar-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .error {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
    .skeleton {
      border: 1px solid CanvasText;
    }
  }
`;
