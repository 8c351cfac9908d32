/**
 * Complete, valid answers for any form definition, made by the form model itself: every field
 * filled with a value its constraints accept, every repeatable group with its minimum entries,
 * then what the answers hide dropped again (`answersToStore`). The live OpenAPI test submits them
 * for a real form; the hostile-client suite breaks them one rule at a time.
 */
import {
  answersToStore,
  isFixedField,
  isMultipleChoice,
  isRepeatableGroup,
  parseCardinality,
  type AttachmentRef,
  type FormAnswers,
  type FormDefinition,
  type FormElement,
  type FormField,
} from '../../../src/api/index.js';

/** A value for each pattern the seeded forms use (a new pattern needs one here). */
export const PATTERN_SAMPLES: Readonly<Record<string, string>> = {
  '^[0-9]{5}$': '66111',
  '^\\+?[0-9 ()/-]{6,24}$': '+49 681 905-0',
  '^[A-Z0-9]{1,3}$': 'A1',
  '^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?[1-9][0-9]{0,3}[EH]?$': 'SB-AB 123',
  '^(HRA|HRB|GnR|PR|VR) ?[0-9]{1,6}( ?[A-Z]{1,2})?$': 'HRB 12345',
  '^[0-9]{15}$': '123456789012345',
  '^[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}$': 'DE02120300000000202051',
  '^[CFGHJKLMNPRTVWXYZ0-9]{9}$': 'CFGH12345',
};

/** A valid value for `field`, or undefined for fields that take none. */
export function sampleValue(
  field: FormField,
  file: (field: FormField) => AttachmentRef,
): FormAnswers[string] | undefined {
  if (field.kind === 'label' || isFixedField(field)) return undefined;
  const constraints = field.constraints ?? {};
  if (isMultipleChoice(field)) {
    const codes = field.codeList?.entries.map((entry) => entry.code) ?? [];
    return codes.slice(0, Math.max(parseCardinality(field.cardinality).min, 1));
  }
  if (field.kind === 'select') return field.codeList?.entries[0]?.code;
  switch (field.dataType) {
    case 'file':
      return parseCardinality(field.cardinality).max > 1 ? [file(field)] : file(field);
    case 'bool':
      return true;
    case 'num':
    case 'num_int':
    case 'num_currency':
      return Number(constraints.minValue ?? 1);
    case 'date':
      return String(constraints.minValue ?? '2000-01-01');
    case 'time':
      return String(constraints.minValue ?? '10:00');
    case 'datetime':
      return '2027-01-04T10:00';
    case 'email':
      return 'anna.beispiel@example.org';
    case 'tel':
      return PATTERN_SAMPLES[constraints.pattern ?? ''] ?? '+49 681 905-0';
    default: {
      if (constraints.pattern !== undefined) {
        const sample = PATTERN_SAMPLES[constraints.pattern];
        if (sample === undefined)
          throw new Error(`no sample for the pattern ${constraints.pattern}`);
        return sample;
      }
      const text = 'Beispiel'.padEnd(constraints.minLength ?? 0, 'x');
      return text.slice(0, constraints.maxLength ?? text.length);
    }
  }
}

function fill(
  elements: readonly FormElement[],
  record: Record<string, unknown>,
  file: (field: FormField) => AttachmentRef,
): void {
  for (const element of elements) {
    if (element.type === 'field') {
      const value = sampleValue(element, file);
      if (value !== undefined) record[element.id] = value;
    } else if (isRepeatableGroup(element)) {
      const count = Math.max(parseCardinality(element.cardinality).min, 1);
      record[element.id] = Array.from({ length: count }, () => {
        const entry: Record<string, unknown> = {};
        fill(element.children, entry, file);
        return entry;
      });
    } else {
      fill(element.children, record, file);
    }
  }
}

/** Complete answers that keep every rule of `form`; `file` supplies an upload per file field. */
export function sampleAnswers(
  form: FormDefinition,
  file: (field: FormField) => AttachmentRef,
): FormAnswers {
  const answers: Record<string, unknown> = {};
  for (const step of form.steps) fill(step.elements, answers, file);
  return answersToStore(form, answers as FormAnswers);
}
