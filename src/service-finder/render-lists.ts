/** The result options, the browse overview and the "nothing found" help. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ServiceSummary } from '../api/schemas/service.js';
import { pickText, TOPIC_FIELDS, type Locale, type TopicField } from '../api/vocabulary.js';
import { levelName, topicFieldName } from '../ui/catalogue-labels.js';
import { localText } from '../ui/local-text.js';
import { text } from './messages.js';
import type { HeadingLevels } from './headings.js';
import { splitForHighlight, type SearchHit, type ServiceSearchIndex } from './search/index.js';

/** The last option of a cut result list: choosing it shows more. */
export const MORE_RESULTS = Symbol('more results');

/** An option of the results listbox: a hit, or "show more". */
export type ResultOption = SearchHit | typeof MORE_RESULTS;

/**
 * The "show more" option: an option of the listbox itself, so keyboard and screen-reader users
 * reach it with the arrow keys like any result and stay in the search box.
 */
export function renderMoreOption(remaining: number, step: number): TemplateResult {
  return html`<span class="more-results">
    <span aria-hidden="true">+</span> ${text.moreResults(remaining, step)}
  </span>`;
}

/** A service name with the matched words marked: segments rendered by the template, no HTML. */
function highlightedName(
  service: ServiceSummary,
  locale: Locale,
  terms: readonly string[],
): TemplateResult {
  const { text: name, lang } = pickText(service.name, locale);
  const segments = splitForHighlight(name, terms);
  const content = segments.map((segment) =>
    segment.match ? html`<mark>${segment.text}</mark>` : segment.text,
  );
  return lang === locale ? html`${content}` : html`<span lang=${lang}>${content}</span>`;
}

/** The content of one result option in the search combobox's listbox. */
export function renderResultOption(hit: SearchHit, locale: Locale): TemplateResult {
  return html`<span class="option-name"
      >${highlightedName(hit.service, locale, hit.matchedTerms)}</span
    >
    <span class="option-meta">
      ${levelName(hit.service.level)}${
        hit.service.onlineTrustLevel
          ? html` · <span class="badge">${text.onlineBadge()}</span>`
          : nothing
      }
    </span>`;
}

/** Help when nothing matches: a suggestion, and the way to browse instead. */
export function renderNoResults(
  query: string,
  suggestion: string | undefined,
  onSuggestion: (query: string) => void,
): TemplateResult {
  return html`<div class="no-results" part="no-results">
    <p>${text.noResults(query)}</p>
    ${
      suggestion
        ? html`<p>
            ${text.didYouMean()}
            <button type="button" class="link-button" @click=${() => onSuggestion(suggestion)}>
              ${suggestion}
            </button>
          </p>`
        : nothing
    }
    <p>${text.tryOther()}</p>
  </div>`;
}

/** What the citizen is browsing when the search box is empty. */
export type BrowseSelection =
  { kind: 'situation'; code: string } | { kind: 'topic'; field: TopicField } | undefined;

/** The browse view: life situations and topic fields, or the services of the one chosen. */
export function renderBrowse(
  index: ServiceSearchIndex,
  selection: BrowseSelection,
  locale: Locale,
  filter: (service: ServiceSummary) => boolean,
  on: {
    select: (selection: BrowseSelection) => void;
    choose: (service: ServiceSummary) => void;
  },
  levels: HeadingLevels,
): TemplateResult {
  if (selection) {
    const services = (
      selection.kind === 'situation'
        ? index.byLifeSituation(selection.code)
        : index.byTopicField(selection.field)
    ).filter(filter);
    const title =
      selection.kind === 'situation'
        ? localText(
            index.lifeSituations().find((entry) => entry.situation.code === selection.code)
              ?.situation.name ?? {
              de: selection.code,
            },
            locale,
          )
        : topicFieldName(selection.field);
    return html`<section class="browse" part="browse" aria-labelledby="browse-heading">
      <button
        type="button"
        class="button button--secondary back"
        @click=${() => on.select(undefined)}
      >
        <span aria-hidden="true">←</span> ${text.backToOverview()}
      </button>
      <h3 id="browse-heading" tabindex="-1" aria-level=${levels.aria(1)}>${title}</h3>
      <ul class="service-list">
        ${services.map(
          (service) =>
            html`<li>
              <button type="button" class="link-button" @click=${() => on.choose(service)}>
                ${localText(service.name, locale)}
              </button>
            </li>`,
        )}
      </ul>
    </section>`;
  }
  const situations = index.lifeSituations();
  const topics = TOPIC_FIELDS.filter((field) => index.byTopicField(field).some(filter));
  return html`<div class="browse" part="browse">
    <h3 aria-level=${levels.aria(1)}>${text.browseHeading()}</h3>
    <ul class="chips">
      ${situations.map(
        (entry) =>
          html`<li>
            <button
              type="button"
              class="chip"
              @click=${() => on.select({ kind: 'situation', code: entry.situation.code })}
            >
              ${localText(entry.situation.name, locale)}
            </button>
          </li>`,
      )}
    </ul>
    <h3 aria-level=${levels.aria(1)}>${text.topicsHeading()}</h3>
    <ul class="chips">
      ${topics.map(
        (field) =>
          html`<li>
            <button type="button" class="chip" @click=${() => on.select({ kind: 'topic', field })}>
              ${topicFieldName(field)}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}
