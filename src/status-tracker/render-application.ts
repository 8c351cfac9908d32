/**
 * One application: the current status prominent, what the office needs when it needs something,
 * whether the page is live, the history as an ordered list (newest first), and who is
 * responsible. Statuses are always words; the badge's colour and shape only repeat them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Application } from '../api/schemas/application.js';
import type { StatusEvent } from '../api/schemas/status.js';
import type { Locale } from '../api/vocabulary.js';
import { localText } from '../ui/local-text.js';
import { renderStatusBadge } from '../ui/status-badge.js';
import type { LiveState } from './live-status.js';
import { statusExplanation, text } from './messages.js';

/** The responsible office as far as the portal knows it (only sourced facts). */
export interface OfficeView {
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  websiteUrl?: string | undefined;
  /** How long processing usually takes, in words. */
  processingTime?: string | TemplateResult | undefined;
}

/** What the application view shows. */
export interface ApplicationView {
  application: Application;
  locale: Locale;
  office: OfficeView;
  live: LiveState;
  /** When the portal last answered. */
  confirmedAt: Date | undefined;
  onRefresh: () => void;
  /** The form that answers `ACTION_REQUIRED` with documents, when the citizen may send them. */
  documents?: TemplateResult | undefined;
  /** Whether the citizen's documents just arrived (said until the next change). */
  documentsSent?: boolean;
}

/** A time as the citizen's locale writes it, in German time (where the office is). */
export function formatTime(iso: string | Date, locale: Locale, withDate = true): string {
  return new Intl.DateTimeFormat(locale === 'de-x-ls' ? 'de' : locale, {
    ...(withDate ? { dateStyle: 'long' } : {}),
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** The application's page in the tracker. */
export function renderApplication(view: ApplicationView): TemplateResult {
  const { application, locale } = view;
  const latest = application.events.at(-1);
  return html`<section class="application" part="application" aria-labelledby="application-heading">
    <h2 id="application-heading" tabindex="-1">${localText(application.serviceName, locale)}</h2>
    <p class="meta">
      ${text.referenceLine(application.reference)}<br />
      ${text.submittedOn(formatTime(application.submittedAt, locale))}
    </p>
    <div
      class="current status-panel status-panel--${application.status.toLowerCase()}"
      part="current"
    >
      <h3>${text.currentStatus()}</h3>
      <p class="current-badge">${renderStatusBadge(application.status)}</p>
      <p>${statusExplanation(application.status)}</p>
    </div>
    ${
      view.documentsSent
        ? html`<p class="success" id="documents-sent" tabindex="-1">${text.documentsSent()}</p>`
        : nothing
    }
    ${application.status === 'ACTION_REQUIRED' ? renderAction(latest, locale, view.documents) : nothing}
    ${renderLive(view)}
    <section class="history" aria-labelledby="history-heading">
      <h3 id="history-heading">${text.history()}</h3>
      <ol class="timeline" reversed>
        ${[...application.events].reverse().map((event) => renderEvent(event, locale))}
      </ol>
    </section>
    ${renderOffice(view.office)}
  </section>`;
}

/** What the office needs, and the way to do it. */
function renderAction(
  event: StatusEvent | undefined,
  locale: Locale,
  documents: TemplateResult | undefined,
): TemplateResult {
  const details = event?.status === 'ACTION_REQUIRED' ? event.details : undefined;
  return html`<div class="action" part="action">
    <h3>${text.actionHeading()}</h3>
    <p>${details ? localText(details, locale) : text.actionNoDetails()}</p>
    ${
      event?.actionUrl
        ? html`<p>
            <a class="button button--primary" href=${event.actionUrl} rel="noopener"
              >${text.actionLink()}</a
            >
          </p>`
        : nothing
    }
    ${documents ?? nothing}
  </div>`;
}

/** Whether the page is live, and since when the citizen sees an older state. */
function renderLive(view: ApplicationView): TemplateResult | typeof nothing {
  const since = view.confirmedAt ? formatTime(view.confirmedAt, view.locale, false) : '';
  const refresh = html`<button type="button" class="link-button" @click=${view.onRefresh}>
    ${text.refresh()}
  </button>`;
  switch (view.live.kind) {
    case 'connecting':
      return html`<p class="live-state live-state--connecting" part="live-state">
        ${text.connecting()}
      </p>`;
    case 'live':
      return html`<p class="live-state live-state--live" part="live-state">${text.live()}</p>`;
    case 'reconnecting':
      return html`<p class="live-state" part="live-state">${text.reconnecting()} ${refresh}</p>`;
    case 'polling':
      return html`<p class="live-state" part="live-state">${text.polling(since)} ${refresh}</p>`;
    case 'offline':
      return html`<p class="live-state live-state--offline" part="live-state">
        ${text.offline(since)}
      </p>`;
    case 'ended':
      return html`<p class="live-state" part="live-state">${text.ended()}</p>`;
    case 'idle':
    case 'refused':
      return nothing;
  }
}

function renderEvent(event: StatusEvent, locale: Locale): TemplateResult {
  return html`<li class="event">
    <p class="event-status">${renderStatusBadge(event.status)}</p>
    <p class="event-time"><time datetime=${event.at}>${formatTime(event.at, locale)}</time></p>
    ${event.details ? html`<p class="event-details">${localText(event.details, locale)}</p>` : nothing}
  </li>`;
}

function renderOffice(office: OfficeView): TemplateResult {
  return html`<section class="office" part="office" aria-labelledby="office-heading">
    <h3 id="office-heading">${text.office()}</h3>
    <p class="office-name">${office.name}</p>
    <dl class="contact">
      ${
        office.processingTime
          ? html`<div>
              <dt>${text.processingTime()}</dt>
              <dd>${office.processingTime}</dd>
            </div>`
          : nothing
      }
      ${
        office.phone
          ? html`<div>
              <dt>${text.phone()}</dt>
              <dd><a href="tel:${office.phone.replace(/[^+\d]/g, '')}">${office.phone}</a></dd>
            </div>`
          : nothing
      }
      ${
        office.email
          ? html`<div>
              <dt>${text.email()}</dt>
              <dd><a href="mailto:${office.email}">${office.email}</a></dd>
            </div>`
          : nothing
      }
    </dl>
    ${
      office.websiteUrl
        ? html`<p><a href=${office.websiteUrl} rel="noopener">${text.website()}</a></p>`
        : nothing
    }
  </section>`;
}
