/**
 * `<saar-service-finder>`: a citizen finds a service in their own words, sees what it takes and
 * which office is responsible for their town, and may apply online.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { PortalClient } from '../api/portal-client.js';
import type { Area } from '../api/schemas/area.js';
import type { Locale } from '../api/schemas/common.js';
import type { ServiceSummary } from '../api/schemas/service.js';
import { ADDRESSEES, TOPIC_FIELDS, type Addressee, type TopicField } from '../api/vocabulary.js';
import { HttpError, isAbortError } from '../api/errors.js';
import { SaarElement } from '../shared/saar-element.js';
import { buttonStyles } from '../shared/styles.js';
import { tellWebmaster } from '../shared/webmaster-console.js';
import { AreaPicker } from '../ui/area-picker/area-picker.js';
import { cardStyles } from '../ui/card-styles.js';
import { ComboboxController } from '../ui/combobox/combobox-controller.js';
import { renderComboboxInput, renderListbox } from '../ui/combobox/listbox.js';
import { comboboxStyles } from '../ui/combobox/styles.js';
import { explainFailure } from '../ui/explain-failure.js';
import { feedbackStyles, renderFailure, renderLoading } from '../ui/feedback.js';
import { FocusController } from '../ui/focus.js';
import { LiveRegionController } from '../ui/live-region.js';
import { formTextStyles } from '../ui/text-styles.js';
import { applyTarget } from './apply-link.js';
import { SaarServiceOpenEvent, SaarServiceSelectEvent, SaarTownChangeEvent } from './events.js';
import { HeadingLevels } from './headings.js';
import { eventPlaceText, moreShownText, resultCountText, text } from './messages.js';
import { FAILURE_ID, renderDetail, type Loadable } from './render-detail.js';
import {
  MORE_RESULTS,
  renderBrowse,
  renderMoreOption,
  renderNoResults,
  renderResultOption,
  type BrowseSelection,
  type ResultOption,
} from './render-lists.js';
import { suggestQuery, type SearchHit, type ServiceSearchIndex } from './search/index.js';
import { catalogueSearch } from './search-cache.js';
import { finderStyles } from './styles.js';
import { localText } from '../ui/local-text.js';

const TAG = 'saar-service-finder';
/** Keys the portal knows a municipality by: ARS (12 digits) or AGS (8 digits). */
const MUNICIPALITY_KEY = /^(?:\d{12}|\d{8})$/;

/** The preset town's key is no municipality key at all (no request is made). */
class NotAMunicipalityKey extends Error {}

/**
 * Finds services in the citizen's own words and shows the office responsible for their town.
 *
 * @tag saar-service-finder
 * @fires saar-service-select - The citizen chose "Online beantragen"; cancel it to handle the application yourself.
 * @fires saar-service-open - The citizen opened a service's details.
 * @fires saar-town-change - The citizen chose or changed their town.
 * @csspart base - The widget's frame (border, padding, background: restyle or remove it here).
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
 * @cssprop --saar-color-brand - Brand colour: buttons, links and the names in the result lists.
 * @cssprop --saar-color-brand-contrast - Text on the brand colour (the primary "apply online" button).
 * @cssprop --saar-color-text - Body text, and the text in the search boxes and topic chips.
 * @cssprop --saar-color-text-muted - Secondary text: hints, status lines, the details under a result.
 * @cssprop --saar-color-surface - Background of the widget, the search boxes, the town lists and secondary buttons.
 * @cssprop --saar-color-surface-raised - Background of the office box, the topic chips, the highlighted result, error messages and loading placeholders.
 * @cssprop --saar-color-border - Borders of the frame, the search boxes, the result lists and the topic chips.
 * @cssprop --saar-color-focus - Focus ring, and the outline of the highlighted result.
 * @cssprop --saar-color-error - The stripe beside an error message.
 * @cssprop --saar-color-success - The "online" badge of a result.
 * @cssprop --saar-font-family - Font stack: the system fonts, no web fonts.
 * @cssprop --saar-font-size-s - Small text: hints, status lines, the details under a result.
 * @cssprop --saar-font-size-m - Body text.
 * @cssprop --saar-font-size-l - Headings inside the widget and a service's lead text.
 * @cssprop --saar-font-size-xl - The widget's main heading.
 * @cssprop --saar-font-weight-bold - Headings, labels, buttons, result names and the "online" badge.
 * @cssprop --saar-line-height - Line height of body text.
 * @cssprop --saar-space-1 - Spacing step 1 (4 px at the default font size).
 * @cssprop --saar-space-2 - Spacing step 2 (8 px).
 * @cssprop --saar-space-3 - Spacing step 3 (12 px).
 * @cssprop --saar-space-4 - Spacing step 4 (16 px): padding of the frame and the gap between its parts.
 * @cssprop --saar-radius-s - Corner radius of inputs, buttons, topic chips and the result list.
 * @cssprop --saar-radius-m - Corner radius of the frame and the office box.
 * @cssprop --saar-target-size - Smallest size of a click or touch target (44 px at the default font size; keep it at 44 px or more).
 * @cssprop --saar-focus-ring-width - Width of the focus ring (keep it at 2 px or more).
 * @cssprop --saar-focus-ring-offset - Gap between an element and its focus ring.
 * @cssprop --saar-motion-duration - Length of the buttons' colour transitions (0 under reduced motion).
 * @cssprop --saar-motion-easing - Timing function of the buttons' colour transitions.
 */
export class SaarServiceFinder extends SaarElement {
  static override styles = [
    SaarElement.styles,
    buttonStyles,
    formTextStyles,
    comboboxStyles,
    feedbackStyles,
    cardStyles,
    finderStyles,
  ];

  /** The town, preset by the webmaster: regional key (ARS, 12 digits) or municipality key (AGS, 8 digits). */
  @property({ reflect: true }) municipality: string | undefined;

  /** Only services of this OZG topic field, such as `familie_kind`. */
  @property({ attribute: 'topic-field' }) topicField: TopicField | undefined;

  /** Only services for `citizens` or for `businesses`. */
  @property() addressee: Addressee | undefined;

  /** How many results to show at first; "show more" adds as many again. */
  @property({ type: Number }) limit = 10;

  /**
   * The level of the widget's own heading in the page's outline (2 to 6): `3` under your page's
   * `<h2>`. The widget's inner headings follow one level below each other.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Where "Online beantragen" leads for the portal's own forms: a URL template with `{serviceId}`,
   * `{leikaKey}` and `{ars}`, relative to the page. Without it, the portal's own application page.
   */
  @property({ attribute: 'apply-url' }) applyUrl: string | undefined;

  @state() private query = '';
  /** How many results are shown: `limit`, plus `limit` for each "show more". */
  @state() private shown = 0;
  @state() private selected: ServiceSummary | undefined;
  @state() private browse: BrowseSelection;
  @state() private chosenArea: Area | undefined;
  /** Where the event happened, for a service routed by it (reset with each service). */
  @state() private eventArea: Area | undefined;
  @state() private changingTown = false;

  private cachedResults:
    { index: ServiceSearchIndex; key: string; hits: SearchHit[]; total: number } | undefined;
  /** The index the finder last rendered with, to notice a new one (another language, whole). */
  private renderedIndex: ServiceSearchIndex | undefined;
  /** Whether the citizen started searching: from then on the whole catalogue is wanted. */
  private searching = false;
  /**
   * Why the rest of the catalogue did not load, for the client and language asked for: until it
   * does, searches and lists hold only the curated part, and the citizen is told so.
   */
  @state() private wholeFailed:
    { client: PortalClient; locale: Locale; error: unknown } | undefined;
  /** The index of the whole catalogue, for the client and language it was loaded for. */
  @state() private whole:
    { client: PortalClient; locale: Locale; index: ServiceSearchIndex } | undefined;

  private readonly searchBox = new ComboboxController<ResultOption>(this, {
    ids: { input: 'search', listbox: 'results', option: (index) => `result-${index}` },
    options: () => this.resultOptions(),
    onChoose: (option) =>
      option === MORE_RESULTS ? this.showMore() : this.chooseService(option.service),
    onClear: () => {
      this.query = '';
      this.shown = 0;
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
    restFailure: 'rest-failure',
    townFailure: 'town-failure',
    townChange: 'town-change',
    townInput: this.townPicker.inputId,
    search: this.searchBox.ids.input,
  };

  // The curated part of the catalogue, searchable at once (the whole follows, see `startSearching`).
  private readonly searchTask = new Task(this, {
    task: ([client, locale]) => this.explained(this.search(client, locale).first),
    args: () => [this.client, this.locale] as const,
  });

  constructor() {
    super();
    // The first sign that the citizen is about to search brings the rest of the catalogue.
    for (const type of ['focusin', 'pointerdown', 'keydown'] as const) {
      this.addEventListener(type, this.startSearching);
    }
  }

  private readonly presetAreaTask = new Task(this, {
    task: ([client, key], { signal }) => {
      if (!key) return initialState;
      if (!MUNICIPALITY_KEY.test(key)) throw new NotAMunicipalityKey(key);
      return this.explained(client.getArea(key, { signal })).catch((error: unknown) => {
        if (error instanceof HttpError && error.status === 404) {
          tellWebmaster(
            `<${TAG} municipality="${key}">: the portal knows no municipality with this key. ` +
              `Use your town's 12-digit regional key (ARS) or 8-digit municipality key (AGS), as listed in ` +
              `the portal's GET /api/v1/areas?q=<name>. Citizens now choose their town themselves.`,
          );
        }
        throw error;
      });
    },
    args: () => [this.client, this.municipality?.trim()] as const,
  });

  // The full service carries every language: a change of language needs no new request.
  private readonly serviceTask = new Task(this, {
    task: ([client, id], { signal }) =>
      id ? this.explained(client.getService(id, { signal })) : initialState,
    args: () => [this.client, this.selected?.id] as const,
  });

  private readonly routesTask = new Task(this, {
    task: ([client, leikaKey, ars], { signal }) =>
      leikaKey && ars ? this.explained(client.getRoutes(leikaKey, ars, { signal })) : initialState,
    // For a service routed by an event, the place the citizen named replaces their town.
    args: () => [this.client, this.selected?.leikaKey, (this.eventArea ?? this.area)?.ars] as const,
  });

  /** The citizen's town: chosen on the page, else the preset one. */
  get area(): Area | undefined {
    return this.chosenArea ?? this.presetAreaTask.value;
  }

  /** The town the webmaster preset, once the portal confirmed it. */
  private get presetArea(): Area | undefined {
    return this.presetAreaTask.status === TaskStatus.COMPLETE
      ? this.presetAreaTask.value
      : undefined;
  }

  /**
   * The search index: the whole catalogue's once loaded, else the curated part's; none while the
   * first one loads or after loading it failed.
   */
  private get index(): ServiceSearchIndex | undefined {
    if (this.searchTask.status === TaskStatus.ERROR) return undefined;
    const whole = this.whole;
    if (whole?.client === this.client && whole.locale === this.locale) return whole.index;
    return this.searchTask.value;
  }

  private get levels(): HeadingLevels {
    return new HeadingLevels(this.headingLevel);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('municipality')) this.checkMunicipality();
    // Another language (or portal): its whole catalogue, if the citizen is searching.
    const whole = this.whole;
    if (this.searching && (whole?.client !== this.client || whole.locale !== this.locale)) {
      this.loadWholeCatalogue();
    }
  }

  protected override render(): TemplateResult {
    return html`<div class="finder card" part="base">
      ${this.renderHeading()} ${this.renderTownBar()}
      ${this.selected ? this.renderDetailView(this.selected) : this.renderSearch()}
      ${this.liveRegion.render()}
    </div>`;
  }

  protected override updated(): void {
    this.noticeNewIndex();
  }

  private renderHeading(): TemplateResult {
    return html`<h2 part="heading" id=${this.targets.heading} aria-level=${this.levels.aria(0)}>
      ${text.heading()}
    </h2>`;
  }

  private renderTownBar(): TemplateResult | typeof nothing {
    const area = this.area;
    const preset = this.presetAreaTask;
    const presetFailed =
      this.municipality && preset.status === TaskStatus.ERROR && !this.chosenArea;
    if (presetFailed && !isUnknownTown(preset.error)) {
      // The portal could not be asked: say so truthfully, with a way to try again.
      return html`<div class="town">
        ${renderFailure({
          what: text.townFailed(),
          error: preset.error,
          retry: () =>
            this.retry(() => void preset.run(), this.targets.townChange, this.targets.townFailure),
          id: this.targets.townFailure,
        })}
      </div>`;
    }
    if (this.changingTown || presetFailed) {
      return html`<div class="town">
        ${presetFailed ? html`<p role="alert">${text.townUnknown()}</p>` : nothing}
        ${this.townPicker.render()}
        ${
          this.changingTown && area
            ? html`<button type="button" class="link-button" @click=${this.cancelChangingTown}>
                ${text.townKeep(area.name)}
              </button>`
            : nothing
        }
      </div>`;
    }
    if (!area) return nothing;
    const home = this.presetArea;
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
      ${
        home && this.chosenArea && this.chosenArea.ars !== home.ars
          ? html`<button type="button" class="link-button" @click=${this.backToPresetTown}>
              ${text.townBackToPreset(home.name)}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderSearch(): TemplateResult {
    const options = this.resultOptions();
    const hits = this.results().hits;
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
      ${renderListbox(
        this.searchBox,
        options,
        (option) =>
          option === MORE_RESULTS
            ? renderMoreOption(this.results().total - hits.length, Math.max(1, this.limit))
            : renderResultOption(option, this.locale),
        {
          label: text.resultsLabel(),
          className: 'results',
          part: 'results',
          optionPart: 'result',
        },
      )}
      ${this.renderPartialCatalogue()} ${this.renderBody(hits)}
    `;
  }

  private renderBody(hits: SearchHit[]): TemplateResult | typeof nothing {
    const search = this.searchTask;
    const index = this.index;
    if (search.status === TaskStatus.ERROR) {
      return renderFailure({
        what: text.catalogueFailed(),
        error: search.error,
        retry: () => this.retry(() => void search.run(), this.targets.search),
        id: this.targets.failure,
      });
    }
    if (!index) return renderLoading(text.loadingCatalogue());
    const on = { select: this.selectBrowse, choose: this.chooseService };
    const levels = this.levels;
    if (this.query.trim() === '') {
      return renderBrowse(index, this.browse, this.locale, this.acceptService, on, levels);
    }
    if (hits.length === 0) {
      return html`${renderNoResults(this.query, suggestQuery(index, this.query), this.applySuggestion)}
      ${renderBrowse(index, this.browse, this.locale, this.acceptService, on, levels)}`;
    }
    return nothing;
  }

  private renderDetailView(selected: ServiceSummary): TemplateResult {
    const service = this.loadable(this.serviceTask, this.targets.detailHeading);
    const routes = this.area
      ? this.loadable(this.routesTask, this.targets.officeHeading)
      : undefined;
    const full = service.kind === 'done' ? service.value : undefined;
    const apply = full
      ? applyTarget(full, {
          template: this.applyUrl,
          ars: this.area?.ars,
          pageUrl: location.href,
          portalPage: new URL('/antrag/', this.client.baseUrl).href,
        })
      : undefined;
    return renderDetail(
      {
        locale: this.locale,
        levels: this.levels,
        service,
        routes,
        area: this.area,
        eventPlace: { area: this.eventArea, picker: () => this.eventPlacePicker.render() },
        apply,
        onApply: (event) => full && this.onApply(event, full, apply?.href),
        onBack: this.backToSearch,
        townPicker: () => this.officeTownPicker.render(),
      },
      // The full description names the service in every language; the summary only in two.
      localText(full?.name ?? selected.name, this.locale),
    );
  }

  /** Hits for the current query and filters, and their total, computed once per change. */
  private results(): { hits: SearchHit[]; total: number } {
    const index = this.index;
    const query = this.query.trim();
    if (!index || query === '') return { hits: [], total: 0 };
    const shown = this.shown || Math.max(1, this.limit);
    const key = [this.query, this.topicField, this.addressee, shown].join('\u0000');
    const cached = this.cachedResults;
    if (cached?.index === index && cached.key === key) return cached;
    const found = index.find(this.query, {
      limit: shown,
      topicField: validTopic(this.topicField),
      addressee: validAddressee(this.addressee),
    });
    // More of the catalogue (or another index) arrived under the same query: the option the
    // citizen moved to, and heard, stays the active one where the new results rank it, so Enter
    // opens what was announced, not whatever now sits in its place.
    if (cached?.key === key && this.searchBox.activeIndex >= 0) {
      const active = cached.hits[this.searchBox.activeIndex]?.service.id;
      this.searchBox.activeIndex = found.hits.findIndex((hit) => hit.service.id === active);
    }
    this.cachedResults = { index, key, ...found };
    return this.cachedResults;
  }

  /** The listbox's options: the hits shown, then "show more" while there are more. */
  private resultOptions(): ResultOption[] {
    const { hits, total } = this.results();
    return total > hits.length ? [...hits, MORE_RESULTS] : hits;
  }

  /**
   * A new index (another language's, or the first one) or more of it searchable: results and the
   * announcement of their count follow, without the citizen having to type again.
   */
  private noticeNewIndex(): void {
    const index = this.index;
    if (!index || index === this.renderedIndex) return;
    this.renderedIndex = index;
    this.requestUpdate();
    if (this.query.trim()) this.announceResultCount();
  }

  /** The citizen is about to search: from now on, the whole catalogue (once per page). */
  private readonly startSearching = () => {
    if (this.searching) return;
    this.searching = true;
    this.loadWholeCatalogue();
  };

  /** The catalogue search for `client` and `locale`, shared with the page's other finders. */
  private search(client: PortalClient, locale: Locale) {
    return catalogueSearch(client, locale, finderLocales);
  }

  /** Loads and indexes the whole catalogue for the current client and language. */
  private loadWholeCatalogue(): void {
    const { client, locale } = this;
    const pending = this.whole?.client === client && this.whole.locale === locale;
    if (pending) return;
    this.search(client, locale)
      .complete()
      .then((index) => {
        if (this.client !== client || this.locale !== locale) return;
        this.whole = { client, locale, index };
        this.wholeFailed = undefined;
      })
      .catch((error: unknown) => {
        // The next search asks for the rest again.
        this.searching = false;
        if (isAbortError(error)) return;
        // The curated part keeps answering, and the citizen hears that it is not everything.
        explainFailure(TAG, error);
        if (this.client === client && this.locale === locale) {
          this.wholeFailed = { client, locale, error };
        }
      });
  }

  /** Says that the search holds only part of the catalogue, with "try again". */
  private renderPartialCatalogue(): TemplateResult | typeof nothing {
    const failed = this.wholeFailed;
    if (!failed || failed.client !== this.client || failed.locale !== this.locale) return nothing;
    if (this.whole?.client === this.client && this.whole.locale === this.locale) return nothing;
    return renderFailure({
      what: text.catalogueRestFailed(),
      error: failed.error,
      retry: () =>
        this.retry(
          () => {
            this.wholeFailed = undefined;
            this.startSearching();
          },
          this.targets.search,
          this.targets.restFailure,
        ),
      id: this.targets.restFailure,
    });
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
    this.startSearching();
    this.query = (event.target as HTMLInputElement).value;
    this.shown = 0;
    this.announceResultCount();
  };

  /**
   * Announces how many services match once typing pauses (not per keystroke). Composed when it is
   * said: typed while the catalogue still loads, the count comes once the search is ready.
   */
  private announceResultCount(): void {
    this.liveRegion.announceLater(() =>
      this.query.trim() && this.index
        ? this.localize(() => resultCountText(this.results().total))
        : '',
    );
  }

  /** "Show more": as many results again; the first new one becomes the active option. */
  private showMore(): void {
    const { hits, total } = this.results();
    const first = hits.length;
    this.shown = first + Math.max(1, this.limit);
    const added = Math.min(total, this.shown) - first;
    this.searchBox.activate(first);
    this.liveRegion.announce(this.localize(() => moreShownText(added, total)));
  }

  /** Retries, then focuses `target` (else the failure block): the button itself goes away. */
  /**
   * Runs `run` again. Focus goes to `target` once it shows, or to the `failure` block when the
   * retry fails again, never to the page (the button that was pressed goes while it runs).
   */
  private retry(run: () => void, target: string, failure: string = this.targets.failure): void {
    run();
    const shown = (id: string) => this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    this.focusControl.focusAfterUpdate(() => shown(target) ?? shown(failure), this.targets.heading);
  }

  /** A task's state in the shape the detail view renders; a retry keeps focus on `target`. */
  private loadable<T>(task: Task<readonly unknown[], T>, target: string): Loadable<T> {
    if (task.status === TaskStatus.COMPLETE && task.value !== undefined)
      return { kind: 'done', value: task.value };
    if (task.status === TaskStatus.ERROR && !isAbortError(task.error)) {
      return {
        kind: 'failed',
        error: task.error,
        retry: () => this.retry(() => void task.run(), target),
      };
    }
    return { kind: 'pending' };
  }

  /** Tells the webmaster when a failure points at the page's setup, and passes it on. */
  private async explained<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (!isAbortError(error)) explainFailure(TAG, error);
      throw error;
    }
  }

  /** Tells the webmaster about a `municipality` that cannot be a municipality key. */
  private checkMunicipality(): void {
    const key = this.municipality?.trim();
    if (key && !MUNICIPALITY_KEY.test(key)) {
      tellWebmaster(
        `<${TAG} municipality="${key}">: not a municipality key. Use the 12-digit regional key (ARS), ` +
          `such as 100410100100 for Saarbrücken, or the 8-digit municipality key (AGS), such as 10041100. ` +
          `Citizens now choose their town themselves.`,
      );
    }
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
    // A list by life situation or topic lists the whole catalogue.
    this.startSearching();
    this.browse = selection;
    if (selection)
      this.focusControl.focusAfterUpdate(this.targets.browseHeading, this.targets.search);
    else this.focusControl.focusAfterUpdate(this.targets.search);
  };

  private readonly applySuggestion = (suggestion: string) => {
    this.query = suggestion;
    this.shown = 0;
    this.searchBox.reset();
    this.focusControl.focusAfterUpdate(this.targets.search);
    this.announceResultCount();
  };

  private readonly startChangingTown = () => {
    this.changingTown = true;
    this.focusControl.focusAfterUpdate(this.targets.townInput);
  };

  private readonly cancelChangingTown = () => {
    this.changingTown = false;
    this.focusControl.focusAfterUpdate(this.targets.townChange, this.targets.heading);
  };

  private readonly backToPresetTown = () => {
    const preset = this.presetArea;
    if (!preset) return;
    this.chosenArea = undefined;
    this.liveRegion.announce(this.localize(() => `${text.townChosen()} ${preset.name}`));
    this.focusControl.focusAfterUpdate(this.targets.townChange, this.targets.heading);
    this.emit(new SaarTownChangeEvent({ area: preset }));
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

/** The languages of the page's finders (those in the document itself). */
function finderLocales(): ReadonlySet<Locale> {
  return new Set(
    [...document.querySelectorAll(TAG)]
      .filter((element): element is SaarServiceFinder => element instanceof SaarServiceFinder)
      .map((finder) => finder.locale),
  );
}

/** Whether the preset town failed because it is unknown (not because the portal failed). */
function isUnknownTown(error: unknown): boolean {
  return (
    error instanceof NotAMunicipalityKey ||
    (error instanceof HttpError && (error.status === 404 || error.status === 400))
  );
}

function validTopic(value: string | undefined): TopicField | undefined {
  return (TOPIC_FIELDS as readonly string[]).includes(value ?? '')
    ? (value as TopicField)
    : undefined;
}

function validAddressee(value: string | undefined): Addressee | undefined {
  return (ADDRESSEES as readonly string[]).includes(value ?? '') ? (value as Addressee) : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'saar-service-finder': SaarServiceFinder;
  }
}
