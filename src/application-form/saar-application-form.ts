/**
 * `<saar-application-form>`: the citizen applies online right on their town's website, one topic
 * per step, with errors that say what to do, a check of their answers, and a confirmation with a
 * reference number. Nothing typed is lost: a copy in the tab and a draft at the portal bridge a
 * reload, a login, a dropped connection; the submission cannot double.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { getForm, submitApplication } from '../api/calls/applications.js';
import { getDraft } from '../api/calls/drafts.js';
import { HttpError, NetworkError, isAbortError } from '../api/errors.js';
import {
  answersToStore,
  checkAnswers,
  indexForm,
  isRepeatableGroup,
  parseCardinality,
  visibility,
  type AnswerIssue,
  type FormVisibility,
} from '../api/rules/form-model.js';
import { PROBLEM_TYPES } from '../api/rules/problem-types.js';
import type { ApplicationReceipt } from '../api/schemas/application.js';
import type { Area } from '../api/schemas/area.js';
import type { Draft } from '../api/schemas/draft.js';
import type {
  FormAnswers,
  FormDefinition,
  FormField,
  FormGroup,
  FormStep,
} from '../api/schemas/form.js';
import type { Service } from '../api/schemas/service.js';
import { meetsTrustLevel, type TrustLevel } from '../api/vocabulary.js';
import { describeError } from '../shared/messages.js';
import { SaarElement } from '../shared/saar-element.js';
import { buttonStyles } from '../shared/styles.js';
import { AreaPicker } from '../ui/area-picker/area-picker.js';
import { isLoginCallback, loggedInMarker } from '../ui/citizen-login/storage.js';
import { cardStyles } from '../ui/card-styles.js';
import { choiceStyles } from '../ui/choice-styles.js';
import { comboboxStyles } from '../ui/combobox/styles.js';
import { explainFailure, type CallAccess } from '../ui/explain-failure.js';
import { feedbackStyles, renderFailure, renderLoading } from '../ui/feedback.js';
import {
  ERROR_SUMMARY_ID,
  renderErrorSummary,
  type SummaryError,
} from '../ui/field/error-summary.js';
import { fieldStyles } from '../ui/field/styles.js';
import { FocusController } from '../ui/focus.js';
import { LiveRegionController } from '../ui/live-region.js';
import { formTextStyles } from '../ui/text-styles.js';
import {
  answerAt,
  answerPathOf,
  controlId,
  paramPath,
  withAnswer,
  withRequiredEntries,
  type AnswerPath,
} from './answers.js';
import { DraftSaver } from './draft-saver.js';
import { latestDraftFor, renderEarlierDraft } from './earlier-draft.js';
import { SaarApplicationSubmittedEvent, SaarStepChangeEvent, SaarSubmitEvent } from './events.js';
import { issueMessage } from './issue-messages.js';
import { text } from './messages.js';
import { claimValue, prefillableClaim } from './prefill.js';
import { clearProgress, loadProgress, saveProgress, type FormView } from './progress-store.js';
import { plain, renderElements, type FieldContext, type UploadState } from './render-fields.js';
import { renderCheck, renderConfirmation, renderLoginGate, renderSaved } from './render-views.js';
import { formStyles } from './styles.js';
import { doneUpload, fileAnswer, refusalOf, startedUpload, upload } from './uploads.js';
import { dateParts, isoDate, parseNumberInput, type DateParts } from './values.js';

/** The login code (oauth4webapi): loaded when the form needs a login, or the page came back from one. */
const loginCode = () => import('../ui/citizen-login/page-login.js');

/** The state of the submission. */
type Submission =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'offline' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'done'; receipt: ApplicationReceipt };

const LEIKA_KEY = /^99\d{12}$/;

/**
 * Lets a citizen apply online for a service, on any town website.
 *
 * @tag saar-application-form
 * @fires saar-submit - The citizen sends the application; cancel it to stop the submission.
 * @fires saar-application-submitted - The portal has the application (detail: reference, service, town, authority).
 * @fires saar-step-change - The citizen moved to another step.
 * @csspart base - The widget's frame.
 * @csspart heading - The form's title.
 * @csspart step - The current step.
 * @csspart error-summary - The list of problems at the top of a step.
 * @csspart actions - The row of Back / Continue / Send buttons.
 * @csspart confirmation - The confirmation panel with the reference number.
 * @csspart town-input - The town search box, when the form asks for the citizen's town.
 * @csspart error - An error message with its retry button.
 * @cssprop --saar-color-brand - Brand colour: buttons, links, ticked boxes and radio buttons, upload progress and the names in the town list.
 * @cssprop --saar-color-brand-contrast - Text on the brand colour: primary buttons and the confirmation panel.
 * @cssprop --saar-color-text - Body text and the text in inputs.
 * @cssprop --saar-color-text-muted - Secondary text: hints, status lines, "step x of y", "optional".
 * @cssprop --saar-color-surface - Background of the widget, the inputs, the town list and secondary buttons.
 * @cssprop --saar-color-surface-raised - Background of read-only inputs, notices, error messages, the highlighted town and loading placeholders.
 * @cssprop --saar-color-border - Borders of the frame, the inputs, groups of fields and the rows of the answers' check.
 * @cssprop --saar-color-focus - Focus ring (also around the error summary and the highlighted town).
 * @cssprop --saar-color-error - Errors: a field's message and stripe, an invalid input's border, the error summary and the stripe beside an error message.
 * @cssprop --saar-color-success - Background of the confirmation panel with the reference number.
 * @cssprop --saar-color-warning - The stripe beside a notice (no form for this service, offline while sending).
 * @cssprop --saar-font-family - Font stack: the system fonts, no web fonts.
 * @cssprop --saar-font-size-s - Small text: hints, status lines, "step x of y".
 * @cssprop --saar-font-size-m - Body text.
 * @cssprop --saar-font-size-l - Headings inside the widget, fixed values and the reference number and access code in the confirmation.
 * @cssprop --saar-font-size-xl - The form's title, and the confirmation panel's heading and reference number.
 * @cssprop --saar-font-weight-bold - Labels, buttons, group titles, error messages and the questions in the answers' check.
 * @cssprop --saar-line-height - Line height of body text.
 * @cssprop --saar-space-1 - Spacing step 1 (4 px at the default font size).
 * @cssprop --saar-space-2 - Spacing step 2 (8 px).
 * @cssprop --saar-space-3 - Spacing step 3 (12 px).
 * @cssprop --saar-space-4 - Spacing step 4 (16 px): padding of the frame and the gap between its parts and between fields.
 * @cssprop --saar-radius-s - Corner radius of inputs, buttons, groups of fields, the error summary and the confirmation panel.
 * @cssprop --saar-radius-m - Corner radius of the frame.
 * @cssprop --saar-target-size - Smallest size of a click or touch target (44 px at the default font size; keep it at 44 px or more).
 * @cssprop --saar-focus-ring-width - Width of the focus ring (keep it at 2 px or more).
 * @cssprop --saar-focus-ring-offset - Gap between an element and its focus ring.
 * @cssprop --saar-motion-duration - Length of the buttons' colour transitions (0 under reduced motion).
 * @cssprop --saar-motion-easing - Timing function of the buttons' colour transitions.
 */
export class SaarApplicationForm extends SaarElement {
  static override styles = [
    SaarElement.styles,
    buttonStyles,
    formTextStyles,
    comboboxStyles,
    fieldStyles,
    choiceStyles,
    feedbackStyles,
    cardStyles,
    formStyles,
  ];

  /** The service to apply for: its id (`hundesteuer-anmeldung`) or its LeiKa key (14 digits). */
  @property() service: string | undefined;

  /** The town: regional key (ARS, 12 digits) or municipality key (AGS, 8 digits). Without it the citizen chooses. */
  @property({ reflect: true }) municipality: string | undefined;

  /** A draft's resume token to continue from (else the page address's `#saar-resume=…`). */
  @property() resume: string | undefined;

  /**
   * Where "Stand des Antrags ansehen" leads: a URL with `{reference}`, e.g.
   * `/status.html?reference={reference}`; the access code follows in the fragment, for the tracker.
   */
  @property({ attribute: 'tracker-url' }) trackerUrl: string | undefined;

  /** Prefix the page title with "Fehler:" while the form shows errors (GOV.UK advice). */
  @property({ attribute: 'error-title', type: Boolean }) errorTitle = false;

  @state() private answers: FormAnswers = {};
  @state() private view: FormView = 'steps';
  @state() private step = 0;
  @state() private errors = new Map<string, string>();
  @state() private summary: SummaryError[] = [];
  @state() private typed = new Map<string, string>();
  @state() private uploads = new Map<string, UploadState[]>();
  @state() private places = new Map<string, string>();
  @state() private submission: Submission = { kind: 'idle' };
  @state() private chosenArea: Area | undefined;
  @state() private returnToCheck = false;
  @state() private showSaved = false;
  /** "Später weitermachen" found the portal not saving: said next to the button until a save works. */
  @state() private laterFailed = false;
  @state() private loginFailed: unknown;
  /** A draft the logged-in citizen saved earlier for this service, offered to continue. */
  @state() private earlierDraft: Draft | undefined;

  private started = false;
  /** Whether the citizen has answered anything here (then no earlier draft is offered). */
  private edited = false;
  /** A "continue later" link whose draft did not load: gone, or not reachable just now. */
  @state() private resumeProblem:
    { kind: 'gone' } | { kind: 'failed'; token: string; error: unknown } | undefined;
  /** The citizen (`sub`) whose saved drafts were looked up already. */
  private draftsAskedFor: string | undefined;
  private idempotencyKey: string | undefined;
  private originalTitle: string | undefined;
  private visible: { answers: FormAnswers; result: FormVisibility } | undefined;
  private readonly liveRegion = new LiveRegionController(this);
  private readonly focusControl = new FocusController(this);
  // Drafts are writes: only town sites on the portal's list may save them.
  private readonly drafts = new DraftSaver(this, () => this.client, {
    failed: (error, first) => {
      this.explain(error, 'listed');
      // Out of sight while the citizen types: said once, not on every try.
      if (first) this.liveRegion.announce(this.localize(() => text.draftSaveFailed()));
    },
    saved: (recovered) => {
      this.laterFailed = false;
      if (recovered) this.liveRegion.announce(this.localize(() => text.draftSaved()));
    },
  });
  private readonly areaPicker = new AreaPicker(this, {
    idPrefix: 'town',
    client: () => this.client,
    onChoose: (area) => this.chooseTown(area),
    label: text.townLabel,
    hint: text.townHint,
  });

  private readonly serviceTask = new Task(this, {
    task: async ([client, key], { signal }): Promise<Service> => {
      if (!key) throw new Error('no service');
      if (!LEIKA_KEY.test(key)) return client.getService(key, { signal });
      const catalogue = await client.getCatalogue({ signal });
      const match = catalogue.services.find((service) => service.leikaKey === key);
      if (!match)
        throw new HttpError('', 404, { type: 'about:blank', title: 'Not Found', status: 404 });
      return client.getService(match.id, { signal });
    },
    args: () => [this.client, this.service?.trim()] as const,
    onError: (error) => this.explain(error),
  });

  private readonly formTask = new Task(this, {
    task: ([client, service], { signal }) =>
      service ? getForm(client, service.id, { signal }) : initialState,
    args: () => [this.client, this.serviceTask.value] as const,
    onError: (error) => this.explain(error),
  });

  private readonly areaTask = new Task(this, {
    task: ([client, key], { signal }) => (key ? client.getArea(key, { signal }) : initialState),
    args: () => [this.client, this.municipality?.trim()] as const,
    onError: (error) => this.explain(error),
  });

  /** The town the application goes to: chosen, else the preset one. */
  private get area(): Area | undefined {
    return this.chosenArea ?? this.areaTask.value;
  }

  private get form(): FormDefinition | undefined {
    return this.formTask.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('online', this.onOnline);
    if (isLoginCallback(new URL(location.href)) || loggedInMarker() !== undefined) {
      void loginCode()
        .then(({ resumeLogin }) => resumeLogin(this.client, this.session))
        .catch((error: unknown) => (this.loginFailed = error));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('online', this.onOnline);
    this.restoreTitle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const form = this.form;
    if (form && !this.started) this.start(form);
    if (form && this.started) {
      this.applyPrefill(form);
      this.offerEarlierDraft(form);
    }
  }

  /** The visibility of the current answers (one walk per change of the answers). */
  private get shown(): FormVisibility {
    const form = this.form!;
    if (this.visible?.answers !== this.answers) {
      this.visible = { answers: this.answers, result: visibility(form, this.answers) };
    }
    return this.visible.result;
  }

  protected override render(): TemplateResult {
    return html`<div class="application card" part="base">
      ${this.renderBody()} ${this.liveRegion.render()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    if (!this.service?.trim()) return html`<p class="notice">${text.noService()}</p>`;
    const service = this.serviceTask;
    const form = this.formTask;
    const failed = [service, form].find((task) => task.status === TaskStatus.ERROR);
    if (failed) {
      const notFound = failed.error instanceof HttpError && failed.error.status === 404;
      return notFound
        ? html`<p class="notice" role="alert">${text.noForm()}</p>`
        : renderFailure({
            what: text.loadFailed(),
            error: failed.error,
            retry: () => void (service.status === TaskStatus.ERROR ? service.run() : form.run()),
            id: 'failure',
          });
    }
    if (!this.form || !service.value) return renderLoading(text.loading(), 4);
    const heading = html`<h2 part="heading" id="form-heading" tabindex="-1">
      ${plain(this.form.title, this.locale)}
    </h2>`;
    if (this.submission.kind === 'done') {
      return html`${heading}${renderConfirmation(this.submission.receipt, this.locale, {
        trackerUrl: this.trackerUrl,
        onPrint: () => window.print(),
        onCopy: this.copy,
      })}`;
    }
    const gate = this.loginNeeded(service.value);
    if (gate) {
      return html`${heading}${renderLoginGate(gate.level, gate.stepUp, this.loginFailed, this.logIn)}`;
    }
    if (this.view === 'town' || !this.ars) {
      return html`${heading}${this.renderResumeProblem()}${this.renderTown()}`;
    }
    if (this.showSaved && this.drafts.resumeToken) {
      return html`${heading}${renderSaved(this.drafts, this.locale, this.copy, () => {
        this.showSaved = false;
        this.focusControl.focusAfterUpdate('step-heading', 'form-heading');
      })}`;
    }
    const earlier =
      this.earlierDraft && this.view === 'steps'
        ? renderEarlierDraft(this.earlierDraft, this.locale, this.continueEarlier, this.startFresh)
        : nothing;
    return html`${heading} ${this.renderResumeProblem()} ${this.renderTownLine()} ${earlier}
    ${this.view === 'check' ? this.renderCheckView(this.form) : this.renderStep(this.form)}`;
  }

  private renderTown(): TemplateResult {
    return html`<section class="town" aria-labelledby="town-heading">
      <h3 id="town-heading" tabindex="-1">${text.townHeading()}</h3>
      ${this.areaTask.status === TaskStatus.ERROR ? renderFailure({ what: text.loadFailed(), error: this.areaTask.error }) : nothing}
      ${this.areaPicker.render()}
    </section>`;
  }

  private renderTownLine(): TemplateResult | typeof nothing {
    const area = this.area;
    if (!area || this.municipality) return nothing;
    return html`<p class="town-line">
      ${area.name}
      <button type="button" class="link-button" @click=${this.changeTown}>${text.change()}</button>
    </p>`;
  }

  private renderStep(form: FormDefinition): TemplateResult {
    const step = form.steps[this.step]!;
    const total = form.steps.length;
    const last = this.step === total - 1;
    return html`<section class="step" part="step" aria-labelledby="step-heading">
      <p class="step-of">${text.stepOf(this.step + 1, total)}</p>
      <h3 id="step-heading" tabindex="-1">${plain(step.title, this.locale)}</h3>
      ${step.help ? html`<p class="hint">${plain(step.help, this.locale)}</p>` : nothing}
      ${renderErrorSummary(this.summary)}
      <form novalidate @submit=${this.onContinue}>
        ${renderElements(step.elements, [], this.fieldContext())}
        <div class="actions" part="actions">
          <button type="submit" class="button button--primary" id="continue">
            ${this.returnToCheck ? text.backToCheck() : last ? text.toCheck() : text.continue()}
          </button>
          ${
            this.step > 0 && !this.returnToCheck
              ? html`<button type="button" class="button button--secondary" @click=${this.back}>
                  ${text.back()}
                </button>`
              : nothing
          }
          <button type="button" class="link-button save-later" @click=${this.saveForLater}>
            ${text.saveForLater()}
          </button>
        </div>
      </form>
      ${this.renderDraftStatus()}
    </section>`;
  }

  private renderCheckView(form: FormDefinition): TemplateResult {
    const sending = this.submission.kind === 'sending';
    return html`<section class="check" part="step" aria-labelledby="step-heading">
      <h3 id="step-heading" tabindex="-1">${text.checkHeading()}</h3>
      <p>${text.checkIntro()}</p>
      ${renderErrorSummary(this.summary)}
      ${renderCheck(
        form,
        {
          answers: this.answers,
          shown: this.shown,
          locale: this.locale,
          prefilled: this.prefilledPaths(),
        },
        this.changeAnswer,
      )}
      ${this.renderSubmissionState()}
      <div class="actions" part="actions">
        <button
          type="button"
          class="button button--primary"
          id="submit"
          aria-disabled=${sending ? 'true' : 'false'}
          @click=${this.submit}
        >
          ${sending ? text.submitting() : text.submit()}
        </button>
        <button type="button" class="button button--secondary" @click=${this.back}>
          ${text.back()}
        </button>
      </div>
    </section>`;
  }

  private renderSubmissionState(): TemplateResult | typeof nothing {
    const submission = this.submission;
    if (submission.kind === 'offline') {
      return html`<div class="notice" role="status" id="submission-state">${text.offline()}</div>`;
    }
    if (submission.kind === 'failed') {
      return html`<div class="error" role="alert" id="submission-state">
        <p><strong>${text.sendFailed()}</strong> ${describeError(submission.error)}</p>
        <button type="button" class="button button--secondary" @click=${this.submit}>
          ${text.sendAgain()}
        </button>
      </div>`;
    }
    return nothing;
  }

  private renderDraftStatus(): TemplateResult | typeof nothing {
    if (this.drafts.status === 'failed') {
      return html`<p class="hint draft-status" id="draft-status">
        ${this.laterFailed ? text.laterFailed() : text.draftSaveFailed()}
      </p>`;
    }
    return this.drafts.status === 'saved'
      ? html`<p class="hint draft-status">${text.draftSaved()}</p>`
      : nothing;
  }

  private fieldContext(): FieldContext {
    return {
      locale: this.locale,
      answers: this.answers,
      visibility: this.shown,
      errors: this.errors,
      typed: this.typed,
      prefilled: this.prefilledPaths(),
      uploads: this.uploads,
      places: this.places,
      on: {
        input: this.onInput,
        set: this.onSet,
        leave: this.onLeave,
        addEntry: this.addEntry,
        removeEntry: this.removeEntry,
        chooseFiles: this.chooseFiles,
        removeFile: this.removeFile,
        usePlace: this.usePlace,
      },
    };
  }

  /** The regional key the application goes to. */
  private get ars(): string | undefined {
    return this.area?.ars;
  }

  // —— Start, restore, prefill ——

  /** Starts the form: the tab's copy, else a resumed draft, else a fresh form. */
  private start(form: FormDefinition): void {
    this.started = true;
    const version = `${form.id}@${form.version}`;
    const kept = loadProgress(form.serviceId, version);
    const token = this.resume ?? resumeTokenInAddress();
    if (kept) {
      this.edited = true;
      this.answers = kept.answers;
      this.view = kept.view;
      this.step = Math.min(kept.step, form.steps.length - 1);
      this.idempotencyKey = kept.idempotencyKey;
      this.drafts.adopt(kept.resumeToken);
      if (kept.ars && !this.municipality) void this.restoreArea(kept.ars);
    } else {
      this.answers = withRequiredEntries(form, {});
      if (token) void this.resumeDraft(form, token);
    }
    this.uploads = uploadsIn(form, this.answers);
    if (!this.ars && !this.municipality && this.view !== 'check') this.view = 'town';
    history.replaceState({ ...(history.state as object | null), saarForm: this.viewState() }, '');
  }

  private async restoreArea(ars: string): Promise<void> {
    try {
      this.chosenArea = await this.client.getArea(ars);
    } catch {
      this.view = 'town';
    }
  }

  /** Loads a draft's answers; `asked`: the citizen asked for it just now (focus follows). */
  private async resumeDraft(form: FormDefinition, token: string, asked = false): Promise<void> {
    try {
      const draft = await getDraft(this.client, token);
      if (draft.serviceId !== form.serviceId) return;
      // A draft saved before a required list got its first entry shows that entry again.
      this.answers = withRequiredEntries(form, draft.answers);
      this.uploads = uploadsIn(form, this.answers);
      this.drafts.adopt(draft.resumeToken, draft.expiresAt);
      const step = form.steps.findIndex((candidate) => candidate.id === draft.stepId);
      this.step = Math.max(0, step);
      if (draft.ars && !this.municipality) await this.restoreArea(draft.ars);
      if (this.ars) this.view = 'steps';
      // The token stays out of the address (and so out of history and referrers).
      removeResumeToken();
    } catch (error) {
      if (isAbortError(error)) return;
      if (error instanceof HttpError && (error.status === 404 || error.status === 410)) {
        // The token opens nothing any more: out of the address, and the citizen starts afresh.
        this.resumeProblem = { kind: 'gone' };
        removeResumeToken();
        this.liveRegion.announce(
          this.localize(() => `${text.draftGone()} ${text.draftGoneNext()}`),
        );
      } else {
        // Not reachable just now: the link stays in the address, and "try again" tries it.
        this.explain(error, 'listed');
        this.resumeProblem = { kind: 'failed', token, error };
      }
      // On a page that just opened, focus stays where the page put it; the notice is announced.
      if (asked) this.focusControl.focusAfterUpdate('resume-problem');
    }
  }

  private readonly retryResume = () => {
    const problem = this.resumeProblem;
    const form = this.form;
    if (problem?.kind !== 'failed' || !form) return;
    this.resumeProblem = undefined;
    void this.resumeDraft(form, problem.token, true).then(() => {
      if (!this.resumeProblem) this.focusControl.focusAfterUpdate('step-heading', 'form-heading');
    });
  };

  /** Why a "continue later" link opened an empty form, and the way on. */
  private renderResumeProblem(): TemplateResult | typeof nothing {
    const problem = this.resumeProblem;
    if (!problem) return nothing;
    if (problem.kind === 'gone') {
      return html`<div class="notice" role="status" id="resume-problem" tabindex="-1">
        <p>${text.draftGone()} ${text.draftGoneNext()}</p>
      </div>`;
    }
    return html`<div id="resume-problem" tabindex="-1">
      ${renderFailure({
        what: text.resumeFailed(),
        error: problem.error,
        // What was typed since would be replaced by the draft: then the link is for later.
        retry: this.edited ? undefined : this.retryResume,
      })}
    </div>`;
  }

  /** Once per logged-in citizen, before they answer anything: their saved draft of this form. */
  private offerEarlierDraft(form: FormDefinition): void {
    const sub = this.session.claims?.sub;
    if (!sub || this.draftsAskedFor === sub || this.edited || this.drafts.resumeToken) return;
    if (this.submission.kind !== 'idle') return;
    this.draftsAskedFor = sub;
    void latestDraftFor(this.client, form.serviceId).then((draft) => {
      if (draft && !this.edited && !this.drafts.resumeToken) this.earlierDraft = draft;
    });
  }

  private readonly continueEarlier = () => {
    const draft = this.earlierDraft;
    const form = this.form;
    this.earlierDraft = undefined;
    if (!draft || !form) return;
    void this.resumeDraft(form, draft.resumeToken, true).then(() => {
      if (!this.resumeProblem) this.focusControl.focusAfterUpdate('step-heading', 'form-heading');
    });
  };

  private readonly startFresh = () => {
    this.earlierDraft = undefined;
    this.focusControl.focusAfterUpdate('step-heading', 'form-heading');
  };

  /** Fields the citizen allowed the account to fill, and that are still empty, get its values. */
  private applyPrefill(form: FormDefinition): void {
    const claims = this.session.claims;
    const consent = this.session.prefillConsent;
    if (!claims || !consent) return;
    let answers = this.answers;
    for (const step of form.steps) {
      for (const element of step.elements) {
        if (element.type !== 'field' || !element.prefill) continue;
        if (!consent.includes(prefillableClaim(element.prefill))) continue;
        const value = claimValue(claims, element.prefill);
        if (value !== undefined && answerAt(answers, [element.id]) === undefined) {
          answers = withAnswer(answers, [element.id], value);
        }
      }
    }
    if (answers !== this.answers) this.answers = answers;
  }

  /** Answers that hold exactly the account's value, for fields the account may fill. */
  private prefilledPaths(): Set<string> {
    const claims = this.session.claims;
    const consent = this.session.prefillConsent;
    const paths = new Set<string>();
    if (!claims || !consent || !this.form) return paths;
    for (const step of this.form.steps) {
      for (const element of step.elements) {
        if (element.type !== 'field' || !element.prefill) continue;
        if (!consent.includes(prefillableClaim(element.prefill))) continue;
        const value = claimValue(claims, element.prefill);
        if (value !== undefined && answerAt(this.answers, [element.id]) === value) {
          paths.add(paramPath([element.id]));
        }
      }
    }
    return paths;
  }

  // —— Typing and leaving fields ——

  private readonly onInput = (path: AnswerPath, field: FormField, typed: string, part?: string) => {
    const key = paramPath(path);
    const next = new Map(this.typed);
    let value: unknown;
    if (field.dataType === 'date' || field.dataType === 'datetime') {
      next.set(`${key}#${part ?? 'day'}`, typed);
      const stored = dateParts(answerAt(this.answers, path));
      const parts: DateParts = {
        day: next.get(`${key}#day`) ?? stored.day,
        month: next.get(`${key}#month`) ?? stored.month,
        year: next.get(`${key}#year`) ?? stored.year,
      };
      const date = isoDate(parts);
      if (field.dataType === 'datetime') {
        const time = next.get(`${key}#time`) ?? '';
        value = date === undefined && time === '' ? undefined : `${date ?? ''}T${time}`;
      } else {
        value = date;
      }
    } else if (['num', 'num_int', 'num_currency'].includes(field.dataType)) {
      next.set(key, typed);
      const parsed = parseNumberInput(typed);
      value = parsed === '' ? undefined : parsed;
    } else {
      value = typed === '' ? undefined : typed;
    }
    this.typed = next;
    this.setAnswer(path, value);
  };

  private readonly onSet = (path: AnswerPath, _field: FormField, value: unknown) => {
    this.setAnswer(path, value);
    this.recheck(path);
  };

  /** Leaving a field shows its errors (never while typing), and asks for a postcode's place. */
  private readonly onLeave = (path: AnswerPath, field: FormField) => {
    this.recheck(path);
    if (field.autocomplete === 'postal-code') void this.suggestPlace(path);
  };

  private setAnswer(path: AnswerPath, value: unknown): void {
    this.edited = true;
    this.earlierDraft = undefined;
    this.answers = withAnswer(this.answers, path, value);
    this.persist();
    this.drafts.changed(this.draftInput());
  }

  /** Shows or clears the errors of one answer, from the same check the server runs. */
  private recheck(path: AnswerPath): void {
    const form = this.form;
    if (!form) return;
    const key = paramPath(path);
    const issues = this.issuesOn(form, [key]);
    const errors = new Map(this.errors);
    errors.delete(key);
    for (const issue of issues) errors.set(issue.path, this.messageOf(form, issue));
    this.errors = errors;
    if (this.summary.length > 0)
      this.summary = this.summary.filter(
        (item) => item.path !== undefined && errors.has(item.path),
      );
  }

  /** Issues of the complete check on the answers under `paths` (and their list items). */
  private issuesOn(form: FormDefinition, paths: readonly string[]): AnswerIssue[] {
    return checkAnswers(form, this.answers, { complete: true }).filter((issue) =>
      paths.some((path) => issue.path === path || issue.path.startsWith(`${path}[`)),
    );
  }

  private messageOf(form: FormDefinition, issue: AnswerIssue): string {
    const path = answerPathOf(issue.path) ?? [];
    const id = [...path].reverse().find((segment) => typeof segment === 'string') ?? '';
    const element = indexForm(form).get(String(id))?.element;
    const label = element ? plain(element.label, this.locale) : String(id);
    return this.localize(() =>
      issueMessage(issue, label, element?.type === 'field' ? element : undefined, this.locale),
    );
  }

  private async suggestPlace(path: AnswerPath): Promise<void> {
    const code = answerAt(this.answers, path);
    const key = paramPath(path);
    // A suggestion belongs to the postcode it was made for: a changed postcode drops it.
    if (this.places.has(key)) {
      const places = new Map(this.places);
      places.delete(key);
      this.places = places;
    }
    if (typeof code !== 'string' || !/^\d{5}$/.test(code)) return;
    try {
      const { areas } = await this.client.findAreas(code);
      // Changed again while the portal answered: that change asks for its own.
      if (answerAt(this.answers, path) !== code) return;
      const place = areas.find((area) => area.type === 'municipality')?.name;
      const localityPath = this.siblingWith(path, 'address-level2');
      if (!place || !localityPath || answerAt(this.answers, localityPath) === place) return;
      this.places = new Map(this.places).set(key, place);
    } catch {
      // A suggestion is a courtesy: without one the citizen types the place.
    }
  }

  /** The field next to `path` (same level) whose autocomplete token is `token`. */
  private siblingWith(path: AnswerPath, token: string): AnswerPath | undefined {
    const form = this.form;
    if (!form) return undefined;
    const index = indexForm(form);
    const own = index.get(String(path[path.length - 1]));
    const sibling = [...index.values()].find(
      (placed) =>
        placed.element.type === 'field' &&
        placed.element.autocomplete === token &&
        placed.repeat === own?.repeat,
    );
    return sibling ? [...path.slice(0, -1), sibling.element.id] : undefined;
  }

  private readonly usePlace = (path: AnswerPath, place: string) => {
    const target = this.siblingWith(path, 'address-level2');
    if (target) {
      this.setAnswer(target, place);
      this.recheck(target);
    }
    const places = new Map(this.places);
    places.delete(paramPath(path));
    this.places = places;
    if (target) this.focusControl.focusAfterUpdate(controlId(target));
  };

  // —— Repeatable groups ——

  private readonly addEntry = (path: AnswerPath, group: FormGroup) => {
    const entries = answerAt(this.answers, path);
    const list = Array.isArray(entries) ? entries : [];
    this.setAnswer(path, [...list, {}]);
    const label = plain(group.label, this.locale);
    this.liveRegion.announce(this.localize(() => text.entryAdded(label, list.length + 1)));
    this.focusControl.focusAfterUpdate(() =>
      this.firstControlIn(controlId([...path, list.length])),
    );
  };

  private readonly removeEntry = (path: AnswerPath, group: FormGroup, index: number) => {
    const entries = answerAt(this.answers, path);
    const list = Array.isArray(entries) ? entries.filter((_, position) => position !== index) : [];
    this.setAnswer(path, list.length > 0 ? list : undefined);
    this.errors = new Map(
      [...this.errors].filter(([key]) => !key.startsWith(paramPath(path) + '[')),
    );
    this.uploads = this.form ? this.uploadsAfterRemoving(path, index) : this.uploads;
    const label = plain(group.label, this.locale);
    this.liveRegion.announce(this.localize(() => text.entryRemoved(label, index + 1)));
    this.focusControl.focusAfterUpdate(controlId(path, 'add'), controlId(path));
  };

  private firstControlIn(id: string): HTMLElement | undefined {
    return (
      this.renderRoot.querySelector<HTMLElement>(
        `#${CSS.escape(id)} input, #${CSS.escape(id)} select, #${CSS.escape(id)} textarea`,
      ) ?? undefined
    );
  }

  // —— Files ——

  private readonly chooseFiles = (path: AnswerPath, field: FormField, files: readonly File[]) => {
    const key = paramPath(path);
    const form = this.form!;
    for (const file of files) {
      const refusal = refusalOf(field, file);
      if (refusal) {
        const label = plain(field.label, this.locale);
        const message = this.localize(() =>
          issueMessage({ rule: refusal }, label, field, this.locale),
        );
        this.errors = new Map(this.errors).set(key, `${file.name}: ${message}`);
        continue;
      }
      const state = startedUpload(file);
      this.setUploads(key, [...(this.uploads.get(key) ?? []), state]);
      this.liveRegion.announce(this.localize(() => text.fileUploading(file.name)));
      // Where the upload is now: an entry removed above it moves it up (`removeEntry`).
      const current = () => this.uploadKeyOf(state.key);
      upload(this.client, file, (progress) => {
        const now = current();
        if (now !== undefined) this.updateUpload(now, state.key, { progress });
      })
        .then((ref) => {
          const now = current();
          const nowPath = now === undefined ? undefined : answerPathOf(now);
          // Its entry was removed meanwhile: the file belongs to no answer any more.
          if (now === undefined || nowPath === undefined) return;
          this.updateUpload(now, state.key, { status: 'done', progress: 1, ref });
          this.setAnswer(nowPath, fileAnswer(field, this.uploads.get(now) ?? []));
          this.recheck(nowPath);
          this.liveRegion.announce(this.localize(() => text.fileUploaded(file.name)));
        })
        .catch((error: unknown) => {
          const now = current();
          if (now === undefined) return;
          this.updateUpload(now, state.key, { status: 'failed' });
          const message = `${this.localize(() => text.fileFailed(file.name))} ${this.localize(() => describeError(error))}`;
          this.errors = new Map(this.errors).set(now, message);
          // The citizen may be further down the form by now: said, not only shown.
          this.liveRegion.announce(message);
        });
    }
    // A field that holds all the files it may takes its chooser away, and with it the focus:
    // the list of its files takes the focus instead.
    const held = (this.uploads.get(key) ?? []).filter((state) => state.status !== 'failed');
    if (held.length >= parseCardinality(field.cardinality).max) {
      this.focusControl.focusAfterUpdate(`${controlId(path)}-uploads`);
    }
    void form;
  };

  private readonly removeFile = (path: AnswerPath, field: FormField, uploadKey: string) => {
    const key = paramPath(path);
    const removed = this.uploads.get(key)?.find((state) => state.key === uploadKey);
    const rest = (this.uploads.get(key) ?? []).filter((state) => state.key !== uploadKey);
    this.setUploads(key, rest);
    this.setAnswer(path, fileAnswer(field, rest));
    if (removed) this.liveRegion.announce(this.localize(() => text.fileRemoved(removed.name)));
    this.focusControl.focusAfterUpdate(controlId(path), controlId(path, 'hint'));
  };

  /** The key of the field an upload (by its own key) is listed under now, if any. */
  private uploadKeyOf(uploadKey: string): string | undefined {
    for (const [key, states] of this.uploads) {
      if (states.some((state) => state.key === uploadKey)) return key;
    }
    return undefined;
  }

  /**
   * The uploads once entry `index` of the list at `path` is gone: the finished ones as the
   * answers now hold them, and those still on their way with their entry, which moves up one
   * when it came after the removed one (and goes with it when it was that one).
   */
  private uploadsAfterRemoving(path: AnswerPath, index: number): Map<string, UploadState[]> {
    const result = uploadsIn(this.form!, this.answers);
    for (const [key, states] of this.uploads) {
      const uploading = states.filter((state) => state.status === 'uploading');
      const at = answerPathOf(key);
      if (uploading.length === 0 || at === undefined) continue;
      const inList = path.every((segment, position) => at[position] === segment);
      const entry = inList ? at[path.length] : undefined;
      let moved = at;
      if (typeof entry === 'number') {
        if (entry === index) continue;
        if (entry > index) moved = [...path, entry - 1, ...at.slice(path.length + 1)];
      }
      const movedKey = paramPath(moved);
      result.set(movedKey, [...(result.get(movedKey) ?? []), ...uploading]);
    }
    return result;
  }

  private setUploads(key: string, states: UploadState[]): void {
    this.uploads = new Map(this.uploads).set(key, states);
  }

  private updateUpload(key: string, uploadKey: string, change: Partial<UploadState>): void {
    const states = (this.uploads.get(key) ?? []).map((state) =>
      state.key === uploadKey ? { ...state, ...change } : state,
    );
    this.setUploads(key, states);
  }

  // —— Moving between steps ——

  private readonly onContinue = (event: SubmitEvent) => {
    event.preventDefault();
    const form = this.form!;
    const issues = this.stepIssues(form, form.steps[this.step]!);
    if (issues.length > 0) {
      this.showIssues(form, issues);
      return;
    }
    this.clearIssues();
    if (this.returnToCheck || this.step === form.steps.length - 1) {
      this.returnToCheck = false;
      this.go('check', this.step);
    } else {
      this.go('steps', this.step + 1);
    }
  };

  private readonly back = () => {
    this.clearIssues();
    if (this.view === 'check') this.go('steps', this.form!.steps.length - 1);
    else if (this.step > 0) this.go('steps', this.step - 1);
  };

  /** The issues of the fields shown on `step` (repeat entries included). */
  private stepIssues(form: FormDefinition, step: FormStep): AnswerIssue[] {
    return this.issuesOn(
      form,
      step.elements
        .map((element) => paramPath([element.id]))
        .concat(
          step.elements.flatMap((element) =>
            element.type === 'group' && !isRepeatableGroup(element) ? groupFieldPaths(element) : [],
          ),
        ),
    );
  }

  private showIssues(form: FormDefinition, issues: readonly AnswerIssue[]): void {
    const errors = new Map<string, string>();
    for (const issue of issues)
      if (!errors.has(issue.path)) errors.set(issue.path, this.messageOf(form, issue));
    this.errors = errors;
    this.summary = [...errors].map(([path, message]) => ({
      path,
      targetId: controlId(answerPathOf(path) ?? []),
      message,
    }));
    this.setErrorTitle(true);
    this.focusControl.focusAfterUpdate(ERROR_SUMMARY_ID);
  }

  private clearIssues(): void {
    this.errors = new Map();
    this.summary = [];
    this.setErrorTitle(false);
  }

  /** Shows `view` at `step`, focuses its heading, and adds a history entry for Back. */
  private go(view: FormView, step: number, record = true): void {
    this.view = view;
    this.step = step;
    this.showSaved = false;
    this.persist();
    this.focusControl.focusAfterUpdate('step-heading', 'form-heading');
    if (record)
      history.pushState({ ...(history.state as object | null), saarForm: this.viewState() }, '');
    const form = this.form!;
    this.emit(
      new SaarStepChangeEvent(
        view === 'check'
          ? { stepId: 'check', number: form.steps.length + 1 }
          : { stepId: form.steps[step]!.id, number: step + 1 },
      ),
    );
  }

  private viewState() {
    return { service: this.service, view: this.view, step: this.step };
  }

  /** The browser's Back and Forward move between steps of this form. */
  private readonly onPopState = (event: PopStateEvent) => {
    const saved = (
      event.state as { saarForm?: { service?: string; view: FormView; step: number } } | null
    )?.saarForm;
    if (!saved || saved.service !== this.service || !this.form || this.submission.kind === 'done')
      return;
    this.clearIssues();
    this.go(saved.view, Math.min(saved.step, this.form.steps.length - 1), false);
  };

  /** "Ändern" on the check page: to the answer's step and field, then back to the check. */
  private readonly changeAnswer = (stepIndex: number, path: AnswerPath) => {
    this.returnToCheck = true;
    this.go('steps', stepIndex);
    this.focusControl.focusAfterUpdate(
      controlId(path),
      () => this.firstControlIn(controlId(path)),
      'step-heading',
    );
  };

  private readonly changeTown = () => {
    this.chosenArea = undefined;
    this.view = 'town';
    this.focusControl.focusAfterUpdate(this.areaPicker.inputId);
  };

  private chooseTown(area: Area): void {
    this.chosenArea = area;
    this.view = 'steps';
    this.persist();
    this.drafts.changed(this.draftInput());
    this.focusControl.focusAfterUpdate('step-heading', 'form-heading');
  }

  // —— Login ——

  /** Whether the service needs a login first (or a higher trust level than the session has). */
  private loginNeeded(service: Service): { level: TrustLevel; stepUp: boolean } | undefined {
    const level = service.onlineTrustLevel;
    if (!level) return undefined;
    const acr = this.session.claims?.acr;
    if (acr && meetsTrustLevel(acr, level)) return undefined;
    return { level, stepUp: acr !== undefined };
  }

  private readonly logIn = async () => {
    const level = this.serviceTask.value?.onlineTrustLevel;
    this.persist();
    try {
      const { login } = await loginCode();
      await login(this.client, this.session, level ? { trustLevel: level } : {});
    } catch (error) {
      this.loginFailed = error;
    }
  };

  // —— Submission ——

  private readonly submit = async () => {
    const form = this.form;
    const ars = this.ars;
    if (!form || !ars || this.submission.kind === 'sending') return;
    const issues = checkAnswers(form, this.answers, { complete: true });
    if (issues.length > 0) {
      this.goToFirstIssue(form, issues);
      return;
    }
    if (!this.emit(new SaarSubmitEvent({ serviceId: form.serviceId, ars }))) return;
    this.idempotencyKey ??= crypto.randomUUID();
    this.persist();
    // "Erneut senden" goes with the failure it sits in: the focus waits on the send button,
    // which says that it is sending, until the outcome takes it.
    if (this.submission.kind === 'failed') this.focusControl.focusAfterUpdate('submit');
    this.submission = { kind: 'sending' };
    try {
      const receipt = await submitApplication(
        this.client,
        {
          serviceId: form.serviceId,
          ars,
          answers: answersToStore(form, this.answers),
          ...(this.drafts.resumeToken ? { resumeToken: this.drafts.resumeToken } : {}),
        },
        this.idempotencyKey,
      );
      this.finish(form, receipt);
    } catch (error) {
      this.submissionFailed(form, error);
    }
  };

  private finish(form: FormDefinition, receipt: ApplicationReceipt): void {
    this.submission = { kind: 'done', receipt };
    this.drafts.stop();
    clearProgress(form.serviceId);
    this.idempotencyKey = undefined;
    this.clearIssues();
    this.focusControl.focusAfterUpdate('confirmation-heading');
    this.emit(new SaarApplicationSubmittedEvent(receipt));
  }

  private submissionFailed(form: FormDefinition, error: unknown): void {
    if (error instanceof NetworkError && (error.offline || !navigator.onLine)) {
      this.submission = { kind: 'offline' };
      this.focusControl.focusAfterUpdate('submission-state');
      return;
    }
    if (error instanceof HttpError && error.status === 422 && error.problem.invalidParams) {
      this.submission = { kind: 'idle' };
      const issues = error.problem.invalidParams.map((param) => ({
        ...param,
        rule: (param as { rule?: AnswerIssue['rule'] }).rule ?? 'unknown',
      })) as AnswerIssue[];
      this.goToFirstIssue(form, issues);
      return;
    }
    if (error instanceof HttpError && error.problem.type === PROBLEM_TYPES.insufficientTrustLevel) {
      this.submission = { kind: 'idle' };
      void this.logIn();
      return;
    }
    this.explain(error, 'listed');
    this.submission = { kind: 'failed', error };
    this.focusControl.focusAfterUpdate('submission-state');
  }

  /** Tells the webmaster in the console when a failure points at the page's setup. */
  private explain(error: unknown, access: CallAccess = 'public'): void {
    if (!isAbortError(error)) explainFailure(this.localName, error, access);
  }

  /** Back to the first step with a problem, showing every problem of that step. */
  private goToFirstIssue(form: FormDefinition, issues: readonly AnswerIssue[]): void {
    const index = indexForm(form);
    const stepOf = (issue: AnswerIssue) => {
      const id = (answerPathOf(issue.path) ?? []).find((segment) => typeof segment === 'string');
      return form.steps.indexOf(index.get(String(id))?.step ?? form.steps[0]!);
    };
    const first = Math.min(...issues.map(stepOf));
    this.returnToCheck = true;
    this.go('steps', Math.max(0, first));
    this.showIssues(
      form,
      issues.filter((issue) => stepOf(issue) === first),
    );
  }

  /** Back online: a submission that waited goes out, with the same key. */
  private readonly onOnline = () => {
    if (this.submission.kind === 'offline') void this.submit();
  };

  // —— Keeping what was typed ——

  private persist(): void {
    const form = this.form;
    if (!form || this.submission.kind === 'done') return;
    saveProgress(form.serviceId, {
      formVersion: `${form.id}@${form.version}`,
      answers: this.answers,
      view: this.view,
      step: this.step,
      ...(this.ars ? { ars: this.ars } : {}),
      ...(this.drafts.resumeToken ? { resumeToken: this.drafts.resumeToken } : {}),
      ...(this.idempotencyKey ? { idempotencyKey: this.idempotencyKey } : {}),
    });
  }

  private draftInput() {
    const form = this.form!;
    return {
      serviceId: form.serviceId,
      answers: this.answers,
      ...(this.ars ? { ars: this.ars } : {}),
      ...(this.view === 'steps' ? { stepId: form.steps[this.step]!.id } : {}),
    };
  }

  private readonly saveForLater = async () => {
    await this.drafts.saveNow(this.draftInput());
    this.persist();
    // Only a save that just worked makes a link worth giving: a token from an earlier save
    // would open an older draft, without what was typed since.
    if (this.drafts.status === 'saved' && this.drafts.resumeToken) {
      this.showSaved = true;
      this.focusControl.focusAfterUpdate('saved-heading');
    } else {
      // Focus stays on the button, to try again; the reason is said and shown next to it.
      this.laterFailed = true;
      this.liveRegion.announce(this.localize(() => text.laterFailed()));
    }
  };

  private readonly copy = async (value: string, button: HTMLElement) => {
    try {
      await navigator.clipboard.writeText(value);
      this.liveRegion.announce(this.localize(() => text.copied()));
    } catch {
      // No clipboard (permissions, old browser): the value stays selectable on the page.
    }
    button.focus();
  };

  private setErrorTitle(on: boolean): void {
    if (!this.errorTitle) return;
    const prefix = `${this.localize(() => text.errorTitlePrefix())} `;
    if (on && !document.title.startsWith(prefix)) {
      this.originalTitle = document.title;
      document.title = prefix + document.title;
    } else if (!on) {
      this.restoreTitle();
    }
  }

  private restoreTitle(): void {
    if (this.originalTitle !== undefined) document.title = this.originalTitle;
    this.originalTitle = undefined;
  }
}

/** `#saar-resume=<token>` in the page's address (a "continue later" link). */
function resumeTokenInAddress(): string | undefined {
  const match = /^#saar-resume=([A-Za-z0-9_-]{32,128})$/.exec(location.hash);
  return match?.[1];
}

/** The paths of the fields of a group that is no list (answered at the level around it). */
function groupFieldPaths(group: FormGroup): string[] {
  return group.children.flatMap((child) =>
    child.type === 'field'
      ? [paramPath([child.id])]
      : isRepeatableGroup(child)
        ? [paramPath([child.id])]
        : groupFieldPaths(child),
  );
}

/** The finished uploads the answers already reference, by field path. */
function uploadsIn(form: FormDefinition, answers: FormAnswers): Map<string, UploadState[]> {
  const result = new Map<string, UploadState[]>();
  const visit = (elements: readonly (FormField | FormGroup)[], scope: AnswerPath) => {
    for (const element of elements) {
      const path = [...scope, element.id];
      if (element.type === 'field' && element.dataType === 'file') {
        const value = answerAt(answers, path);
        const refs = (Array.isArray(value) ? value : value ? [value] : []) as Parameters<
          typeof doneUpload
        >[0][];
        if (refs.length > 0) result.set(paramPath(path), refs.map(doneUpload));
      } else if (element.type === 'group') {
        if (isRepeatableGroup(element)) {
          const entries = answerAt(answers, path);
          (Array.isArray(entries) ? entries : []).forEach((_, index) =>
            visit(element.children, [...path, index]),
          );
        } else {
          visit(element.children, scope);
        }
      }
    }
  };
  for (const step of form.steps) visit(step.elements, []);
  return result;
}

declare global {
  interface HTMLElementTagNameMap {
    'saar-application-form': SaarApplicationForm;
  }
}

/** Takes a "continue later" token out of the address (and so out of history and referrers). */
function removeResumeToken(): void {
  if (location.hash.startsWith('#saar-resume=')) {
    history.replaceState(history.state, '', location.pathname + location.search);
  }
}
