import { expect } from '@open-wc/testing';
import { FormAnswersSchema, FormDefinitionSchema } from '../../../src/api/schemas/form.js';
import { expectInvalidAt, expectValid } from './expect-schema.js';

const field = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'field',
  id,
  kind: 'input',
  dataType: 'text',
  cardinality: '1:1',
  label: { de: 'Name des Hundes' },
  ...extra,
});

const form = {
  id: 'form-hundesteuer-anmeldung',
  version: '1.0.0',
  serviceId: 'hundesteuer-anmeldung',
  title: { de: 'Hund anmelden' },
  steps: [
    {
      id: 'S1',
      title: { de: 'Ihre Hunde' },
      elements: [
        {
          type: 'group',
          id: 'G1',
          cardinality: '1:*',
          label: { de: 'Hund' },
          children: [
            field('F1'),
            field('F2', {
              kind: 'select',
              codeList: { id: 'rassen', entries: [{ code: 'x', label: { de: 'Mischling' } }] },
            }),
            {
              type: 'group',
              id: 'G2',
              cardinality: '0:1',
              label: { de: 'Nachweis' },
              condition: { field: 'F2', operator: 'equals', value: 'x' },
              children: [
                field('F3', {
                  dataType: 'file',
                  constraints: { accept: ['application/pdf'], maxFileSize: 5000000 },
                }),
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('FormDefinition schema', () => {
  it('accepts nested, repeatable, conditional groups', () =>
    expectValid(FormDefinitionSchema, form));

  it('rejects bad cardinalities, ids, data types and empty groups', () => {
    const broken = structuredClone(form);
    const group = broken.steps[0]!.elements[0]! as { cardinality: string; children: unknown[] };
    group.cardinality = '1-*';
    expectInvalidAt(FormDefinitionSchema, broken, 'steps[0].elements[0].cardinality');
    expectInvalidAt(
      FormDefinitionSchema,
      { ...form, steps: [{ id: 'S1', title: { de: 'x' }, elements: [field('X1')] }] },
      'steps[0].elements[0].id',
    );
    expectInvalidAt(
      FormDefinitionSchema,
      {
        ...form,
        steps: [{ id: 'S1', title: { de: 'x' }, elements: [field('F1', { dataType: 'colour' })] }],
      },
      'steps[0].elements[0].dataType',
    );
    expectInvalidAt(FormDefinitionSchema, { ...form, steps: [] }, 'steps');
  });

  it('answers are keyed by field id; repeatable groups hold records', () => {
    expectValid(FormAnswersSchema, {
      F1: 'Bello',
      F9: 3,
      F10: true,
      G1: [{ F1: 'Bello' }, { F1: 'Luna' }],
      F3: {
        attachmentId: 'att_12345678',
        filename: 'nachweis.pdf',
        mediaType: 'application/pdf',
        size: 1200,
      },
    });
    expect(FormAnswersSchema.safeParse({ name: 'Bello' }).success).to.equal(false);
    expectInvalidAt(FormAnswersSchema, { F1: { script: true } }, 'F1');
  });
});
