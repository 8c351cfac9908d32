/**
 * `<saar-service-finder>`: a citizen finds a service in their own words, sees what it takes and
 * which office is responsible for their town, and may apply online.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Area } from '../api/schemas/area.js';
import type { ServiceSummary } from '../api/schemas/service.js';
import { ADDRESSEES, TOPIC_FIELDS, type Addressee, type TopicField } from '../api/vocabulary.js';
import { isAbortError } from '../api/errors.js';
import { SaarElement } from '../shared/saar-element.js';
import { buttonStyles } from '../shared/styles.js';
import { applyTarget } from './apply-link.js';
import { loadCatalogue, loadIndex } from './catalogue-cache.js';
import { SaarServiceOpenEvent, SaarServiceSelectEvent, SaarTownChangeEvent } from './events.js';
import { nextActiveIndex } from './keyboard.js';
import { resultCountText, text } from './messages.js';
import { renderDetail, renderFailure, type Loadable } from './render-detail.js';
import {
  renderBrowse,
  renderNoResults,
  renderResults,
  type BrowseSelection,
} from './render-lists.js';
import { suggestQuery, type SearchHit } from './search/index.js';
import { finderStyles } from './styles.js';
import { localText } from './text-in-locale.js';
import { TownPicker } from './town-picker.js';

/** Pause after typing before the result count is announced, so it is not read per keystroke. */
const ANNOUNCE_DELAY_MS = 600;

/**
 * Finds services in the citizen's own words and shows the office responsible for their town.
 *
 * @tag saar-service-finder
 * @fires saar-service-select - The citizen chose "Online beantragen"; cancel it to handle the application yourself.
 * @fires saar-service-open - The citizen opened a service's details.
 * @fires saar-town-change - The citizen chose or changed their town.
 * @csspart base - The widget's frame.
 * @csspart heading - The widget's heading.
 * @csspart search-input - The search box.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart browse - Browsing by life situation and topic.
 * @csspart detail - A service's details.
 * @csspart office - The responsible office.
 * @csspart apply - The "apply online" area.
 * @csspart apply-button - The "apply online" link or button.
 * @csspart town-input - The town search box.
 * @csspart error - An error message with its retry button.
 * @csspart no-results - Help when nothing was found.
 */
export class SaarServiceFinder extends SaarElement {
  static override styles = [SaarElement.styles, buttonStyles, finderStyles];

  /** The town, preset by the webmaster: regional key (ARS, 12 digits) or municipality key (AGS, 8 digits). */
  @property({ reflect: true }) municipality: string | undefined;

  /** Only services of this OZG topic field, such as `familie_kind`. */
  @property({ attribute: 'topic-field' }) topicField: TopicField | undefined;

  /** Only services for `citizens` or for `businesses`. */
  @property() addressee: Addressee | undefined;

  /** How many results to show at most. */
  @property({ type: Number }) limit = 10;

  /**
   * Where "Online beantragen" leads for the portal's own forms: a URL template with `{serviceId}`,
   * `{leikaKey}` and `{ars}`, relative to the page. Without it, the event alone.
   */
  @property({ attribute: 'apply-url' }) applyUrl: string | undefined;

  @state() private query = '';
  @state() private activeIndex = -1;
  @state() private selected: ServiceSummary | undefined;
  @state() private browse: BrowseSelection;
  @state() private chosenArea: Area | undefined;
  @state() private changingTown = false;
  @state() private announcement = '';

  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingFocus: string | undefined;
  private cachedHits: { key: string; hits: SearchHit[] } | undefined;

  private readonly townPicker = new TownPicker(
    this,
    () => this.client,
    (area) => this.chooseTown(area),
  );

  private readonly catalogueTask = new Task(this, {
    task: ([client, locale]) => loadCatalogue(client, locale),
    args: () => [this.client, this.locale] as const,
  });

  private readonly indexTask = new Task(this, {
    task: ([catalogue, locale]) => (catalogue ? loadIndex(catalogue, locale) : initialState),
    args: () => [this.catalogueTask.value, this.locale] as const,
  });

  private readonly presetAreaTask = new Task(this, {
    task: ([client, key], { signal }) => (key ? client.getArea(key, { signal }) : initialState),
    args: () => [this.client, this.municipality?.trim()] as const,
  });

  private readonly serviceTask = new Task(this, {
    task: ([client, id], { signal }) => (id ? client.getService(id, { signal }) : initialState),
    args: () => [this.client, this.selected?.id, this.locale] as const,
  });

  private readonly routesTask = new Task(this, {
    task: ([client, leikaKey, ars], { signal }) =>
      leikaKey && ars
        ? client.getRoutes(leikaKey, ars, { signal }).then((list) => list.routes)
        : initialState,
    args: () => [this.client, this.selected?.leikaKey, this.area?.ars] as const,
  });

  /** The citizen's town: chosen on the page, else the preset one. */
  get area(): Area | undefined {
    return this.chosenArea ?? this.presetAreaTask.value;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      if (target) {
        this.pendingFocus = undefined;
        target.focus();
      }
    }
  }

  protected override render(): TemplateResult {
    return html`<div class="finder" part="base">
      ${this.renderHeading()} ${this.renderTownBar()}
      ${this.selected ? this.renderDetailView(this.selected) : this.renderSearch()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  private renderHeading(): TemplateResult {
    return html`<h2 part="heading">${text.heading()}</h2>`;
  }

  private renderTownBar(): TemplateResult | typeof nothing {
    const area = this.area;
    const presetFailed =
      this.municipality && this.presetAreaTask.status === TaskStatus.ERROR && !this.chosenArea;
    if (this.changingTown || presetFailed) {
      return html`<div class="town">
        ${presetFailed ? html`<p role="alert">${text.townUnknown()}</p>` : nothing}
        ${this.townPicker.render('town')}
      </div>`;
    }
    if (!area) return nothing;
    return html`<div class="town-bar">
      <span>${text.townChosen()} <strong>${area.name}</strong></span>
      <button type="button" class="link-button" @click=${this.startChangingTown}>
        ${text.townChange()}
      </button>
    </div>`;
  }

  private renderSearch(): TemplateResult {
    const hits = this.hits();
    const expanded = this.query.trim() !== '' && hits.length > 0;
    const active = expanded && this.activeIndex >= 0 ? `result-${this.activeIndex}` : undefined;
    return html`
      <div class="search">
        <label id="search-label" for="search">${text.searchLabel()}</label>
        <p id="search-hint" class="hint">${text.searchHint()}</p>
        <input
          id="search"
          part="search-input"
          type="text"
          role="combobox"
          aria-labelledby="search-label"
          autocomplete="off"
          enterkeyhint="search"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="results"
          aria-describedby="search-hint"
          aria-activedescendant=${active ?? nothing}
          .value=${this.query}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
      </div>
      ${this.renderBody(hits)}
    `;
  }

  private renderBody(hits: SearchHit[]): TemplateResult {
    const catalogue = this.catalogueTask;
    // Always in the DOM, so the combobox's aria-controls never points at nothing.
    const emptyList = html`<ul
      id="results"
      role="listbox"
      aria-label=${text.resultsLabel()}
      hidden
    ></ul>`;
    if (catalogue.status === TaskStatus.ERROR) {
      return html`${emptyList}${renderFailure(text.catalogueFailed(), catalogue.error, () => void catalogue.run())}`;
    }
    const index = this.indexTask.value;
    if (!index) {
      const label = catalogue.value ? text.preparing() : text.loadingCatalogue();
      return html`${emptyList}
        <div class="loading" aria-busy="true">
          <p class="hint">${label}</p>
          <div class="skeleton" aria-hidden="true"></div>
          <div class="skeleton short" aria-hidden="true"></div>
          <div class="skeleton" aria-hidden="true"></div>
        </div>`;
    }
    if (this.query.trim() === '') {
      return html`${emptyList}${renderBrowse(index, this.browse, this.locale, this.acceptService, {
        select: this.selectBrowse,
        choose: this.chooseService,
      })}`;
    }
    if (hits.length === 0) {
      return html`${emptyList}${renderNoResults(this.query, suggestQuery(index, this.query), this.applySuggestion)}
      ${renderBrowse(index, undefined, this.locale, this.acceptService, {
        select: this.selectBrowse,
        choose: this.chooseService,
      })}`;
    }
    return renderResults(hits, this.activeIndex, this.locale, this.chooseService);
  }

  private renderDetailView(selected: ServiceSummary): TemplateResult {
    const service = toLoadable(this.serviceTask);
    const routes = this.area ? toLoadable(this.routesTask) : undefined;
    const full = service.kind === 'done' ? service.value : undefined;
    const apply = full
      ? applyTarget(full, this.applyUrl, this.area?.ars, location.href)
      : undefined;
    return renderDetail(
      {
        locale: this.locale,
        service,
        routes,
        area: this.area,
        apply,
        onApply: (event) => full && this.onApply(event, full, apply?.href),
        onBack: this.backToSearch,
        townPicker: () => this.townPicker.render('office-town'),
      },
      localText(selected.name, this.locale),
    );
  }

  /** Hits for the current query and filters, computed once per change (rendering repeats). */
  private hits(): SearchHit[] {
    const index = this.indexTask.value;
    const query = this.query.trim();
    if (!index || query === '') return [];
    const key = [index.locale, this.query, this.topicField, this.addressee, this.limit].join(
      '\u0000',
    );
    if (this.cachedHits?.key !== key) {
      const hits = index.search(this.query, {
        limit: Math.max(1, this.limit),
        topicField: validTopic(this.topicField),
        addressee: validAddressee(this.addressee),
      });
      this.cachedHits = { key, hits };
    }
    return this.cachedHits.hits;
  }

  private readonly acceptService = (service: ServiceSummary): boolean => {
    const topic = validTopic(this.topicField);
    const addressee = validAddressee(this.addressee);
    return (
      (!topic || service.topicField === topic) &&
      (!addressee || service.addressees.includes(addressee))
    );
  };

  private readonly onSearchInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.activeIndex = -1;
    this.scheduleAnnouncement();
  };

  private readonly onSearchKeydown = (event: KeyboardEvent) => {
    const hits = this.hits();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.activeIndex >= 0) this.activeIndex = -1;
      else if (this.query) {
        this.query = '';
        this.scheduleAnnouncement();
      }
      return;
    }
    if (event.key === 'Enter') {
      const hit = hits[this.activeIndex];
      if (hit) {
        event.preventDefault();
        this.chooseService(hit.service);
      }
      return;
    }
    const next = nextActiveIndex(event.key, this.activeIndex, hits.length);
    if (next === undefined) return;
    event.preventDefault();
    this.activeIndex = next;
    this.renderRoot.querySelector(`#result-${next}`)?.scrollIntoView({ block: 'nearest' });
  };

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const query = this.query.trim();
      this.announcement =
        query && this.indexTask.value
          ? this.localize(() => resultCountText(this.hits().length))
          : '';
    }, ANNOUNCE_DELAY_MS);
  }

  private readonly chooseService = (service: ServiceSummary) => {
    this.selected = service;
    this.activeIndex = -1;
    this.pendingFocus = '#detail-heading';
    this.emit(new SaarServiceOpenEvent({ serviceId: service.id }));
  };

  private readonly backToSearch = () => {
    this.selected = undefined;
    this.pendingFocus = this.browse && !this.query ? '#browse-heading' : '#search';
  };

  private readonly selectBrowse = (selection: BrowseSelection) => {
    this.browse = selection;
    this.pendingFocus = selection ? '#browse-heading' : '#search';
  };

  private readonly applySuggestion = (suggestion: string) => {
    this.query = suggestion;
    this.pendingFocus = '#search';
    this.scheduleAnnouncement();
  };

  private readonly startChangingTown = () => {
    this.changingTown = true;
    this.pendingFocus = '#town-input';
  };

  private chooseTown(area: Area): void {
    this.chosenArea = area;
    const wasChanging = this.changingTown;
    this.changingTown = false;
    this.announcement = this.localize(() => `${text.townChosen()} ${area.name}`);
    this.pendingFocus = wasChanging || !this.selected ? '.town-bar button' : '#office-heading';
    this.emit(new SaarTownChangeEvent({ area }));
  }

  private onApply(
    event: Event,
    service: Parameters<typeof applyTarget>[0],
    href: string | undefined,
  ): void {
    const proceed = this.emit(new SaarServiceSelectEvent({ service, area: this.area, href }));
    if (!proceed) event.preventDefault();
  }
}

function validTopic(value: string | undefined): TopicField | undefined {
  return (TOPIC_FIELDS as readonly string[]).includes(value ?? '')
    ? (value as TopicField)
    : undefined;
}

function validAddressee(value: string | undefined): Addressee | undefined {
  return (ADDRESSEES as readonly string[]).includes(value ?? '') ? (value as Addressee) : undefined;
}

/** A task's state in the shape the detail view renders. */
function toLoadable<T>(task: Task<readonly unknown[], T>): Loadable<T> {
  if (task.status === TaskStatus.COMPLETE && task.value !== undefined)
    return { kind: 'done', value: task.value };
  if (task.status === TaskStatus.ERROR && !isAbortError(task.error)) {
    return { kind: 'failed', error: task.error, retry: () => void task.run() };
  }
  return { kind: 'pending' };
}

declare global {
  interface HTMLElementTagNameMap {
    'saar-service-finder': SaarServiceFinder;
  }
}
