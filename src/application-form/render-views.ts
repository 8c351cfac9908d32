/**
 * The form's pages around the steps: check your answers (GOV.UK pattern, a change link per
 * answer), the confirmation with reference number and access code, the login a service needs,
 * and "continue later" with the resume link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormVisibility } from '../api/rules/form-model.js';
import { isRepeatableGroup } from '../api/rules/form-model.js';
import type { ApplicationReceipt } from '../api/schemas/application.js';
import type { FormAnswers, FormDefinition, FormElement } from '../api/schemas/form.js';
import type { Locale, TrustLevel } from '../api/vocabulary.js';
import { describeError } from '../shared/messages.js';
import { trustLevelText } from '../ui/labels.js';
import { localText } from '../ui/local-text.js';
import { answerAt, paramPath, type AnswerPath } from './answers.js';
import type { DraftSaver } from './draft-saver.js';
import { text } from './messages.js';
import { displayAnswer, plain } from './render-fields.js';

/** One row of the check page. */
interface Row {
  label: TemplateResult | string;
  /** The label as plain text, for the change button's accessible name. */
  name: string;
  value: string;
  path: AnswerPath;
  /** False for values the citizen cannot change here (set by the form, or from the account). */
  changeable: boolean;
}

/** What the check page needs besides the answers. */
export interface CheckContext {
  answers: FormAnswers;
  shown: FormVisibility;
  locale: Locale;
  /** Answers that hold the citizen account's value (read-only in the form). */
  prefilled: ReadonlySet<string>;
}

function rowsOf(
  elements: readonly FormElement[],
  scope: AnswerPath,
  context: CheckContext,
  prefix = '',
): Row[] {
  const { answers, shown, locale } = context;
  return elements.flatMap((element): Row[] => {
    const path = [...scope, element.id];
    if (!shown.shown.has(paramPath(path))) return [];
    if (element.type === 'field') {
      if (element.kind === 'label' || element.kind === 'hidden') return [];
      const name = prefix
        ? `${prefix}: ${plain(element.label, locale)}`
        : plain(element.label, locale);
      const label = prefix ? name : localText(element.label, locale);
      const value = element.kind === 'locked' ? element.defaultValue : answerAt(answers, path);
      const changeable = element.kind !== 'locked' && !context.prefilled.has(paramPath(path));
      return [{ label, name, value: displayAnswer(element, value, locale), path, changeable }];
    }
    if (isRepeatableGroup(element)) {
      const entries = answerAt(answers, path);
      const name = plain(element.label, locale);
      return (Array.isArray(entries) ? entries : []).flatMap((_, index) =>
        rowsOf(element.children, [...path, index], context, text.entry(name, index + 1)),
      );
    }
    return rowsOf(element.children, scope, context, prefix);
  });
}

/** The check-your-answers page: each step's answers with a change link. */
export function renderCheck(
  form: FormDefinition,
  context: CheckContext,
  onChange: (step: number, path: AnswerPath) => void,
): TemplateResult {
  const { locale } = context;
  return html`${form.steps.map((step, index) => {
    const rows = rowsOf(step.elements, [], context);
    if (rows.length === 0) return nothing;
    return html`<section class="summary" aria-labelledby="summary-${step.id}">
      <h4 id="summary-${step.id}">${localText(step.title, locale)}</h4>
      <dl class="summary-list">
        ${rows.map(
          (row) =>
            html`<div class="summary-row">
              <dt>${row.label}</dt>
              <dd>${row.value}</dd>
              <dd class="summary-action">
                ${
                  row.changeable
                    ? html`<button
                        type="button"
                        class="link-button"
                        @click=${() => onChange(index, row.path)}
                      >
                        ${text.change()}<span class="visually-hidden">: ${row.name}</span>
                      </button>`
                    : nothing
                }
              </dd>
            </div>`,
        )}
      </dl>
    </section>`;
  })}`;
}

/** What the confirmation needs from the page. */
export interface ConfirmationOptions {
  trackerUrl: string | undefined;
  onPrint: () => void;
  onCopy: (value: string, button: HTMLElement) => void;
}

/** The confirmation: reference number, access code, what happens next, the way to the tracker. */
export function renderConfirmation(
  receipt: ApplicationReceipt,
  locale: Locale,
  options: ConfirmationOptions,
): TemplateResult {
  const tracker = options.trackerUrl
    ? trackerLink(options.trackerUrl, receipt.reference, receipt.accessCode)
    : undefined;
  return html`<section
    class="confirmation"
    part="confirmation"
    aria-labelledby="confirmation-heading"
  >
    <div class="panel">
      <h3 id="confirmation-heading" tabindex="-1">${text.doneHeading()}</h3>
      <p>${localText(receipt.serviceName, locale)}</p>
      <p class="reference-label">${text.reference()}</p>
      <p class="reference"><strong>${receipt.reference}</strong></p>
    </div>
    <dl class="codes">
      <div>
        <dt>${text.reference()}</dt>
        <dd>
          <code>${receipt.reference}</code>
          <button
            type="button"
            class="link-button no-print"
            @click=${(event: Event) => options.onCopy(receipt.reference, event.currentTarget as HTMLElement)}
          >
            ${text.copy()}<span class="visually-hidden">: ${text.reference()}</span>
          </button>
        </dd>
      </div>
      <div>
        <dt>${text.accessCode()}</dt>
        <dd>
          <code>${receipt.accessCode}</code>
          <button
            type="button"
            class="link-button no-print"
            @click=${(event: Event) => options.onCopy(receipt.accessCode, event.currentTarget as HTMLElement)}
          >
            ${text.copy()}<span class="visually-hidden">: ${text.accessCode()}</span>
          </button>
        </dd>
      </div>
    </dl>
    <p>${text.accessCodeWhy()}</p>
    <h4>${text.nextSteps()}</h4>
    <p>${text.nextStepsText(receipt.authorityName)}</p>
    <div class="actions no-print">
      ${tracker ? html`<a class="button button--primary" href=${tracker}>${text.track()}</a>` : nothing}
      <button type="button" class="button button--secondary" @click=${options.onPrint}>
        ${text.print()}
      </button>
    </div>
  </section>`;
}

/** Only http(s) links relative to the page: a template must not become a `javascript:` link. */
/**
 * The tracker's address for this application: the reference in the page's template, the access
 * code in the fragment the tracker reads (`#saar-access-code=…`), which never reaches a server.
 */
function trackerLink(template: string, reference: string, accessCode: string): string | undefined {
  const link = safeLink(template.replaceAll('{reference}', encodeURIComponent(reference)));
  if (!link) return undefined;
  const url = new URL(link);
  url.hash = `saar-access-code=${accessCode}`;
  return url.href;
}

function safeLink(value: string): string | undefined {
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The login a service needs before its first step, or a higher trust level than the session has. */
export function renderLoginGate(
  level: TrustLevel,
  stepUp: boolean,
  failure: unknown,
  onLogin: () => void,
): TemplateResult {
  return html`<section class="gate" aria-labelledby="gate-heading">
    <h3 id="gate-heading" tabindex="-1">${text.loginHeading()}</h3>
    <p>${stepUp ? text.stepUpWhy() : text.loginWhy()} <strong>${trustLevelText(level)}</strong></p>
    <p>${text.loginKeeps()}</p>
    ${failure ? html`<p class="error" role="alert">${describeError(failure)}</p>` : nothing}
    <button type="button" class="button button--primary" id="login" @click=${onLogin}>
      ${text.login()}
    </button>
  </section>`;
}

/** "Your application is saved": the resume link to continue later, on this or another device. */
export function renderSaved(
  drafts: DraftSaver,
  locale: Locale,
  onCopy: (value: string, button: HTMLElement) => void,
  onBack: () => void,
): TemplateResult {
  const link = `${location.origin}${location.pathname}${location.search}#saar-resume=${drafts.resumeToken ?? ''}`;
  const until = drafts.expiresAt
    ? new Intl.DateTimeFormat(locale === 'de-x-ls' ? 'de' : locale, { dateStyle: 'long' }).format(
        new Date(drafts.expiresAt),
      )
    : '';
  return html`<section class="saved" aria-labelledby="saved-heading">
    <h3 id="saved-heading" tabindex="-1">${text.savedHeading()}</h3>
    <p>${text.savedText(until)}</p>
    <label for="resume-link">${text.resumeLink()}</label>
    <input id="resume-link" type="text" readonly .value=${link} />
    <div class="actions">
      <button
        type="button"
        class="button button--primary"
        @click=${(event: Event) => onCopy(link, event.currentTarget as HTMLElement)}
      >
        ${text.copy()}<span class="visually-hidden">: ${text.resumeLink()}</span>
      </button>
      <button type="button" class="button button--secondary" @click=${onBack}>
        ${text.back()}
      </button>
    </div>
  </section>`;
}
