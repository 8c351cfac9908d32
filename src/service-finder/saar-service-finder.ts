/**
 * `<saar-service-finder>`: a citizen finds a service in their own words, sees what it takes and
 * which office is responsible for their town, and may apply online.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Area } from '../api/schemas/area.js';
import type { ServiceSummary } from '../api/schemas/service.js';
import { ADDRESSEES, TOPIC_FIELDS, type Addressee, type TopicField } from '../api/vocabulary.js';
import { isAbortError } from '../api/errors.js';
import { SaarElement } from '../shared/saar-element.js';
import { buttonStyles } from '../shared/styles.js';
import { AreaPicker } from '../ui/area-picker/area-picker.js';
import { ComboboxController } from '../ui/combobox/combobox-controller.js';
import { renderComboboxInput, renderListbox } from '../ui/combobox/listbox.js';
import { comboboxStyles } from '../ui/combobox/styles.js';
import { feedbackStyles, renderFailure, renderLoading } from '../ui/feedback.js';
import { FocusController } from '../ui/focus.js';
import { LiveRegionController } from '../ui/live-region.js';
import { formTextStyles } from '../ui/text-styles.js';
import { applyTarget } from './apply-link.js';
import { loadCatalogue, loadIndex } from './catalogue-cache.js';
import { SaarServiceOpenEvent, SaarServiceSelectEvent, SaarTownChangeEvent } from './events.js';
import { eventPlaceText, resultCountText, text } from './messages.js';
import { FAILURE_ID, renderDetail, type Loadable } from './render-detail.js';
import {
  renderBrowse,
  renderNoResults,
  renderResultOption,
  type BrowseSelection,
} from './render-lists.js';
import { suggestQuery, type SearchHit } from './search/index.js';
import { finderStyles } from './styles.js';
import { localText } from '../ui/local-text.js';

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
 * @csspart event-place - Where a birth, death or wedding happened, which decides the office.
 * @csspart not-offered - The statement that the service does not exist in the town.
 * @csspart apply - The "apply online" area.
 * @csspart apply-button - The "apply online" link or button.
 * @csspart town-input - The town search box.
 * @csspart error - An error message with its retry button.
 * @csspart no-results - Help when nothing was found.
 */
export class SaarServiceFinder extends SaarElement {
  static override styles = [
    SaarElement.styles,
    buttonStyles,
    formTextStyles,
    comboboxStyles,
    feedbackStyles,
    finderStyles,
  ];

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
  @state() private selected: ServiceSummary | undefined;
  @state() private browse: BrowseSelection;
  @state() private chosenArea: Area | undefined;
  /** Where the event happened, for a service routed by it (reset with each service). */
  @state() private eventArea: Area | undefined;
  @state() private changingTown = false;

  private cachedHits: { key: string; hits: SearchHit[] } | undefined;

  private readonly searchBox = new ComboboxController<SearchHit>(this, {
    ids: { input: 'search', listbox: 'results', option: (index) => `result-${index}` },
    options: () => this.hits(),
    onChoose: (hit) => this.chooseService(hit.service),
    onClear: () => {
      this.query = '';
      this.announceResultCount();
    },
  });

  /** The town bar's picker (no town preset, or "change town"). */
  private readonly townPicker = new AreaPicker(this, {
    idPrefix: 'town',
    client: () => this.client,
    onChoose: (area) => this.chooseTown(area),
  });

  /** The picker inside a service's "responsible office" section. */
  private readonly officeTownPicker = new AreaPicker(this, {
    idPrefix: 'office-town',
    client: () => this.client,
    onChoose: (area) => this.chooseTown(area),
  });

  /** The picker for the place of a birth, death or wedding, whose registry office is responsible. */
  private readonly eventPlacePicker = new AreaPicker(this, {
    idPrefix: 'event-place',
    client: () => this.client,
    onChoose: (area) => this.chooseEventPlace(area),
    label: () => this.eventPlaceQuestion(),
    hint: () => text.eventPlaceHint(),
  });

  private readonly liveRegion = new LiveRegionController(this);
  private readonly focusControl = new FocusController(this);
  /** Ids of the elements focus goes to (see FocusController). */
  private readonly targets = {
    heading: 'finder-heading',
    browseHeading: 'browse-heading',
    detailHeading: 'detail-heading',
    officeHeading: 'office-heading',
    failure: FAILURE_ID,
    townChange: 'town-change',
    townInput: this.townPicker.inputId,
    search: this.searchBox.ids.input,
  };

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
      leikaKey && ars ? client.getRoutes(leikaKey, ars, { signal }) : initialState,
    // For a service routed by an event, the place the citizen named replaces their town.
    args: () => [this.client, this.selected?.leikaKey, (this.eventArea ?? this.area)?.ars] as const,
  });

  /** The citizen's town: chosen on the page, else the preset one. */
  get area(): Area | undefined {
    return this.chosenArea ?? this.presetAreaTask.value;
  }

  protected override render(): TemplateResult {
    return html`<div class="finder" part="base">
      ${this.renderHeading()} ${this.renderTownBar()}
      ${this.selected ? this.renderDetailView(this.selected) : this.renderSearch()}
      ${this.liveRegion.render()}
    </div>`;
  }

  private renderHeading(): TemplateResult {
    return html`<h2 part="heading" id=${this.targets.heading}>${text.heading()}</h2>`;
  }

  private renderTownBar(): TemplateResult | typeof nothing {
    const area = this.area;
    const presetFailed =
      this.municipality && this.presetAreaTask.status === TaskStatus.ERROR && !this.chosenArea;
    if (this.changingTown || presetFailed) {
      return html`<div class="town">
        ${presetFailed ? html`<p role="alert">${text.townUnknown()}</p>` : nothing}
        ${this.townPicker.render()}
      </div>`;
    }
    if (!area) return nothing;
    return html`<div class="town-bar">
      <span>${text.townChosen()} <strong>${area.name}</strong></span>
      <button
        type="button"
        class="link-button"
        @click=${this.startChangingTown}
        id=${this.targets.townChange}
      >
        ${text.townChange()}
      </button>
    </div>`;
  }

  private renderSearch(): TemplateResult {
    const hits = this.hits();
    return html`
      <div class="search">
        <label id="search-label" for="search">${text.searchLabel()}</label>
        <p id="search-hint" class="hint">${text.searchHint()}</p>
        ${renderComboboxInput(this.searchBox, {
          labelledBy: 'search-label',
          describedBy: 'search-hint',
          value: this.query,
          onInput: this.onSearchInput,
          part: 'search-input',
          enterKeyHint: 'search',
        })}
      </div>
      ${renderListbox(this.searchBox, hits, (hit) => renderResultOption(hit, this.locale), {
        label: text.resultsLabel(),
        className: 'results',
        part: 'results',
        optionPart: 'result',
      })}
      ${this.renderBody(hits)}
    `;
  }

  private renderBody(hits: SearchHit[]): TemplateResult | typeof nothing {
    const catalogue = this.catalogueTask;
    if (catalogue.status === TaskStatus.ERROR) {
      return renderFailure({
        what: text.catalogueFailed(),
        error: catalogue.error,
        retry: () => this.retry(() => void catalogue.run(), this.targets.search),
        id: this.targets.failure,
      });
    }
    const index = this.indexTask.value;
    if (!index) {
      return renderLoading(catalogue.value ? text.preparing() : text.loadingCatalogue());
    }
    const on = { select: this.selectBrowse, choose: this.chooseService };
    if (this.query.trim() === '') {
      return renderBrowse(index, this.browse, this.locale, this.acceptService, on);
    }
    if (hits.length === 0) {
      return html`${renderNoResults(this.query, suggestQuery(index, this.query), this.applySuggestion)}
      ${renderBrowse(index, undefined, this.locale, this.acceptService, on)}`;
    }
    return nothing;
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
        eventPlace: { area: this.eventArea, picker: () => this.eventPlacePicker.render() },
        apply,
        onApply: (event) => full && this.onApply(event, full, apply?.href),
        onBack: this.backToSearch,
        townPicker: () => this.officeTownPicker.render(),
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
    this.announceResultCount();
  };

  /** Announces how many services match once typing pauses (not per keystroke). */
  private announceResultCount(): void {
    this.liveRegion.announceLater(() =>
      this.query.trim() && this.indexTask.value
        ? this.localize(() => resultCountText(this.hits().length))
        : '',
    );
  }

  /** Retries, then focuses `target` (else the failure block): the button itself goes away. */
  private retry(run: () => void, target: string): void {
    run();
    this.focusControl.focusAfterUpdate(target, this.targets.failure, this.targets.heading);
  }

  private readonly chooseService = (service: ServiceSummary) => {
    this.selected = service;
    this.eventArea = undefined;
    this.focusControl.focusAfterUpdate(this.targets.detailHeading, this.targets.heading);
    this.emit(new SaarServiceOpenEvent({ serviceId: service.id }));
  };

  private readonly backToSearch = () => {
    this.selected = undefined;
    this.eventArea = undefined;
    this.searchBox.reset();
    if (this.browse && !this.query) {
      this.focusControl.focusAfterUpdate(this.targets.browseHeading, this.targets.search);
    } else {
      this.focusControl.focusAfterUpdate(this.targets.search);
    }
  };

  private readonly selectBrowse = (selection: BrowseSelection) => {
    this.browse = selection;
    if (selection)
      this.focusControl.focusAfterUpdate(this.targets.browseHeading, this.targets.search);
    else this.focusControl.focusAfterUpdate(this.targets.search);
  };

  private readonly applySuggestion = (suggestion: string) => {
    this.query = suggestion;
    this.searchBox.reset();
    this.focusControl.focusAfterUpdate(this.targets.search);
    this.announceResultCount();
  };

  private readonly startChangingTown = () => {
    this.changingTown = true;
    this.focusControl.focusAfterUpdate(this.targets.townInput);
  };

  private chooseTown(area: Area): void {
    this.chosenArea = area;
    const wasChanging = this.changingTown;
    this.changingTown = false;
    this.liveRegion.announce(this.localize(() => `${text.townChosen()} ${area.name}`));
    if (wasChanging || !this.selected) {
      this.focusControl.focusAfterUpdate(this.targets.townChange, this.targets.heading);
    } else {
      this.focusControl.focusAfterUpdate(this.targets.officeHeading, this.targets.detailHeading);
    }
    this.emit(new SaarTownChangeEvent({ area }));
  }

  /** The question for the event's place, by the answer's routing basis. */
  private eventPlaceQuestion(): string {
    const basis = this.routesTask.value?.routedBy;
    return basis && basis !== 'residence' ? eventPlaceText(basis).question : text.eventPlaceHint();
  }

  private chooseEventPlace(area: Area): void {
    this.eventArea = area;
    this.liveRegion.announce(this.localize(() => text.responsibleFor(area.name)));
    this.focusControl.focusAfterUpdate(this.targets.officeHeading, this.targets.detailHeading);
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
