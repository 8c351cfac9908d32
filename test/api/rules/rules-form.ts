/** A small form that states one of each rule the form model enforces (shared with server tests). */
import type { FormDefinition } from '../../../src/api/index.js';

const text = (de: string) => ({ de });

export const RULES_FORM: FormDefinition = {
  id: 'S_RULES',
  version: '1.0.0',
  serviceId: 'hundesteuer-anmeldung',
  title: text('Regeln'),
  steps: [
    {
      id: 'S_ABOUT',
      title: text('Über Sie'),
      elements: [
        {
          type: 'field',
          id: 'F_NAME',
          kind: 'input',
          dataType: 'text',
          cardinality: '1:1',
          label: text('Name'),
          constraints: { minLength: 2, maxLength: 80 },
        },
        {
          type: 'field',
          id: 'F_EMAIL',
          kind: 'input',
          dataType: 'email',
          cardinality: '1:1',
          label: text('E-Mail'),
        },
        {
          type: 'field',
          id: 'F_ZIP',
          kind: 'input',
          dataType: 'text',
          cardinality: '0:1',
          label: text('PLZ'),
          constraints: { pattern: '[0-9]{5}' },
        },
        {
          type: 'field',
          id: 'F_BORN',
          kind: 'input',
          dataType: 'date',
          cardinality: '0:1',
          label: text('Geboren'),
          constraints: { minValue: '1900-01-01', maxValue: '2030-12-31' },
        },
        {
          type: 'field',
          id: 'F_NOTE',
          kind: 'label',
          dataType: 'text',
          cardinality: '0:1',
          label: text('Hinweis'),
        },
        {
          type: 'field',
          id: 'F_SOURCE',
          kind: 'hidden',
          dataType: 'text',
          cardinality: '0:1',
          label: text('Quelle'),
          defaultValue: 'portal',
        },
      ],
    },
    {
      id: 'S_ANIMALS',
      title: text('Tiere'),
      elements: [
        {
          type: 'field',
          id: 'F_KIND',
          kind: 'select',
          dataType: 'text',
          cardinality: '1:1',
          label: text('Tierart'),
          codeList: {
            id: 'tiere',
            entries: [
              { code: 'dog', label: text('Hund') },
              { code: 'cat', label: text('Katze') },
            ],
          },
        },
        {
          type: 'field',
          id: 'F_CAT_NAME',
          kind: 'input',
          dataType: 'text',
          cardinality: '1:1',
          label: text('Name der Katze'),
          condition: { field: 'F_KIND', operator: 'equals', value: 'never' },
        },
        {
          type: 'field',
          id: 'F_DOGS',
          kind: 'input',
          dataType: 'num_int',
          cardinality: '0:1',
          label: text('Anzahl'),
          constraints: { minValue: 1, maxValue: 20 },
        },
        {
          type: 'group',
          id: 'G_DOGS',
          cardinality: '1:20',
          label: text('Hund'),
          condition: { field: 'F_KIND', operator: 'equals', value: 'dog' },
          children: [
            {
              type: 'field',
              id: 'F_DOG',
              kind: 'input',
              dataType: 'text',
              cardinality: '1:1',
              label: text('Name'),
            },
            {
              type: 'field',
              id: 'F_BREED',
              kind: 'select',
              dataType: 'text',
              cardinality: '1:1',
              label: text('Rasse'),
              codeList: {
                id: 'rassen',
                entries: [
                  { code: 'mix', label: text('Mischling') },
                  { code: 'listed', label: text('Gelistet') },
                ],
              },
            },
            {
              type: 'group',
              id: 'G_PROOF',
              cardinality: '1:1',
              label: text('Nachweis'),
              condition: { field: 'F_BREED', operator: 'equals', value: 'listed' },
              children: [
                {
                  type: 'field',
                  id: 'F_PROOF',
                  kind: 'input',
                  dataType: 'file',
                  cardinality: '1:2',
                  label: text('Nachweis'),
                  constraints: { accept: ['application/pdf'], maxFileSize: 1000 },
                },
              ],
            },
          ],
        },
        {
          type: 'field',
          id: 'F_FEE',
          kind: 'locked',
          dataType: 'num_currency',
          cardinality: '0:1',
          label: text('Gebühr'),
          defaultValue: 35,
        },
      ],
    },
  ],
};
