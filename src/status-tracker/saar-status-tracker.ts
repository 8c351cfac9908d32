/**
 * `<saar-status-tracker>`: where the citizen's application stands, live. Two ways in: reference
 * number and access code, or the logged-in citizen's own list. The application's page shows the
 * current status prominent, what the office needs, the history, and the responsible office, and
 * follows changes as they happen (see `live-status.ts`).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getApplication, listMyApplications } from '../api/calls/applications.js';
import { listMyDrafts } from '../api/calls/drafts.js';
import { HttpError, isAbortError } from '../api/errors.js';
import { parseAccessCode, parseReference } from '../api/rules/typed-identifiers.js';
import type { Application } from '../api/schemas/application.js';
import type { Draft } from '../api/schemas/draft.js';
import type { StatusEvent } from '../api/schemas/status.js';
import type { ServiceSummary } from '../api/schemas/service.js';
import { FINAL_STATUSES } from '../api/vocabulary.js';
import { SaarElement } from '../shared/saar-element.js';
import { buttonStyles } from '../shared/styles.js';
import { cardStyles } from '../ui/card-styles.js';
import { explainFailure } from '../ui/explain-failure.js';
import { feedbackStyles, renderFailure, renderLoading } from '../ui/feedback.js';
import { fieldStyles } from '../ui/field/styles.js';
import { FocusController } from '../ui/focus.js';
import { LiveRegionController } from '../ui/live-region.js';
import { localText } from '../ui/local-text.js';
import { statusBadgeStyles, statusLabel } from '../ui/status-badge.js';
import { formTextStyles } from '../ui/text-styles.js';
import {
  accessCodeFromAddress,
  forgetCredentials,
  keepCredentials,
  keptCredentials,
} from './credentials.js';
import { SaarStatusChangeEvent } from './events.js';
import { DocumentAnswer } from './document-answer.js';
import { LiveStatus } from './live-status.js';
import { renderDocuments } from './render-documents.js';
import { text } from './messages.js';
import { renderApplication, type OfficeView } from './render-application.js';
import { renderList } from './render-list.js';
import { LOOKUP_IDS, renderLookup } from './render-lookup.js';
import { trackerStyles } from './styles.js';

/** Which page of the tracker shows. */
type TrackerView = 'start' | 'lookup' | 'list' | 'application';

/** How an application was opened: with its code, or as the logged-in owner. */
interface Opened {
  reference: string;
  accessCode: string | undefined;
}

/**
 * Shows where a citizen's application stands, and follows changes live.
 *
 * @tag saar-status-tracker
 * @fires saar-status-change - The shown application's status changed (detail: reference, status, previousStatus).
 * @csspart base - The widget's frame.
 * @csspart application - The application's page.
 * @csspart current - The current status.
 * @csspart action - What the office needs from the citizen.
 * @csspart live-state - Whether the page is live.
 * @csspart office - The responsible office.
 * @csspart lookup - The form for reference number and access code.
 * @csspart list - The logged-in citizen's applications.
 * @csspart status-badge - A status (the current one, in the history and in the list).
 * @csspart error-summary - The list of problems at the top of the lookup form.
 * @csspart error - An error message with its retry button.
 * @cssprop --saar-color-brand - Brand colour: buttons, links, the stripe beside the current status and the office, and the status of an application in progress.
 * @cssprop --saar-color-brand-contrast - Text on the brand colour (primary buttons).
 * @cssprop --saar-color-text - Body text, the text in inputs and the "offline" line.
 * @cssprop --saar-color-text-muted - Secondary text: hints, dates, whether the page is live, and the status of a rejected or withdrawn application.
 * @cssprop --saar-color-surface - Background of the widget, the inputs and secondary buttons.
 * @cssprop --saar-color-surface-raised - Background of the current status, what the office needs, the office, confirmations, error messages and loading placeholders.
 * @cssprop --saar-color-border - Borders of the frame, the inputs, the line of the history and the applications in the list.
 * @cssprop --saar-color-focus - Focus ring (also around the error summary).
 * @cssprop --saar-color-error - Errors (a field's message and stripe, an invalid input's border, the error summary, the stripe beside an error message) and the "action required" status.
 * @cssprop --saar-color-success - The "completed" status and the stripe beside "documents sent".
 * @cssprop --saar-color-warning - The stripe beside what the office needs from the citizen.
 * @cssprop --saar-font-family - Font stack: the system fonts, no web fonts.
 * @cssprop --saar-font-size-s - Small text: hints, dates and whether the page is live.
 * @cssprop --saar-font-size-m - Body text and the documents' headings.
 * @cssprop --saar-font-size-l - Headings inside the widget and the current status.
 * @cssprop --saar-font-size-xl - The widget's main heading.
 * @cssprop --saar-font-weight-bold - Labels, buttons, statuses, error messages, the office's and the applications' names.
 * @cssprop --saar-line-height - Line height of body text.
 * @cssprop --saar-space-1 - Spacing step 1 (4 px at the default font size).
 * @cssprop --saar-space-2 - Spacing step 2 (8 px).
 * @cssprop --saar-space-3 - Spacing step 3 (12 px).
 * @cssprop --saar-space-4 - Spacing step 4 (16 px): padding of the frame and the gap between its parts.
 * @cssprop --saar-radius-s - Corner radius of inputs, buttons, statuses, the error summary and the applications in the list.
 * @cssprop --saar-radius-m - Corner radius of the frame.
 * @cssprop --saar-target-size - Smallest size of a click or touch target (44 px at the default font size; keep it at 44 px or more).
 * @cssprop --saar-focus-ring-width - Width of the focus ring (keep it at 2 px or more).
 * @cssprop --saar-focus-ring-offset - Gap between an element and its focus ring.
 * @cssprop --saar-motion-duration - Length of the buttons' colour transitions (0 under reduced motion).
 * @cssprop --saar-motion-easing - Timing function of the buttons' colour transitions.
 */
export class SaarStatusTracker extends SaarElement {
  static override styles = [
    SaarElement.styles,
    buttonStyles,
    formTextStyles,
    fieldStyles,
    feedbackStyles,
    statusBadgeStyles,
    cardStyles,
    trackerStyles,
  ];

  /** The reference number to show (from the confirmation's link, e.g. `?reference=…`). */
  @property() reference: string | undefined;

  /**
   * The access code with it. Prefer the confirmation's link, which carries it in the address's
   * fragment (`#saar-access-code=…`), out of server logs and referrers.
   */
  @property({ attribute: 'access-code' }) accessCode: string | undefined;

  /**
   * Where the application form lives, to continue saved drafts: a URL with `{service}`, e.g.
   * `/antrag.html?service={service}`. Without it, drafts are not listed.
   */
  @property({ attribute: 'form-url' }) formUrl: string | undefined;

  @state() private view: TrackerView = 'start';
  @state() private application: Application | undefined;
  @state() private opened: Opened | undefined;
  @state() private loadError: unknown;
  @state() private office: OfficeView | undefined;
  @state() private typed = { reference: '', accessCode: '' };
  @state() private typedErrors: { reference?: string; accessCode?: string } = {};
  @state() private lookupError: unknown;
  @state() private busy = false;
  @state() private mine: Application[] | undefined;
  @state() private mineError: unknown;
  @state() private drafts: Array<{ draft: Draft; service: ServiceSummary | undefined }> = [];

  private readonly liveRegion = new LiveRegionController(this);
  private readonly focusControl = new FocusController(this);
  private readonly live = new LiveStatus(this, {
    client: () => this.client,
    onEvent: (event) => this.receive(event),
  });
  private readonly answer = new DocumentAnswer(this, {
    client: () => this.client,
    target: () => this.opened,
    onSent: (application) => this.documentsArrived(application),
  });
  /** Whether the citizen's documents just arrived (said until another application opens). */
  @state() private documentsSent = false;
  private started = false;
  /** Whether the shown application is the one this tab kept, not one the page asked for. */
  private openedFromTab = false;
  /** What the owner had open when their session ended, to show again if they come back. */
  private closedByLogout: { sub: string; target: Opened } | undefined;
  /** The access code the confirmation's link carried in the address, if any. */
  private addressCode: string | undefined;
  private loads: AbortController | undefined;
  private listedFor: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loads?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.started) {
      this.started = true;
      this.begin();
    } else if (changed.has('reference') || changed.has('accessCode')) {
      this.begin();
    }
    this.followSession();
  }

  /** Opens what the page or the tab already knows, else the list or the lookup form. */
  private begin(): void {
    // Read once: the address forgets it at once, and the attributes may settle after the first look.
    this.addressCode ??= accessCodeFromAddress();
    // A logged-in citizen without a reference asked for sees the list; the tab's kept
    // application is for one who opened it with its code (a reload).
    const kept = this.session.claims ? undefined : keptCredentials();
    const asked = parseReference(this.reference);
    this.openedFromTab = !asked && kept !== undefined;
    const reference = asked ?? kept?.reference;
    // The tab's kept code counts for its own reference (a reload, a return from the login).
    const accessCode =
      parseAccessCode(this.accessCode) ??
      this.addressCode ??
      (kept?.reference === reference ? kept?.accessCode : undefined);
    if (reference && (accessCode || this.session.claims)) {
      const showing = this.opened;
      if (showing?.reference === reference && showing.accessCode === accessCode) return;
      void this.open({ reference, accessCode });
    } else {
      this.typed = { reference: this.reference?.trim() ?? '', accessCode: '' };
      this.view = this.session.claims ? 'list' : 'lookup';
    }
  }

  /** A login or logout changes what the tracker may show. */
  private followSession(): void {
    const sub = this.session.claims?.sub;
    if (sub && this.listedFor !== sub) {
      this.listedFor = sub;
      void this.loadMine();
      const closed = this.closedByLogout;
      this.closedByLogout = undefined;
      const asked = parseReference(this.reference);
      if (this.openedFromTab && this.view === 'application') {
        // "Meine Anträge" with a login: the list, not what the tab showed last.
        this.openedFromTab = false;
        this.showList();
      } else if (closed?.sub === sub && this.view === 'lookup') {
        // The same citizen is back (a session renewed by a new login): show it again.
        void this.open(closed.target);
      } else if (this.view === 'lookup' && asked && !this.typed.accessCode && !this.lookupError) {
        // The page asked for this application and the citizen logged in: open it as its owner.
        void this.open({ reference: asked, accessCode: undefined });
      } else if (this.view === 'lookup' && !this.typed.reference && !this.typed.accessCode) {
        this.view = 'list';
      }
    } else if (!sub && this.listedFor) {
      const owner = this.listedFor;
      this.listedFor = undefined;
      this.mine = undefined;
      this.drafts = [];
      if (this.view === 'list' || (this.view === 'application' && !this.opened?.accessCode)) {
        // Only the owner may see it without a code.
        if (this.view === 'application' && this.opened)
          this.closedByLogout = { sub: owner, target: this.opened };
        this.live.stop();
        this.application = undefined;
        this.view = 'lookup';
      }
    }
  }

  // —— Loading ——

  /** Opens an application; `asked`: the citizen asked just now, so focus follows the outcome. */
  private async open(target: Opened, asked = false): Promise<void> {
    this.loads?.abort();
    const loads = new AbortController();
    this.loads = loads;
    this.answer.answerTo(target.reference);
    this.opened = target;
    this.documentsSent = false;
    this.application = undefined;
    this.loadError = undefined;
    this.office = undefined;
    this.view = 'application';
    this.live.stop();
    try {
      const application = await getApplication(this.client, target.reference, target.accessCode, {
        signal: loads.signal,
      });
      this.application = application;
      if (target.accessCode)
        keepCredentials({ reference: target.reference, accessCode: target.accessCode });
      this.live.follow({
        reference: application.reference,
        accessCode: target.accessCode,
        lastEventId: application.events.at(-1)?.id,
        final: FINAL_STATUSES.includes(application.status),
      });
      this.focusControl.focusAfterUpdate('application-heading');
      void this.loadOffice(application, loads.signal);
    } catch (error) {
      if (isAbortError(error)) return;
      // Only the portal's own 404 (with problem details) means "no such application": another
      // server's 404 is a wrong api-base, which the webmaster hears of below.
      const portalSaid = error instanceof HttpError && error.problemSent;
      if (portalSaid && (error.status === 404 || error.status === 429)) {
        // The same answer for an unknown reference and a wrong code (see render-lookup.ts).
        forgetCredentials();
        this.opened = undefined;
        this.typed = { reference: target.reference, accessCode: target.accessCode ?? '' };
        this.lookupError = error;
        this.view = 'lookup';
        this.focusControl.focusAfterUpdate('lookup-failure', 'lookup-heading');
        return;
      }
      explainFailure(this.localName, error, 'listed');
      this.loadError = error;
      // Where the citizen's button (or "try again") was: on the failure and its way forward.
      if (asked) this.focusControl.focusAfterUpdate('load-failure');
    }
  }

  /** The office's contact and the usual processing time: a courtesy, left out when unknown. */
  private async loadOffice(application: Application, signal: AbortSignal): Promise<void> {
    this.office = { name: application.authorityName };
    try {
      const service = await this.client.getService(application.serviceId, { signal });
      const processingTime = service.texts.processingTime
        ? localText(service.texts.processingTime, this.locale)
        : undefined;
      this.office = { ...this.office, processingTime };
      const { routes } = await this.client.getRoutes(service.leikaKey, application.ars, { signal });
      const route =
        routes.find((candidate) => candidate.destinationName === application.authorityName) ??
        (routes.length === 1 ? routes[0] : undefined);
      if (!route) return;
      const contact = route.contactPersons[0];
      this.office = {
        ...this.office,
        phone: contact?.tel,
        email: contact?.email,
        websiteUrl: route.websiteUrl,
      };
    } catch {
      // Without them the page still says who is responsible.
    }
  }

  private async loadMine(): Promise<void> {
    this.mineError = undefined;
    try {
      const { applications } = await listMyApplications(this.client);
      this.mine = applications;
      if (this.formUrl) {
        const { drafts } = await listMyDrafts(this.client);
        const catalogue = drafts.length > 0 ? await this.client.getCatalogue() : undefined;
        this.drafts = drafts.map((draft) => ({
          draft,
          service: catalogue?.services.find((service) => service.id === draft.serviceId),
        }));
      }
    } catch (error) {
      if (isAbortError(error)) return;
      explainFailure(this.localName, error, 'listed');
      this.mineError = error;
    }
  }

  /** The portal took the citizen's documents: its answer holds the events they caused. */
  private documentsArrived(application: Application): void {
    for (const event of application.events) this.receive(event);
    this.documentsSent = true;
    this.liveRegion.announce(this.localize(() => text.documentsSent()));
    this.focusControl.focusAfterUpdate('documents-sent');
  }

  /** A new status event arrived (live, or by polling). */
  private receive(event: StatusEvent): void {
    const application = this.application;
    if (!application || event.reference !== application.reference) return;
    if (application.events.some((known) => known.id === event.id)) return;
    const previousStatus = application.status;
    this.application = {
      ...application,
      status: event.status,
      updatedAt: event.at,
      events: [...application.events, event],
    };
    if (event.status !== previousStatus) {
      this.liveRegion.announce(this.localize(() => text.changed(statusLabel(event.status))));
      this.emit(
        new SaarStatusChangeEvent({
          reference: event.reference,
          status: event.status,
          previousStatus,
        }),
      );
    }
  }

  // —— The lookup form ——

  private readonly onLookupInput = (field: 'reference' | 'accessCode', value: string) => {
    this.typed = { ...this.typed, [field]: value };
  };

  private readonly onLookup = (event: Event) => {
    event.preventDefault();
    if (this.busy) return;
    const reference = parseReference(this.typed.reference);
    const accessCode = parseAccessCode(this.typed.accessCode);
    const errors: { reference?: string; accessCode?: string } = {};
    if (!this.typed.reference.trim()) errors.reference = text.referenceMissing();
    else if (!reference) errors.reference = text.referenceInvalid();
    if (!this.typed.accessCode.trim()) errors.accessCode = text.codeMissing();
    else if (!accessCode) errors.accessCode = text.codeInvalid();
    this.typedErrors = errors;
    this.lookupError = undefined;
    if (!reference || !accessCode) {
      this.focusControl.focusAfterUpdate('error-summary');
      return;
    }
    this.busy = true;
    void this.open({ reference, accessCode }, true).finally(() => (this.busy = false));
  };

  private readonly lookupAnother = () => {
    this.live.stop();
    forgetCredentials();
    this.opened = undefined;
    this.application = undefined;
    this.typed = { reference: '', accessCode: '' };
    this.typedErrors = {};
    this.lookupError = undefined;
    this.view = 'lookup';
    this.focusControl.focusAfterUpdate(LOOKUP_IDS.reference);
  };

  private readonly backToList = () => {
    this.showList();
    void this.loadMine();
    this.focusControl.focusAfterUpdate('list-heading');
  };

  private showList(): void {
    this.live.stop();
    this.opened = undefined;
    this.application = undefined;
    this.view = 'list';
  }

  // —— Rendering ——

  protected override render(): TemplateResult {
    return html`<div class="tracker card" part="base">
      ${this.renderBody()} ${this.liveRegion.render()}
    </div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    switch (this.view) {
      case 'start':
        return renderLoading(text.loading(), 3);
      case 'lookup':
        return this.renderLookupView();
      case 'list':
        return this.renderListView();
      case 'application':
        return this.renderApplicationView();
    }
  }

  private renderLookupView(): TemplateResult {
    const failure = this.lookupError ? this.renderLookupFailure(this.lookupError) : nothing;
    return html`${renderLookup({
      ...this.typed,
      errors: this.typedErrors,
      failure,
      busy: this.busy,
      onInput: this.onLookupInput,
      onSubmit: this.onLookup,
    })}
    ${
      this.session.claims
        ? html`<p>
            <button type="button" class="link-button" @click=${this.backToList}>
              ${text.backToList()}
            </button>
          </p>`
        : nothing
    }`;
  }

  private renderLookupFailure(error: unknown): TemplateResult {
    if (error instanceof HttpError && error.status === 404) {
      return html`<div class="error" role="alert" id="lookup-failure" tabindex="-1">
        <p>${text.notFound()}</p>
      </div>`;
    }
    if (error instanceof HttpError && error.status === 429) {
      const minutes = Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 60_000));
      return html`<div class="error" role="alert" id="lookup-failure" tabindex="-1">
        <p>${minutes === 1 ? text.rateLimitedMinute() : text.rateLimited(minutes)}</p>
      </div>`;
    }
    return renderFailure({ what: text.loadFailed(), error, id: 'lookup-failure' });
  }

  private renderListView(): TemplateResult {
    if (this.mineError) {
      return renderFailure({
        what: text.loadFailed(),
        error: this.mineError,
        retry: () => void this.loadMine(),
      });
    }
    if (!this.mine) return renderLoading(text.loading(), 3);
    const template = this.formUrl;
    const drafts = template
      ? this.drafts.map(({ draft, service }) => ({
          draft,
          service,
          href: `${template.replaceAll('{service}', encodeURIComponent(draft.serviceId))}#saar-resume=${draft.resumeToken}`,
        }))
      : [];
    return html`${renderList({
        applications: this.mine,
        locale: this.locale,
        drafts,
        onOpen: (application) =>
          void this.open({ reference: application.reference, accessCode: undefined }, true),
      })}
      <p>
        <button type="button" class="link-button" @click=${this.lookupAnother}>
          ${text.otherLookup()}
        </button>
      </p>`;
  }

  private renderApplicationView(): TemplateResult {
    const application = this.application;
    const back = this.opened?.accessCode
      ? html`<button type="button" class="link-button" @click=${this.lookupAnother}>
          ${text.otherLookup()}
        </button>`
      : html`<button type="button" class="link-button" @click=${this.backToList}>
          ${text.backToList()}
        </button>`;
    if (this.loadError) {
      const opened = this.opened;
      return html`${renderFailure({
          id: 'load-failure',
          what: text.loadFailed(),
          error: this.loadError,
          retry: opened ? () => void this.open(opened, true) : undefined,
        })}
        <p>${back}</p>`;
    }
    if (!application) return renderLoading(text.loading(), 4);
    const refused = this.live.state.kind === 'refused';
    return html`${renderApplication({
        application,
        locale: this.locale,
        office: this.office ?? { name: application.authorityName },
        live: this.live.state,
        confirmedAt: this.live.confirmedAt,
        onRefresh: () => this.live.retryNow(),
        documents: renderDocuments(this.answer),
        documentsSent: this.documentsSent,
      })}
      ${refused ? html`<div class="error" role="alert"><p>${text.notFound()}</p></div>` : nothing}
      <p class="back">${back}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'saar-status-tracker': SaarStatusTracker;
  }
}
