/**
 * Checks answers against a form definition, beyond what `FormAnswersSchema` checks: every key
 * names a field or group of this form, files are answered with uploads, and required fields that
 * are always shown are answered. Conditional visibility stays the widget's business: a field
 * under a condition is never required here, so the server never refuses what the form allowed.
 */
import type {
  AttachmentRef,
  FormAnswers,
  FormDefinition,
  FormElement,
  FormField,
} from '../../src/api/schemas/index.js';
import type { InvalidParam } from '../http/validation.js';

interface ElementInfo {
  element: FormElement;
  /** Inside a repeatable group: answered in that group's records, not at the top. */
  repeatableParent?: string;
  /** The element or one of its ancestors has a display condition. */
  conditional: boolean;
}

function isRepeatable(cardinality: string): boolean {
  const max = cardinality.split(':')[1];
  return max === '*' || Number(max) > 1;
}

function minimumOf(cardinality: string): number {
  return Number(cardinality.split(':')[0]);
}

/** Indexes every element of the form by id. */
function indexElements(form: FormDefinition): Map<string, ElementInfo> {
  const index = new Map<string, ElementInfo>();
  const visit = (
    element: FormElement,
    repeatableParent: string | undefined,
    conditional: boolean,
  ) => {
    const isConditional = conditional || element.condition !== undefined;
    index.set(element.id, {
      element,
      ...(repeatableParent === undefined ? {} : { repeatableParent }),
      conditional: isConditional,
    });
    if (element.type === 'group') {
      const parent = isRepeatable(element.cardinality) ? element.id : repeatableParent;
      for (const child of element.children) visit(child, parent, isConditional);
    }
  };
  for (const step of form.steps)
    for (const element of step.elements) visit(element, undefined, false);
  return index;
}

function isAttachmentRef(value: unknown): value is AttachmentRef {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'attachmentId' in value
  );
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The ids of all uploads the answers reference. */
export function referencedAttachmentIds(answers: FormAnswers): string[] {
  const ids = new Set<string>();
  const collect = (value: unknown): void => {
    if (isAttachmentRef(value)) ids.add(value.attachmentId);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect(answers);
  return [...ids];
}

function checkFieldValue(field: FormField, value: unknown, path: string): InvalidParam[] {
  if (value === null) return [];
  const isFile = field.dataType === 'file';
  const isFileValue =
    isAttachmentRef(value) || (Array.isArray(value) && value.every(isAttachmentRef));
  if (isFile && !isFileValue) return [{ path, message: 'Expected an uploaded file.' }];
  if (!isFile && isFileValue) return [{ path, message: 'This field does not take files.' }];
  if (!isFile && Array.isArray(value)) return [{ path, message: 'Expected a single value.' }];
  return [];
}

/**
 * Problems with `answers` for `form`; with `requireComplete` also missing required answers
 * (submissions), without it only what is wrong in what is there (drafts).
 */
export function checkAnswers(
  form: FormDefinition,
  answers: FormAnswers,
  requireComplete: boolean,
): InvalidParam[] {
  const index = indexElements(form);
  const problems: InvalidParam[] = [];

  const checkRecord = (
    record: Record<string, unknown>,
    scope: string | undefined,
    prefix: string,
  ) => {
    for (const [id, value] of Object.entries(record)) {
      const path = `${prefix}${id}`;
      const info = index.get(id);
      if (info === undefined || info.repeatableParent !== scope) {
        problems.push({ path, message: 'This form has no such field here.' });
        continue;
      }
      const { element } = info;
      if (element.type === 'field') {
        problems.push(...checkFieldValue(element, value, path));
      } else if (isRepeatable(element.cardinality)) {
        if (
          !Array.isArray(value) ||
          !value.every(
            (item) => typeof item === 'object' && item !== null && !isAttachmentRef(item),
          )
        ) {
          problems.push({ path, message: 'Expected a list of entries for this repeatable group.' });
          continue;
        }
        value.forEach((item, position) =>
          checkRecord(item as Record<string, unknown>, element.id, `${path}[${position}].`),
        );
      } else {
        problems.push({ path, message: 'Answer the fields of this group, not the group.' });
      }
    }
  };
  checkRecord(answers, undefined, 'answers.');

  if (requireComplete) {
    for (const [id, info] of index) {
      const { element } = info;
      const required =
        element.type === 'field' &&
        (element.kind === 'input' || element.kind === 'select') &&
        minimumOf(element.cardinality) >= 1 &&
        !info.conditional &&
        info.repeatableParent === undefined &&
        !insideOptionalGroup(form, id);
      if (required && isEmpty(answers[id])) {
        problems.push({ path: `answers.${id}`, message: 'This field is required.' });
      }
    }
  }
  return problems;
}

/** Whether the element `id` sits inside a group that may be left out (minimum 0). */
function insideOptionalGroup(form: FormDefinition, id: string): boolean {
  const search = (
    elements: readonly FormElement[],
    optionalAbove: boolean,
  ): boolean | undefined => {
    for (const element of elements) {
      if (element.id === id) return optionalAbove;
      if (element.type === 'group') {
        const found = search(
          element.children,
          optionalAbove || minimumOf(element.cardinality) === 0,
        );
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  for (const step of form.steps) {
    const found = search(step.elements, false);
    if (found !== undefined) return found;
  }
  return false;
}
