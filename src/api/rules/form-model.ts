/**
 * The form model: how a form definition (FIM XDatenfelder, see docs/forms.md) is walked, which
 * elements are shown for given answers, what is required while shown, and whether answers keep
 * every rule the definition states. The application-form widget and the server run these very
 * functions, so the widget never allows what the server refuses, and the server's `invalidParams`
 * paths name the fields the widget shows.
 *
 * No zod here (type imports only): the widget needs the rules before the contract chunk loads.
 */
import type {
  AttachmentRef,
  Condition,
  FormAnswers,
  FormDefinition,
  FormElement,
  FormField,
  FormGroup,
  FormStep,
} from '../schemas/form.js';
import { formatParamPath, type InvalidParam, type PathSegment } from './problem-types.js';

/** A cardinality (`"min:max"`) as numbers; `max` is `Infinity` for `*`. */
export interface Cardinality {
  min: number;
  max: number;
}

/** Parses a FIM cardinality such as `"0:1"`, `"1:*"`, `"1:20"`. */
export function parseCardinality(text: string): Cardinality {
  const [min = '0', max = '1'] = text.split(':');
  return { min: Number(min), max: max === '*' ? Infinity : Number(max) };
}

/** Whether a group holds a list of entries (its maximum is above one). */
export function isRepeatableGroup(group: FormGroup): boolean {
  return parseCardinality(group.cardinality).max > 1;
}

/**
 * Whether a field chooses several codes from its list (checkboxes): a `select` whose maximum is
 * above one, as FIM marks a multiple choice. Its answer is a list of codes.
 */
export function isMultipleChoice(field: FormField): boolean {
  return field.kind === 'select' && parseCardinality(field.cardinality).max > 1;
}

/** Whether a field's value is fixed by the definition (`hidden`, `locked`). */
export function isFixedField(field: FormField): boolean {
  return field.kind === 'hidden' || field.kind === 'locked';
}

/** Whether a field takes an answer from the citizen (`input`, `select`). */
export function isAnsweredField(field: FormField): boolean {
  return field.kind === 'input' || field.kind === 'select';
}

/** An element of a form with where it sits. */
export interface PlacedElement {
  element: FormElement;
  step: FormStep;
  /** Enclosing groups, outermost first. */
  ancestors: readonly FormGroup[];
  /** The innermost repeatable group around it: its answers live in that group's entries. */
  repeat: FormGroup | undefined;
}

const walks = new WeakMap<FormDefinition, PlacedElement[]>();

/** Every element of the form in document order, with its place (computed once per form). */
export function walkForm(form: FormDefinition): readonly PlacedElement[] {
  let placed = walks.get(form);
  if (placed !== undefined) return placed;
  placed = [];
  const visit = (element: FormElement, step: FormStep, ancestors: FormGroup[]): void => {
    const repeat = ancestors.findLast(isRepeatableGroup);
    placed!.push({ element, step, ancestors, repeat });
    if (element.type === 'group') {
      for (const child of element.children) visit(child, step, [...ancestors, element]);
    }
  };
  for (const step of form.steps) for (const element of step.elements) visit(element, step, []);
  walks.set(form, placed);
  return placed;
}

/** The elements of a form by id. */
export function indexForm(form: FormDefinition): ReadonlyMap<string, PlacedElement> {
  return new Map(walkForm(form).map((placed) => [placed.element.id, placed]));
}

/** Whether an answer counts as not given. */
export function isEmptyAnswer(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Whether `value` is a reference to an upload. */
export function isAttachmentRef(value: unknown): value is AttachmentRef {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'attachmentId' in value
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !isAttachmentRef(value)
  );
}

/** Whether a display condition holds for the value of the field it names. */
export function conditionHolds(condition: Condition, value: unknown): boolean {
  switch (condition.operator) {
    case 'filled':
      return !isEmptyAnswer(value);
    case 'notFilled':
      return isEmptyAnswer(value);
    // On a multiple choice, "equals" means that code is among those chosen.
    case 'equals':
      return Array.isArray(value)
        ? value.includes(condition.value)
        : !isEmptyAnswer(value) && value === condition.value;
    case 'notEquals':
      return Array.isArray(value) ? !value.includes(condition.value) : value !== condition.value;
    case 'in': {
      const listed = condition.value;
      if (!Array.isArray(listed)) return false;
      const chosen: unknown[] = Array.isArray(value) ? value : [value];
      return chosen.some((code) => typeof code === 'string' && listed.includes(code));
    }
  }
}

/** Every upload the answers reference, with the path of its answer (`answers.G1[0].F2[1]`). */
export function attachmentsIn(answers: FormAnswers): Array<{ path: string; ref: AttachmentRef }> {
  const found: Array<{ path: string; ref: AttachmentRef }> = [];
  const collect = (value: unknown, path: PathSegment[]): void => {
    if (isAttachmentRef(value)) found.push({ path: formatParamPath(path), ref: value });
    else if (Array.isArray(value)) value.forEach((item, index) => collect(item, [...path, index]));
    else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) collect(item, [...path, key]);
    }
  };
  collect(answers, ['answers']);
  return found;
}

/** The ids of all uploads the answers reference. */
export function attachmentIdsIn(answers: FormAnswers): string[] {
  return [...new Set(attachmentsIn(answers).map(({ ref }) => ref.attachmentId))];
}

/** A rule an answer broke: the `rule` of its `invalidParams` entry. */
export type AnswerRule =
  | 'unknown'
  | 'required'
  | 'no-answer'
  | 'fixed'
  | 'type'
  | 'code-list'
  | 'pattern'
  | 'min-length'
  | 'max-length'
  | 'min'
  | 'max'
  | 'count'
  | 'file-type'
  | 'file-size'
  | 'checksum';

/** One broken rule, named by the path of the answer. */
export interface AnswerIssue extends InvalidParam {
  rule: AnswerRule;
}

/** How strictly to check. */
export interface AnswerCheckOptions {
  /**
   * `true` for a submission: required answers and minimum counts are checked too. `false` for a
   * draft: only what is there must fit.
   */
  complete: boolean;
}

// Loose enough for every real address, strict enough to catch what is clearly not one.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const TELEPHONE = /^\+?[0-9][0-9 ()/-]{2,29}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)$/;

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function isDateTime(text: string): boolean {
  const match = DATETIME.exec(text);
  return match !== null && isCalendarDate(match[1]!) && TIME.test(match[2]!);
}

/**
 * Whether `text` is an IBAN whose check digits fit (ISO 13616: move the first four characters to
 * the end, letters to numbers A=10…Z=35, the whole number mod 97 is 1). Spaces are ignored.
 */
export function isValidIban(text: string): boolean {
  const iban = text.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const digits = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** A pattern of the definition as a whole-value match, as the HTML `pattern` attribute does. */
function matchesPattern(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(text);
  } catch {
    // A broken pattern in a definition is the seed test's to catch; it refuses nothing here.
    return true;
  }
}

const TEXT_TYPES = new Set(['text', 'text_long', 'email', 'tel']);
const NUMBER_TYPES = new Set(['num', 'num_int', 'num_currency']);

function issue(path: string, rule: AnswerRule, message: string): AnswerIssue {
  return { path, message, rule };
}

/** What is wrong with one non-empty answer to `field`, checked against everything it states. */
function checkValue(field: FormField, value: unknown, path: string): AnswerIssue[] {
  if (field.kind === 'label') return [issue(path, 'no-answer', 'This field takes no answer.')];
  if (isFixedField(field)) {
    return value === field.defaultValue
      ? []
      : [issue(path, 'fixed', 'This value is set by the form and cannot be changed.')];
  }
  const constraints = field.constraints ?? {};
  if (field.dataType === 'file') return checkFiles(field, value, path);
  if (isMultipleChoice(field)) return checkChoices(field, value, path);
  if (isAttachmentRef(value) || Array.isArray(value)) {
    return [issue(path, 'type', 'Expected a single value, not a file or a list.')];
  }
  if (field.kind === 'select') {
    const codes = field.codeList?.entries.map((entry) => entry.code) ?? [];
    return typeof value === 'string' && codes.includes(value)
      ? []
      : [issue(path, 'code-list', 'Choose one of the listed options.')];
  }
  if (TEXT_TYPES.has(field.dataType)) {
    if (typeof value !== 'string') return [issue(path, 'type', 'Expected a text.')];
    const length = [...value].length;
    if (constraints.minLength !== undefined && length < constraints.minLength) {
      return [issue(path, 'min-length', `At least ${constraints.minLength} characters.`)];
    }
    if (constraints.maxLength !== undefined && length > constraints.maxLength) {
      return [issue(path, 'max-length', `At most ${constraints.maxLength} characters.`)];
    }
    if (field.dataType === 'email' && !EMAIL.test(value)) {
      return [issue(path, 'pattern', 'Expected an e-mail address.')];
    }
    if (field.dataType === 'tel' && !TELEPHONE.test(value)) {
      return [issue(path, 'pattern', 'Expected a telephone number.')];
    }
    if (constraints.pattern !== undefined && !matchesPattern(constraints.pattern, value)) {
      return [issue(path, 'pattern', 'The value does not have the expected form.')];
    }
    if (constraints.checksum === 'iban' && !isValidIban(value)) {
      return [issue(path, 'checksum', 'The IBAN’s check digits do not match: a typo?')];
    }
    return [];
  }
  if (field.dataType === 'bool') {
    return typeof value === 'boolean' ? [] : [issue(path, 'type', 'Expected yes or no.')];
  }
  if (NUMBER_TYPES.has(field.dataType)) return checkNumber(field, value, path);
  return checkTemporal(field, value, path);
}

function checkNumber(field: FormField, value: unknown, path: string): AnswerIssue[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [issue(path, 'type', 'Expected a number.')];
  }
  if (field.dataType === 'num_int' && !Number.isInteger(value)) {
    return [issue(path, 'type', 'Expected a whole number.')];
  }
  if (field.dataType === 'num_currency' && Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) {
    return [issue(path, 'type', 'Expected an amount with at most two decimals.')];
  }
  const { minValue, maxValue } = field.constraints ?? {};
  if (minValue !== undefined && value < Number(minValue)) {
    return [issue(path, 'min', `At least ${minValue}.`)];
  }
  if (maxValue !== undefined && value > Number(maxValue)) {
    return [issue(path, 'max', `At most ${maxValue}.`)];
  }
  return [];
}

function checkTemporal(field: FormField, value: unknown, path: string): AnswerIssue[] {
  const valid =
    typeof value === 'string' &&
    (field.dataType === 'date'
      ? isCalendarDate(value)
      : field.dataType === 'time'
        ? TIME.test(value)
        : isDateTime(value));
  if (!valid) {
    const expected = { date: 'YYYY-MM-DD', time: 'HH:MM', datetime: 'YYYY-MM-DDTHH:MM' };
    const format = expected[field.dataType as keyof typeof expected] ?? 'a date';
    return [issue(path, 'type', `Expected ${format}, a real date or time.`)];
  }
  // ISO dates and times of one format compare as strings.
  const { minValue, maxValue } = field.constraints ?? {};
  if (minValue !== undefined && value < String(minValue)) {
    return [issue(path, 'min', `Not before ${minValue}.`)];
  }
  if (maxValue !== undefined && value > String(maxValue)) {
    return [issue(path, 'max', `Not after ${maxValue}.`)];
  }
  return [];
}

/** A multiple choice: distinct listed codes, no more than the maximum. */
function checkChoices(field: FormField, value: unknown, path: string): AnswerIssue[] {
  if (!Array.isArray(value) || !value.every((code) => typeof code === 'string')) {
    return [issue(path, 'type', 'Expected a list of codes.')];
  }
  const codes = new Set(field.codeList?.entries.map((entry) => entry.code) ?? []);
  if (!value.every((code) => codes.has(code)) || new Set(value).size !== value.length) {
    return [issue(path, 'code-list', 'Choose among the listed options, each once.')];
  }
  const { min, max } = parseCardinality(field.cardinality);
  if (value.length > max) return [issue(path, 'count', `Choose at most ${max}.`)];
  if (value.length < min) return [issue(path, 'count', `Choose at least ${min}.`)];
  return [];
}

function checkFiles(field: FormField, value: unknown, path: string): AnswerIssue[] {
  const files = Array.isArray(value) ? value : [value];
  if (!files.every(isAttachmentRef)) return [issue(path, 'type', 'Expected an uploaded file.')];
  const { max } = parseCardinality(field.cardinality);
  if (files.length > max) return [issue(path, 'count', `At most ${max} files.`)];
  const { accept, maxFileSize } = field.constraints ?? {};
  const problems: AnswerIssue[] = [];
  files.forEach((file, position) => {
    const at = Array.isArray(value) ? `${path}[${position}]` : path;
    if (accept !== undefined && !accept.includes(file.mediaType)) {
      problems.push(issue(at, 'file-type', 'This kind of file is not accepted here.'));
    } else if (maxFileSize !== undefined && file.size > maxFileSize) {
      problems.push(issue(at, 'file-size', `Files may have at most ${maxFileSize} bytes.`));
    }
  });
  return problems;
}

/** The state of one level of answers while the form is walked: the top, or one repeat entry. */
interface Scope {
  /** The answers at this level. */
  record: Record<string, unknown>;
  /** The repeatable group whose entry this is; undefined at the top. */
  group: FormGroup | undefined;
  /** Path segments of this level (`['answers']`, `['answers', 'G1', 2]`). */
  path: PathSegment[];
  /** Effective values of shown fields at this level, for the conditions after them. */
  shown: Map<string, unknown>;
  /** The top-level scope, for conditions inside entries on fields outside. */
  top: Scope | undefined;
}

/** What the walk does with each element it meets, with whether it is shown and required. */
interface Visitor {
  field(field: FormField, scope: Scope, shown: boolean, required: boolean): void;
  /** Answers whether to walk into the entries. */
  repeat(group: FormGroup, scope: Scope, shown: boolean, required: boolean): boolean;
  /** A group that is no list (its fields are answered at the level around it). */
  group?(group: FormGroup, scope: Scope, shown: boolean, required: boolean): void;
}

function effectiveValue(field: FormField, record: Record<string, unknown>): unknown {
  return isFixedField(field) ? field.defaultValue : record[field.id];
}

/** The value a condition sees: the field's in this entry if it lives there, else at the top. */
function conditionValue(
  condition: Condition,
  scope: Scope,
  index: ReadonlyMap<string, PlacedElement>,
): unknown {
  const target = index.get(condition.field);
  const owner =
    target?.repeat !== undefined && target.repeat === scope.group ? scope : (scope.top ?? scope);
  return owner.shown.get(condition.field);
}

function hasAnswersInside(group: FormGroup, record: Record<string, unknown>): boolean {
  return group.children.some((child) =>
    child.type === 'field'
      ? isAnsweredField(child) && !isEmptyAnswer(record[child.id])
      : isRepeatableGroup(child)
        ? !isEmptyAnswer(record[child.id])
        : hasAnswersInside(child, record),
  );
}

function walkElements(
  elements: readonly FormElement[],
  scope: Scope,
  index: ReadonlyMap<string, PlacedElement>,
  visitor: Visitor,
  shownAbove: boolean,
  requiredAbove: boolean,
): void {
  for (const element of elements) {
    const shown =
      shownAbove &&
      (element.condition === undefined ||
        conditionHolds(element.condition, conditionValue(element.condition, scope, index)));
    if (element.type === 'field') {
      const required =
        requiredAbove && isAnsweredField(element) && parseCardinality(element.cardinality).min >= 1;
      if (shown) scope.shown.set(element.id, effectiveValue(element, scope.record));
      visitor.field(element, scope, shown, required);
    } else if (isRepeatableGroup(element)) {
      const required = requiredAbove && parseCardinality(element.cardinality).min >= 1;
      const entries = scope.record[element.id];
      if (!visitor.repeat(element, scope, shown, required) || !Array.isArray(entries)) continue;
      entries.forEach((entry, position) => {
        const record = isRecord(entry) ? entry : {};
        const inner: Scope = {
          record,
          group: element,
          path: [...scope.path, element.id, position],
          shown: new Map(),
          top: scope.top ?? scope,
        };
        walkElements(element.children, inner, index, visitor, shown, true);
      });
    } else {
      // An optional group (0:1) asks its required fields only once something in it is answered.
      const required =
        requiredAbove &&
        (parseCardinality(element.cardinality).min >= 1 || hasAnswersInside(element, scope.record));
      visitor.group?.(element, scope, shown, required);
      walkElements(element.children, scope, index, visitor, shown, required);
    }
  }
}

function walkAnswers(form: FormDefinition, answers: FormAnswers, visitor: Visitor): void {
  const index = indexForm(form);
  const top: Scope = {
    record: answers,
    group: undefined,
    path: ['answers'],
    shown: new Map(),
    top: undefined,
  };
  for (const step of form.steps) walkElements(step.elements, top, index, visitor, true, true);
}

/** Keys of a level of answers that name no element answered at that level. */
function unknownKeys(
  record: Record<string, unknown>,
  group: FormGroup | undefined,
  index: ReadonlyMap<string, PlacedElement>,
): string[] {
  return Object.keys(record).filter((id) => {
    const placed = index.get(id);
    if (placed === undefined || placed.repeat !== group) return true;
    // The fields of a non-repeatable group are answered at their parent's level, not the group.
    return placed.element.type === 'group' && !isRepeatableGroup(placed.element);
  });
}

/**
 * Every rule of `form` that `answers` break, each named by its path (`answers.F1`,
 * `answers.G1[0].F2`). With `complete` (submissions) also missing required answers and too few
 * entries; without it (drafts) only what is there. Answers to elements not shown are checked
 * for their form too: a draft keeps them, a submission drops them (`answersToStore`).
 */
export function checkAnswers(
  form: FormDefinition,
  answers: FormAnswers,
  options: AnswerCheckOptions,
): AnswerIssue[] {
  const index = indexForm(form);
  const issues: AnswerIssue[] = [];
  const unknownAt = (record: Record<string, unknown>, group: FormGroup | undefined, at: string) => {
    for (const id of unknownKeys(record, group, index)) {
      issues.push(issue(`${at}.${id}`, 'unknown', 'This form has no such field here.'));
    }
  };
  unknownAt(answers, undefined, 'answers');

  walkAnswers(form, answers, {
    field(field, scope, shown, required) {
      const value = scope.record[field.id];
      const path = formatParamPath([...scope.path, field.id]);
      if (!isEmptyAnswer(value)) issues.push(...checkValue(field, value, path));
      else if (options.complete && shown && required) {
        issues.push(issue(path, 'required', 'This field is required.'));
      }
    },
    repeat(group, scope, shown, required) {
      const value = scope.record[group.id];
      const path = formatParamPath([...scope.path, group.id]);
      if (value === undefined || value === null) {
        if (options.complete && shown && required) {
          issues.push(issue(path, 'required', 'At least one entry is required.'));
        }
        return false;
      }
      if (!Array.isArray(value) || !value.every(isRecord)) {
        issues.push(issue(path, 'type', 'Expected a list of entries for this repeatable group.'));
        return false;
      }
      const { min, max } = parseCardinality(group.cardinality);
      if (value.length > max) {
        issues.push(issue(path, 'count', `At most ${max} entries.`));
        return false;
      }
      if (options.complete && shown && required && value.length < min) {
        issues.push(
          issue(path, value.length === 0 ? 'required' : 'count', `At least ${min} entries.`),
        );
      }
      value.forEach((entry, position) =>
        unknownAt(entry as Record<string, unknown>, group, `${path}[${position}]`),
      );
      return true;
    },
  });
  return issues;
}

/**
 * The answers as they are kept with a submission: fixed (`hidden`, `locked`) values from the
 * definition, and nothing for elements that are not shown or take no answer.
 */
export function answersToStore(form: FormDefinition, answers: FormAnswers): FormAnswers {
  const kept = new Map<Record<string, unknown>, Record<string, unknown>>();
  const copyOf = (record: Record<string, unknown>): Record<string, unknown> => {
    let copy = kept.get(record);
    if (copy === undefined) kept.set(record, (copy = {}));
    return copy;
  };
  const result = copyOf(answers);
  walkAnswers(form, answers, {
    field(field, scope, shown) {
      if (!shown || field.kind === 'label') return;
      const value = effectiveValue(field, scope.record);
      if (value !== undefined) copyOf(scope.record)[field.id] = value;
    },
    repeat(group, scope, shown) {
      const entries = scope.record[group.id];
      if (!shown || !Array.isArray(entries)) return false;
      copyOf(scope.record)[group.id] = entries.map((entry) => copyOf(isRecord(entry) ? entry : {}));
      return true;
    },
  });
  return result as FormAnswers;
}

/** Which elements are shown and which answers are required, for one state of the answers. */
export interface FormVisibility {
  /**
   * Paths of shown elements: fields and repeatable groups by their answer path
   * (`answers.F1`, `answers.G1[0].F2`, `answers.G1`), groups that are no list by the path
   * their id would have at their level (`answers.G3`, `answers.G1[0].G4`).
   */
  shown: ReadonlySet<string>;
  /** Paths of shown fields and repeatable groups that need an answer (while shown). */
  required: ReadonlySet<string>;
}

/**
 * What a form shows for `answers`: the widget renders exactly these elements and marks the
 * others' fields "(optional)", the same walk the answer check and the server use.
 */
export function visibility(form: FormDefinition, answers: FormAnswers): FormVisibility {
  const shown = new Set<string>();
  const required = new Set<string>();
  const note = (path: string, isShown: boolean, isRequired: boolean) => {
    if (!isShown) return;
    shown.add(path);
    if (isRequired) required.add(path);
  };
  walkAnswers(form, answers, {
    field(field, scope, isShown, isRequired) {
      note(formatParamPath([...scope.path, field.id]), isShown, isRequired);
    },
    repeat(group, scope, isShown, isRequired) {
      note(formatParamPath([...scope.path, group.id]), isShown, isRequired);
      return isShown;
    },
    group(group, scope, isShown, isRequired) {
      note(formatParamPath([...scope.path, group.id]), isShown, isRequired);
    },
  });
  return { shown, required };
}
