/**
 * What the office section says beyond the office itself: that the service does not exist in the
 * town (a town without a tree-protection bylaw issues no felling permit), or that the place of
 * the event decides (a birth or death is registered where it happened), with the question for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Area } from '../api/schemas/area.js';
import type { Locale } from '../api/schemas/common.js';
import type { NotOffered, RoutingBasis } from '../api/schemas/route.js';
import { eventPlaceText, text } from './messages.js';
import { localText } from '../ui/local-text.js';

/** Where the event happened, for services routed by it. */
export interface EventPlaceView {
  /** The place the citizen named; until then the office shown is the one for their town. */
  area: Area | undefined;
  /** The picker asking for the place. */
  picker: () => TemplateResult;
}

/** The rule and the question for services routed by the place of an event; nothing otherwise. */
export function renderEventPlace(
  routedBy: RoutingBasis,
  eventPlace: EventPlaceView,
  town: Area | undefined,
): TemplateResult | typeof nothing {
  if (routedBy === 'residence') return nothing;
  return html`<div class="event-place" part="event-place">
    <p>${eventPlaceText(routedBy).rule}</p>
    ${!eventPlace.area && town ? html`<p>${text.eventPlaceAssumed(town.name)}</p>` : nothing}
    ${eventPlace.picker()}
  </div>`;
}

/** The plain statement that the service does not exist in the town, and why. */
export function renderNotOffered(
  notOffered: NotOffered,
  town: Area | undefined,
  locale: Locale,
): TemplateResult {
  return html`<div class="not-offered" part="not-offered">
    ${town ? html`<p class="not-offered-title">${text.notOfferedIn(town.name)}</p>` : nothing}
    <p>${localText(notOffered.reason, locale)}</p>
  </div>`;
}
