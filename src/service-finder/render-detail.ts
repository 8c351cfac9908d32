/** The detail view of a service: what it takes, who is responsible, and how to apply online. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Area } from '../api/schemas/area.js';
import type { Locale } from '../api/schemas/common.js';
import type { ProcessingDuration, Route, RouteList } from '../api/schemas/route.js';
import type { Service, ServiceTexts } from '../api/schemas/service.js';
import { renderFailure, renderLoading } from '../ui/feedback.js';
import { trustLevelText } from '../ui/labels.js';
import type { ApplyTarget } from './apply-link.js';
import type { HeadingLevels } from './headings.js';
import { text } from './messages.js';
import { groupOpeningHours } from './opening-hours.js';
import {
  renderEventPlace,
  renderNotOffered,
  type EventPlaceView,
} from './render-responsibility.js';
import { localText, paragraphs } from '../ui/local-text.js';

/** Id of a failure block, where focus goes when its retry button disappears. */
export const FAILURE_ID = 'failure';

/** The state of something the detail view loads. */
export type Loadable<T> =
  | { kind: 'pending' }
  | { kind: 'done'; value: T }
  | { kind: 'failed'; error: unknown; retry: () => void };

/** What the detail view shows. */
export interface DetailView {
  locale: Locale;
  /** Levels of the headings in the host page's outline. */
  levels: HeadingLevels;
  service: Loadable<Service>;
  /** Who is responsible; `undefined` while no town is chosen. */
  routes: Loadable<RouteList> | undefined;
  area: Area | undefined;
  /** Where the event happened, for services routed by it (birth, death, wedding). */
  eventPlace: EventPlaceView;
  apply: ApplyTarget | undefined;
  onApply: (event: Event) => void;
  onBack: () => void;
  /** The town picker, shown when the office needs a town. */
  townPicker: () => TemplateResult;
}

const SECTIONS: Array<[keyof ServiceTexts, () => string]> = [
  ['description', text.description],
  ['prerequisites', text.prerequisites],
  ['requiredDocuments', text.documents],
  ['costs', text.costs],
  ['deadlines', text.deadlines],
  ['processingTime', text.processingTime],
];

/** Renders the detail view; the heading takes focus when it opens (see the element). */
export function renderDetail(view: DetailView, heading: TemplateResult | string): TemplateResult {
  return html`
    <section class="detail" part="detail" aria-labelledby="detail-heading">
      <button type="button" class="button button--secondary back" @click=${view.onBack}>
        <span aria-hidden="true">←</span> ${text.backToResults()}
      </button>
      <h3 id="detail-heading" tabindex="-1" aria-level=${view.levels.aria(1)}>${heading}</h3>
      ${renderService(view)}
    </section>
  `;
}

function renderService(view: DetailView): TemplateResult {
  const { service } = view;
  if (service.kind === 'pending') return renderLoading('', 2);
  if (service.kind === 'failed') {
    return renderFailure({
      what: text.detailFailed(),
      error: service.error,
      retry: service.retry,
      id: FAILURE_ID,
    });
  }
  const value = service.value;
  const shown = [value.summary, ...SECTIONS.map(([key]) => value.texts[key])].filter(
    (module) => module !== undefined,
  );
  // Said in the citizen's language, before the German text: why it is not in theirs.
  const germanOnly =
    view.locale !== 'de' && shown.some((module) => module[view.locale] === undefined);
  return html`
    ${germanOnly ? html`<p class="note german-only">${text.germanOnly()}</p>` : nothing}
    ${value.summary ? html`<p class="lead">${localText(value.summary, view.locale)}</p>` : nothing}
    ${SECTIONS.map(([key, title]) => {
      const module = value.texts[key];
      return module
        ? html`<h4 aria-level=${view.levels.aria(2)}>${title()}</h4>
            ${paragraphs(module, view.locale)}`
        : nothing;
    })}
    ${renderApply(view)} ${renderOffice(view)}
  `;
}

function renderApply(view: DetailView): TemplateResult {
  const { apply } = view;
  if (!apply) return html`<p class="note">${text.notOnline()}</p>`;
  const needs = html`<p class="hint">${text.applyNeeds()} ${trustLevelText(apply.trustLevel)}</p>`;
  const label = text.applyOnline();
  return html`<div class="apply" part="apply">
    ${
      apply.href
        ? html`<a
            class="button button--primary"
            part="apply-button"
            href=${apply.href}
            @click=${view.onApply}
            >${label}</a
          >`
        : html`<button
            type="button"
            class="button button--primary"
            part="apply-button"
            @click=${view.onApply}
          >
            ${label}
          </button>`
    }
    ${needs}
  </div>`;
}

function renderOffice(view: DetailView): TemplateResult {
  const place = view.eventPlace.area ?? view.area;
  const title = place ? text.responsibleFor(place.name) : text.responsible();
  return html`<section class="office" part="office" aria-labelledby="office-heading">
    <h4 id="office-heading" tabindex="-1" aria-level=${view.levels.aria(2)}>${title}</h4>
    ${officeBody(view)}
  </section>`;
}

function officeBody(view: DetailView): TemplateResult {
  const { routes } = view;
  if (!routes)
    return html`<p>${text.chooseTownForOffice()}</p>
      ${view.townPicker()}`;
  if (routes.kind === 'pending') return renderLoading('', 1);
  if (routes.kind === 'failed') {
    return renderFailure({
      what: text.officeFailed(),
      error: routes.error,
      retry: routes.retry,
      id: FAILURE_ID,
    });
  }
  const list = routes.value;
  const place = view.eventPlace.area ?? view.area;
  return html`${renderEventPlace(list.routedBy, view.eventPlace, view.area)}
  ${officeAnswer(list, place, view.locale, view.levels)}`;
}

function officeAnswer(
  list: RouteList,
  place: Area | undefined,
  locale: Locale,
  levels: HeadingLevels,
): TemplateResult {
  if (list.notOffered) return renderNotOffered(list.notOffered, place, locale);
  if (list.routes.length === 0) {
    return html`<p>${text.noOffice()}</p>
      <p><a href="tel:115">${text.call115()}</a></p>`;
  }
  return html`${list.routes.map((route) => renderRoute(route, locale, levels))}`;
}

function renderRoute(route: Route, locale: Locale, levels: HeadingLevels): TemplateResult {
  const hours = groupOpeningHours(route.openingHours, locale);
  const contact = route.contactPersons[0];
  const duration = route.processingDuration ? durationText(route.processingDuration) : undefined;
  return html`<div class="route">
    <p class="route-name">${route.destinationName}</p>
    ${route.role === 'operator' ? html`<p class="hint">${text.operator()}</p>` : nothing}
    ${route.description ? html`<p>${localText(route.description, locale)}</p>` : nothing}
    ${
      route.address
        ? html`<p class="address">
            ${route.address.street} ${route.address.houseNumber ?? ''}<br />${route.address.zip}
            ${route.address.city}
          </p>`
        : nothing
    }
    ${
      hours.length > 0 || route.openingHoursNote
        ? html`<h5 aria-level=${levels.aria(3)}>${text.openingHours()}</h5>
            ${
              hours.length > 0
                ? html`<dl class="hours">
                    ${hours.map(
                      (day) =>
                        html`<div>
                          <dt>${day.dayName}</dt>
                          <dd>${day.periods.join(', ')}</dd>
                        </div>`,
                    )}
                  </dl>`
                : nothing
            }
            ${route.openingHoursNote ? html`<p class="hint">${localText(route.openingHoursNote, locale)}</p>` : nothing}`
        : nothing
    }
    <ul class="contact">
      ${contact?.tel ? html`<li>${text.phone()}: <a href="tel:${contact.tel.replace(/[^+\d]/g, '')}">${contact.tel}</a></li>` : nothing}
      ${contact?.email ? html`<li>${text.email()}: <a href="mailto:${contact.email}">${contact.email}</a></li>` : nothing}
      ${route.websiteUrl ? html`<li><a href=${route.websiteUrl} rel="noopener">${text.website()}</a></li>` : nothing}
      ${route.accessibilityUrl ? html`<li><a href=${route.accessibilityUrl} rel="noopener">${text.accessibility()}</a></li>` : nothing}
      ${route.privacyPolicyUrl ? html`<li><a href=${route.privacyPolicyUrl} rel="noopener">${text.privacy()}</a></li>` : nothing}
    </ul>
    ${duration ? html`<p>${text.processingTime()}: ${duration}</p>` : nothing}
  </div>`;
}

function durationText(duration: ProcessingDuration): string | undefined {
  const max = duration.maxDuration ?? duration.minDuration;
  if (max === undefined) return undefined;
  const min = duration.minDuration ?? max;
  if (duration.unit === 'days') return text.durationDays(min, max);
  if (duration.unit === 'weeks') return text.durationWeeks(min, max);
  return text.durationMonths(min, max);
}
