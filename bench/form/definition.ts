/**
 * A form definition of 150 fields for the benchmark: one step that holds them all (the worst a
 * single render meets), in the mix real forms have: texts, numbers, dates, short code lists as
 * radios, yes/no with a field each depends on, e-mail and phone; and answers that keep every rule.
 */
import type { FormAnswers, FormDefinition, FormField } from '../../src/api/schemas/form.js';
import type { Service } from '../../src/api/schemas/service.js';
import { testService } from '../../test/fixtures/form-data.js';

export const FIELD_COUNT = 150;

/** The benchmark's service (the test service under another id). */
export const benchService: Service = { ...testService, id: 'bench-150-felder' };

const text = (de: string) => ({ de, en: de, fr: de, 'de-x-ls': de });

function field(index: number): FormField {
  const id = `F${String(90_000_000 + index)}`;
  const label = text(`Frage ${index}`);
  const base = { type: 'field' as const, id, cardinality: '1:1', label };
  switch (index % 10) {
    case 0:
    case 1:
    case 2:
      return { ...base, kind: 'input', dataType: 'text', constraints: { maxLength: 80 } };
    case 3:
      return {
        ...base,
        kind: 'input',
        dataType: 'num',
        constraints: { minValue: 0, maxValue: 999 },
      };
    case 4:
      return { ...base, kind: 'input', dataType: 'date', constraints: { minValue: '1900-01-01' } };
    case 5:
      return {
        ...base,
        kind: 'select',
        dataType: 'text',
        codeList: {
          id: `liste-${index}`,
          entries: ['a', 'b', 'c'].map((code) => ({ code, label: text(`Antwort ${code}`) })),
        },
      };
    case 6:
      return { ...base, kind: 'input', dataType: 'bool' };
    case 7:
      // Shown while the yes/no just before it says yes.
      return {
        ...base,
        kind: 'input',
        dataType: 'text',
        condition: { field: `F${String(90_000_000 + index - 1)}`, operator: 'equals', value: true },
      };
    case 8:
      return { ...base, kind: 'input', dataType: 'email', cardinality: '0:1' };
    default:
      return { ...base, kind: 'input', dataType: 'tel', cardinality: '0:1' };
  }
}

/** The 150-field definition. */
export const benchForm: FormDefinition = {
  id: 'S90000000',
  version: '1.0.0',
  serviceId: benchService.id,
  title: text('Formular mit 150 Feldern'),
  steps: [
    {
      id: 'S1',
      title: text('Alle Fragen'),
      elements: Array.from({ length: FIELD_COUNT }, (_, index) => field(index + 1)),
    },
  ],
};

/** Answers to every field that keep every rule. */
export function benchAnswers(): FormAnswers {
  const answers: FormAnswers = {};
  for (const element of benchForm.steps[0]!.elements) {
    if (element.type !== 'field') continue;
    const values: Record<string, FormAnswers[string]> = {
      text: 'Beispiel',
      num: 42,
      date: '1990-05-17',
      bool: true,
      email: 'anna@example.org',
      tel: '+49 681 905-0',
    };
    answers[element.id] = element.kind === 'select' ? 'b' : values[element.dataType]!;
  }
  return answers;
}
