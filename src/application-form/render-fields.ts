/**
 * The controls of a form step, one per data type, rendered into the form's shadow root with the
 * shared field frame (label, "(optional)", hint, error, `aria-describedby`): text, long text,
 * e-mail, telephone, numbers and amounts, dates in three boxes, times, yes/no, choices from code
 * lists, files with progress, repeatable groups, and fields fixed by the form or prefilled from
 * the citizen account.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormVisibility } from '../api/rules/form-model.js';
import { isMultipleChoice, isRepeatableGroup, parseCardinality } from '../api/rules/form-model.js';
import type {
  AttachmentRef,
  FormAnswers,
  FormElement,
  FormField,
  FormGroup,
} from '../api/schemas/form.js';
import { pickText, type LanguageMap, type Locale } from '../api/vocabulary.js';
import {
  renderField,
  renderFieldset,
  type ControlAttributes,
  type FieldView,
} from '../ui/field/field.js';
import { localText } from '../ui/local-text.js';
import { answerAt, controlId, paramPath, type AnswerPath } from './answers.js';
import { text } from './messages.js';
import { dateParts, displayDate, formatNumberInput, type DateParts } from './values.js';

/** One file chosen for a file field, while and after it uploads. */
export interface UploadState {
  /** A key for this upload (stable while it runs). */
  key: string;
  name: string;
  status: 'uploading' | 'done' | 'failed';
  /** 0 … 1 while uploading. */
  progress: number;
  ref?: AttachmentRef;
}

/** What the controls read and how they report the citizen's input. */
export interface FieldContext {
  locale: Locale;
  answers: FormAnswers;
  visibility: FormVisibility;
  /** Messages to show now, by `invalidParams` path. */
  errors: ReadonlyMap<string, string>;
  /** What was typed but is no value yet (a half date, "12,"), by control key. */
  typed: ReadonlyMap<string, string>;
  /** Answers that came from the citizen account, by `invalidParams` path. */
  prefilled: ReadonlySet<string>;
  uploads: ReadonlyMap<string, readonly UploadState[]>;
  /** A place for a postcode field, by the postcode's `invalidParams` path. */
  places: ReadonlyMap<string, string>;
  on: {
    input(path: AnswerPath, field: FormField, typed: string, key?: string): void;
    set(path: AnswerPath, field: FormField, value: unknown): void;
    leave(path: AnswerPath, field: FormField): void;
    addEntry(path: AnswerPath, group: FormGroup): void;
    removeEntry(path: AnswerPath, group: FormGroup, index: number): void;
    chooseFiles(path: AnswerPath, field: FormField, files: readonly File[]): void;
    removeFile(path: AnswerPath, field: FormField, key: string): void;
    usePlace(path: AnswerPath, place: string): void;
  };
}

/** The text of a language map in the form's locale (German where not translated). */
export function plain(map: LanguageMap, locale: Locale): string {
  return pickText(map, locale).text;
}

/** Renders `elements` at the answer level `scope` (`[]` at the top, `['G1', 0]` in an entry). */
export function renderElements(
  elements: readonly FormElement[],
  scope: AnswerPath,
  context: FieldContext,
): TemplateResult[] {
  return elements.map((element) => renderElement(element, scope, context));
}

function renderElement(element: FormElement, scope: AnswerPath, context: FieldContext) {
  const path = [...scope, element.id];
  if (!context.visibility.shown.has(paramPath(path))) return html``;
  if (element.type === 'field') return renderFieldElement(element, path, context);
  if (isRepeatableGroup(element)) return renderRepeatable(element, path, context);
  return html`<fieldset class="group" id=${controlId(path)}>
    <legend>${localText(element.label, context.locale)}</legend>
    ${element.help ? html`<p class="hint">${localText(element.help, context.locale)}</p>` : nothing}
    ${renderElements(element.children, scope, context)}
  </fieldset>`;
}

function renderRepeatable(group: FormGroup, path: AnswerPath, context: FieldContext) {
  const entries = answerAt(context.answers, path);
  const list = Array.isArray(entries) ? entries : [];
  const { max } = parseCardinality(group.cardinality);
  const label = plain(group.label, context.locale);
  const error = context.errors.get(paramPath(path));
  return html`<section
    class="repeat"
    id=${controlId(path)}
    aria-labelledby=${controlId(path, 'heading')}
  >
    <h4 id=${controlId(path, 'heading')}>${localText(group.label, context.locale)}</h4>
    ${group.help ? html`<p class="hint">${localText(group.help, context.locale)}</p>` : nothing}
    ${error ? html`<p class="field-error" id=${controlId(path, 'error')}>${error}</p>` : nothing}
    ${list.map(
      (_, index) =>
        html`<fieldset class="entry" id=${controlId([...path, index])}>
          <legend>${text.entry(label, index + 1)}</legend>
          ${renderElements(group.children, [...path, index], context)}
          <button
            type="button"
            class="button button--secondary"
            @click=${() => context.on.removeEntry(path, group, index)}
          >
            ${text.removeEntry(label, index + 1)}
          </button>
        </fieldset>`,
    )}
    ${
      list.length < max
        ? html`<button
            type="button"
            class="button button--secondary add-entry"
            id=${controlId(path, 'add')}
            @click=${() => context.on.addEntry(path, group)}
          >
            ${text.addEntry(label)}
          </button>`
        : nothing
    }
  </section>`;
}

function renderFieldElement(field: FormField, path: AnswerPath, context: FieldContext) {
  const { locale } = context;
  if (field.kind === 'hidden') return html``;
  if (field.kind === 'label') {
    return html`<div class="form-text">
      <p><strong>${localText(field.label, locale)}</strong></p>
      ${field.help ? html`<p>${localText(field.help, locale)}</p>` : nothing}
    </div>`;
  }
  const value = answerAt(context.answers, path);
  if (field.kind === 'locked' || context.prefilled.has(paramPath(path))) {
    const shown = field.kind === 'locked' ? field.defaultValue : value;
    return html`<div class="field field--fixed">
      <span class="fixed-label" id=${controlId(path, 'label')}
        >${localText(field.label, locale)}</span
      >
      <p class="fixed-value" aria-labelledby=${controlId(path, 'label')}>
        ${displayAnswer(field, shown, locale)}
      </p>
      <p class="hint">${field.kind === 'locked' ? text.fixedValue() : text.prefilled()}</p>
    </div>`;
  }
  const view: FieldView = {
    id: controlId(path),
    label: localText(field.label, locale),
    hint: field.help ? localText(field.help, locale) : undefined,
    error: context.errors.get(paramPath(path)),
    optional: !context.visibility.required.has(paramPath(path)),
  };
  switch (field.dataType) {
    case 'bool':
      return renderChoices(field, path, context, view, [
        { code: 'true', text: text.yes(), value: true },
        { code: 'false', text: text.no(), value: false },
      ]);
    case 'date':
      return renderDate(field, path, context, view, false);
    case 'datetime':
      return renderDate(field, path, context, view, true);
    case 'file':
      return renderFiles(field, path, context, view);
    default:
      break;
  }
  if (isMultipleChoice(field)) {
    // "Choose all that apply" belongs to the question, so it is read with the legend's hint.
    const several = text.chooseSeveral();
    return renderCheckboxes(field, path, context, {
      ...view,
      hint: view.hint ? `${view.hint} ${several}` : several,
    });
  }
  if (field.kind === 'select') {
    const entries = field.codeList?.entries ?? [];
    const choices = entries.map((entry) => ({
      code: entry.code,
      text: plain(entry.label, locale),
      value: entry.code,
    }));
    return entries.length <= 6
      ? renderChoices(field, path, context, view, choices)
      : renderSelect(field, path, context, view, choices);
  }
  return renderTextLike(field, path, context, view, value);
}

/** One option of a choice. */
interface Choice {
  code: string;
  text: string;
  value: unknown;
}

/** Yes/no and short code lists: radio buttons in a fieldset whose legend is the question. */
function renderChoices(
  field: FormField,
  path: AnswerPath,
  context: FieldContext,
  view: FieldView,
  choices: readonly Choice[],
) {
  const value = answerAt(context.answers, path);
  return renderFieldset(
    view,
    (attributes) =>
      html`<div class="choices${choices.length === 2 ? ' choices--inline' : ''}">
        ${choices.map(
          (choice, index) =>
            html`<div class="choice">
              <input
                type="radio"
                id=${`${attributes.id}-${index}`}
                name=${attributes.id}
                value=${choice.code}
                .checked=${value === choice.value}
                aria-invalid=${attributes.invalid ? 'true' : 'false'}
                @change=${() => context.on.set(path, field, choice.value)}
                @blur=${() => context.on.leave(path, field)}
              />
              <label for=${`${attributes.id}-${index}`}>${choice.text}</label>
            </div>`,
        )}
      </div>`,
  );
}

/** A multiple choice: checkboxes in a fieldset; the answer lists the chosen codes in list order. */
function renderCheckboxes(
  field: FormField,
  path: AnswerPath,
  context: FieldContext,
  view: FieldView,
) {
  const entries = field.codeList?.entries ?? [];
  const value = answerAt(context.answers, path);
  const chosen = new Set(Array.isArray(value) ? value : []);
  const toggle = (code: string, on: boolean) => {
    const next = entries
      .map((entry) => entry.code)
      .filter((candidate) => (candidate === code ? on : chosen.has(candidate)));
    context.on.set(path, field, next.length > 0 ? next : undefined);
  };
  return renderFieldset(
    view,
    (attributes) =>
      html`<div class="choices">
        ${entries.map(
          (entry, index) =>
            html`<div class="choice">
              <input
                type="checkbox"
                id=${`${attributes.id}-${index}`}
                value=${entry.code}
                .checked=${chosen.has(entry.code)}
                aria-invalid=${attributes.invalid ? 'true' : 'false'}
                @change=${(event: Event) =>
                  toggle(entry.code, (event.target as HTMLInputElement).checked)}
                @blur=${(event: FocusEvent) => {
                  // Judged when the citizen leaves the question, not between its boxes.
                  const group = (event.target as HTMLElement).closest('.choices');
                  if (event.relatedTarget instanceof Node && group?.contains(event.relatedTarget))
                    return;
                  context.on.leave(path, field);
                }}
              />
              <label for=${`${attributes.id}-${index}`}
                >${plain(entry.label, context.locale)}</label
              >
            </div>`,
        )}
      </div>`,
  );
}

/** Long code lists: a select with a neutral first option. */
function renderSelect(
  field: FormField,
  path: AnswerPath,
  context: FieldContext,
  view: FieldView,
  choices: readonly Choice[],
) {
  const value = answerAt(context.answers, path);
  return renderField(
    view,
    (attributes) =>
      html`<select
        id=${attributes.id}
        aria-describedby=${ifDefined(attributes.describedBy)}
        aria-invalid=${attributes.invalid ? 'true' : 'false'}
        autocomplete=${ifDefined(field.autocomplete)}
        @change=${(event: Event) => {
          const code = (event.target as HTMLSelectElement).value;
          context.on.set(path, field, code === '' ? undefined : code);
        }}
        @blur=${() => context.on.leave(path, field)}
      >
        <option value="" ?selected=${value === undefined}>${text.choose()}</option>
        ${choices.map(
          (choice) =>
            html`<option value=${choice.code} ?selected=${value === choice.value}>
              ${choice.text}
            </option>`,
        )}
      </select>`,
  );
}

const INPUT_TYPES: Partial<Record<FormField['dataType'], string>> = {
  email: 'email',
  tel: 'tel',
  time: 'time',
};

const INPUT_MODES: Partial<Record<FormField['dataType'], string>> = {
  num: 'decimal',
  num_int: 'numeric',
  num_currency: 'decimal',
  tel: 'tel',
  email: 'email',
};

/** Text, long text, e-mail, telephone, numbers, amounts and times. */
function renderTextLike(
  field: FormField,
  path: AnswerPath,
  context: FieldContext,
  view: FieldView,
  value: unknown,
) {
  const key = paramPath(path);
  const typed = context.typed.get(key);
  const isNumber = ['num', 'num_int', 'num_currency'].includes(field.dataType);
  const shown =
    typed ??
    (isNumber
      ? formatNumberInput(value, context.locale, field.dataType === 'num_currency')
      : typeof value === 'string'
        ? value
        : '');
  const place = context.places.get(key);
  const suggestion =
    place !== undefined
      ? html`<p class="suggestion" role="status">
          ${text.placeSuggestion(place)}
          <button
            type="button"
            class="link-button"
            @click=${() => context.on.usePlace(path, place)}
          >
            ${text.usePlace(place)}
          </button>
        </p>`
      : nothing;
  const currency = field.dataType === 'num_currency';
  return html`${renderField(
    {
      ...view,
      label: currency ? html`${view.label} <span class="unit">(${text.euro()})</span>` : view.label,
    },
    (attributes) =>
      field.dataType === 'text_long'
        ? html`<textarea
            id=${attributes.id}
            rows="5"
            aria-describedby=${ifDefined(attributes.describedBy)}
            aria-invalid=${attributes.invalid ? 'true' : 'false'}
            maxlength=${ifDefined(field.constraints?.maxLength)}
            autocomplete=${ifDefined(field.autocomplete)}
            .value=${shown}
            @input=${(event: Event) =>
              context.on.input(path, field, (event.target as HTMLTextAreaElement).value)}
            @blur=${() => context.on.leave(path, field)}
          ></textarea>`
        : html`<input
            id=${attributes.id}
            type=${INPUT_TYPES[field.dataType] ?? 'text'}
            inputmode=${ifDefined(INPUT_MODES[field.dataType])}
            aria-describedby=${ifDefined(attributes.describedBy)}
            aria-invalid=${attributes.invalid ? 'true' : 'false'}
            maxlength=${ifDefined(isNumber ? undefined : field.constraints?.maxLength)}
            autocomplete=${ifDefined(field.autocomplete)}
            spellcheck=${field.dataType === 'text' ? 'true' : 'false'}
            class=${isNumber ? 'number' : ''}
            .value=${shown}
            @input=${(event: Event) =>
              context.on.input(path, field, (event.target as HTMLInputElement).value)}
            @blur=${() => context.on.leave(path, field)}
          />`,
  )}${suggestion}`;
}

/** A date as three boxes (GOV.UK's date input), and for date-times a time box after them. */
function renderDate(
  field: FormField,
  path: AnswerPath,
  context: FieldContext,
  view: FieldView,
  withTime: boolean,
) {
  const key = paramPath(path);
  const value = answerAt(context.answers, path);
  const stored = dateParts(value);
  const part = (name: keyof DateParts) => context.typed.get(`${key}#${name}`) ?? stored[name];
  const time =
    context.typed.get(`${key}#time`) ??
    (typeof value === 'string' && value.includes('T') ? value.slice(11, 16) : '');
  const birthday = field.autocomplete === 'bday';
  // A date is judged when the citizen leaves its boxes, not when they move from day to month:
  // an error that appears and vanishes between boxes shifts the page under their pointer.
  const leaveGroup = (event: FocusEvent) => {
    const group = (event.target as HTMLElement).closest('.date');
    if (event.relatedTarget instanceof Node && group?.contains(event.relatedTarget)) return;
    context.on.leave(path, field);
  };
  const box = (
    name: keyof DateParts,
    label: string,
    size: 'short' | 'long',
    attributes: ControlAttributes,
  ) =>
    html`<div class="date-part">
      <label for=${`${attributes.id}-${name}`}>${label}</label>
      <input
        id=${`${attributes.id}-${name}`}
        class="date-${size}"
        inputmode="numeric"
        autocomplete=${ifDefined(birthday ? `bday-${name}` : undefined)}
        aria-invalid=${attributes.invalid ? 'true' : 'false'}
        .value=${part(name)}
        @input=${(event: Event) =>
          context.on.input(path, field, (event.target as HTMLInputElement).value, name)}
        @blur=${leaveGroup}
      />
    </div>`;
  return renderFieldset(
    view,
    (attributes) =>
      html`<div class="date">
        ${box('day', text.day(), 'short', attributes)}
        ${box('month', text.month(), 'short', attributes)}
        ${box('year', text.year(), 'long', attributes)}
        ${
          withTime
            ? html`<div class="date-part">
                <label for=${`${attributes.id}-time`}>${text.time()}</label>
                <input
                  id=${`${attributes.id}-time`}
                  type="time"
                  aria-invalid=${attributes.invalid ? 'true' : 'false'}
                  .value=${time}
                  @input=${(event: Event) =>
                    context.on.input(path, field, (event.target as HTMLInputElement).value, 'time')}
                  @blur=${leaveGroup}
                />
              </div>`
            : nothing
        }
      </div>`,
  );
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
};

/** A file field: the files uploaded so far, each with its state, and a chooser for more. */
function renderFiles(field: FormField, path: AnswerPath, context: FieldContext, view: FieldView) {
  const uploads = context.uploads.get(paramPath(path)) ?? [];
  const { max } = parseCardinality(field.cardinality);
  const { accept, maxFileSize } = field.constraints ?? {};
  const allowed =
    accept && maxFileSize
      ? text.fileAccepted(
          accept.map((type) => TYPE_NAMES[type] ?? type).join(', '),
          (maxFileSize / 1_000_000).toLocaleString(
            context.locale === 'de-x-ls' ? 'de' : context.locale,
          ),
        )
      : undefined;
  const full = uploads.filter((upload) => upload.status !== 'failed').length >= max;
  return renderField(
    {
      ...view,
      hint: html`${view.hint ?? nothing}${view.hint && allowed ? html`<br />` : nothing}${allowed ?? nothing}`,
    },
    (attributes) =>
      html`${
        uploads.length > 0
          ? html`<ul
              class="uploads"
              id=${`${attributes.id}-uploads`}
              aria-label=${plain(field.label, context.locale)}
            >
              ${uploads.map(
                (upload) =>
                  html`<li class="upload upload--${upload.status}">
                    <span class="upload-name">${upload.name}</span>
                    ${
                      upload.status === 'uploading'
                        ? html`<progress
                              max="1"
                              value=${upload.progress}
                              aria-label=${text.fileUploading(upload.name)}
                            ></progress>
                            <span class="visually-hidden">${text.fileUploading(upload.name)}</span>`
                        : upload.status === 'failed'
                          ? html`<span class="field-error">${text.fileFailed(upload.name)}</span>`
                          : nothing
                    }
                    ${
                      upload.status !== 'uploading'
                        ? html`<button
                            type="button"
                            class="link-button"
                            @click=${() => context.on.removeFile(path, field, upload.key)}
                          >
                            ${text.fileRemove(upload.name)}
                          </button>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        full
          ? nothing
          : html`<input
              type="file"
              id=${attributes.id}
              class="file"
              accept=${ifDefined(accept?.join(','))}
              ?multiple=${max > 1}
              aria-describedby=${ifDefined(attributes.describedBy)}
              aria-invalid=${attributes.invalid ? 'true' : 'false'}
              @change=${(event: Event) => {
                const input = event.target as HTMLInputElement;
                const files = [...(input.files ?? [])];
                input.value = '';
                if (files.length > 0) context.on.chooseFiles(path, field, files);
              }}
            />`
      }`,
  );
}

/** An answer as the citizen reads it (check-your-answers page, fixed and prefilled fields). */
export function displayAnswer(field: FormField, value: unknown, locale: Locale): string {
  if (value === undefined || value === null || value === '') return text.notAnswered();
  if (field.dataType === 'bool') return value === true ? text.yes() : text.no();
  if (field.kind === 'select') {
    const label = (code: unknown) => {
      const entry = field.codeList?.entries.find((candidate) => candidate.code === code);
      return entry ? plain(entry.label, locale) : String(code);
    };
    if (Array.isArray(value))
      return value.length > 0 ? value.map(label).join(', ') : text.notAnswered();
    return label(value);
  }
  if (field.dataType === 'file') {
    const files = (Array.isArray(value) ? value : [value]) as AttachmentRef[];
    return files.map((file) => file.filename).join(', ');
  }
  if (field.dataType === 'date' || field.dataType === 'datetime') {
    return displayDate(String(value), locale);
  }
  if (typeof value === 'number') {
    const formatted = formatNumberInput(value, locale, field.dataType === 'num_currency');
    return field.dataType === 'num_currency' ? `${formatted} €` : formatted;
  }
  return String(value);
}
