/**
 * A logged-in citizen's own applications, newest first, each with its current status in words,
 * and (when the page says where the form lives) the applications they started and saved.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Application } from '../api/schemas/application.js';
import type { Draft } from '../api/schemas/draft.js';
import type { ServiceSummary } from '../api/schemas/service.js';
import type { Locale } from '../api/vocabulary.js';
import { localText } from '../ui/local-text.js';
import { renderStatusBadge } from '../ui/status-badge.js';
import { text } from './messages.js';
import { formatTime } from './render-application.js';

/** What the list shows. */
export interface ListView {
  applications: readonly Application[];
  locale: Locale;
  onOpen(application: Application): void;
  /** Saved drafts with the address that continues each; none when the page has no form URL. */
  drafts: ReadonlyArray<{ draft: Draft; href: string; service: ServiceSummary | undefined }>;
}

/** The citizen's applications (and drafts). */
export function renderList(view: ListView): TemplateResult {
  const newestFirst = [...view.applications].sort((a, b) =>
    b.submittedAt.localeCompare(a.submittedAt),
  );
  return html`<section class="mine" part="list" aria-labelledby="list-heading">
    <h2 id="list-heading" tabindex="-1">${text.myApplications()}</h2>
    ${
      newestFirst.length === 0
        ? html`<p>${text.noApplications()}</p>`
        : html`<ul class="applications">
            ${newestFirst.map(
              (application) =>
                html`<li class="application-item">
                  <p class="item-name">${localText(application.serviceName, view.locale)}</p>
                  <p class="item-badge">${renderStatusBadge(application.status)}</p>
                  <p class="meta">
                    ${text.referenceLine(application.reference)} ·
                    ${text.submittedOn(formatTime(application.submittedAt, view.locale))}
                  </p>
                  <button
                    type="button"
                    class="button button--secondary"
                    @click=${() => view.onOpen(application)}
                  >
                    ${text.openApplication()}<span class="visually-hidden"
                      >: ${localText(application.serviceName, view.locale)},
                      ${application.reference}</span
                    >
                  </button>
                </li>`,
            )}
          </ul>`
    }
    ${view.drafts.length > 0 ? renderDrafts(view) : nothing}
  </section>`;
}

function renderDrafts(view: ListView): TemplateResult {
  return html`<section class="drafts" aria-labelledby="drafts-heading">
    <h3 id="drafts-heading">${text.drafts()}</h3>
    <ul class="applications">
      ${view.drafts.map(({ draft, href, service }) => {
        const name = service ? localText(service.name, view.locale) : draft.serviceId;
        return html`<li class="application-item">
          <p class="item-name">${name}</p>
          <p class="meta">${text.draftSaved(formatTime(draft.updatedAt, view.locale))}</p>
          <a class="button button--secondary" href=${href}
            >${text.continueDraft()}<span class="visually-hidden">: ${name}</span></a
          >
        </li>`;
      })}
    </ul>
  </section>`;
}
