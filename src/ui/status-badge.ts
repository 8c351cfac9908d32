/**
 * An application's status in words, and as a badge: a text label always (colour is never the
 * only signal), a shape per status group for sighted users, colours from the tokens.
 */
import { msg } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import type { StatusValue } from '../api/vocabulary.js';
import '../shared/localization.js';

/** What an application's status means, in a few words. */
export function statusLabel(status: StatusValue): string {
  switch (status) {
    case 'SUBMITTED':
      return msg('Eingereicht', { id: 'ui.status.submitted' });
    case 'RECEIVED':
      return msg('Eingegangen', { id: 'ui.status.received' });
    case 'PROCESSING':
      return msg('In Bearbeitung', { id: 'ui.status.processing' });
    case 'ACTION_REQUIRED':
      return msg('Ihre Mithilfe ist nötig', { id: 'ui.status.action-required' });
    case 'COMPLETED':
      return msg('Abgeschlossen', { id: 'ui.status.completed' });
    case 'REJECTED':
      return msg('Abgelehnt', { id: 'ui.status.rejected' });
    case 'WITHDRAWN':
      return msg('Zurückgezogen', { id: 'ui.status.withdrawn' });
  }
}

/** The tone of a status: in progress, needs the citizen, done well, ended otherwise. */
export function statusTone(status: StatusValue): 'progress' | 'action' | 'success' | 'ended' {
  switch (status) {
    case 'SUBMITTED':
    case 'RECEIVED':
    case 'PROCESSING':
      return 'progress';
    case 'ACTION_REQUIRED':
      return 'action';
    case 'COMPLETED':
      return 'success';
    case 'REJECTED':
    case 'WITHDRAWN':
      return 'ended';
  }
}

const SYMBOL = { progress: '◔', action: '!', success: '✓', ended: '■' } as const;

/** The badge for `status`. */
export function renderStatusBadge(status: StatusValue): TemplateResult {
  const tone = statusTone(status);
  return html`<span class="status-badge status-badge--${tone}" part="status-badge"
    ><span class="status-badge__symbol" aria-hidden="true">${SYMBOL[tone]}</span>
    ${statusLabel(status)}</span
  >`;
}

/** Styles of the status badge. */
export const statusBadgeStyles = css`
  .status-badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_saar-space-1);
    padding: var(--_saar-space-1) var(--_saar-space-2);
    border: 2px solid currentColor;
    border-radius: var(--_saar-radius-s);
    font-weight: var(--_saar-font-weight-bold);
    line-height: 1.25;
  }
  .status-badge--progress {
    color: var(--_saar-color-brand);
  }
  .status-badge--action {
    color: var(--_saar-color-error);
  }
  .status-badge--success {
    color: var(--_saar-color-success);
  }
  .status-badge--ended {
    color: var(--_saar-color-text-muted);
  }
  @media (forced-colors: active) {
    .status-badge {
      color: CanvasText;
    }
  }
`;
