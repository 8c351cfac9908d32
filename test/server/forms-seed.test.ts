/**
 * The seeded form definitions (`server/seed/forms/*.json`): valid against the contract, internally
 * consistent (ids, conditions, code lists, languages) and, together, covering every field kind and
 * data type the contract knows, so the application-form widget can be shown working on all of them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  DATA_TYPES,
  FIELD_KINDS,
  FormDefinitionSchema,
  LOCALES,
  type Condition,
  type FormDefinition,
  type FormElement,
  type FormField,
  type FormGroup,
} from '../../src/api/schemas/index.js';
import { isMultipleChoice } from '../../src/api/rules/form-model.js';

const FORMS_DIR = new URL('../../server/seed/forms/', import.meta.url);

/** The services that carry a portal form (see the seed format). */
const PORTAL_FORM_SERVICES = [
  'hundesteuer-anmeldung',
  'wohnsitz-anmeldung',
  'bewohnerparkausweis',
  'sperrmuell-abholung',
  'gewerbe-anmeldung',
  'halteverbotszone-umzug',
] as const;

/** HTML autofill tokens the forms may use (a subset of the HTML standard's list). */
const AUTOCOMPLETE_TOKENS = new Set([
  'off',
  'name',
  'given-name',
  'family-name',
  'bday',
  'sex',
  'email',
  'tel',
  'work tel',
  'url',
  'organization',
  'street-address',
  'address-line1',
  'address-line2',
  'postal-code',
  'address-level2',
  'country',
  'country-name',
]);

/** Which data type a prefill claim fits. */
const PREFILL_DATA_TYPE: Record<string, FormField['dataType']> = {
  birthdate: 'date',
  email: 'email',
  phone_number: 'tel',
};

/** One element of a form with where it sits: its step, its enclosing groups, its position. */
interface Placed {
  element: FormElement;
  stepId: string;
  ancestors: FormGroup[];
  order: number;
}

interface Cardinality {
  min: number;
  max: number;
}

function parseCardinality(value: string): Cardinality {
  const [min = '', max = ''] = value.split(':');
  return { min: Number(min), max: max === '*' ? Infinity : Number(max) };
}

const isRepeatable = (group: FormGroup): boolean => parseCardinality(group.cardinality).max > 1;

function loadForm(serviceId: string): { raw: unknown; form: FormDefinition } {
  const raw: unknown = JSON.parse(readFileSync(new URL(`${serviceId}.json`, FORMS_DIR), 'utf8'));
  const result = FormDefinitionSchema.safeParse(raw);
  assert.ok(
    result.success,
    `${serviceId}: ${result.success ? '' : JSON.stringify(result.error.issues, null, 2)}`,
  );
  return { raw, form: result.data };
}

/** Every element of the form in document order. */
function flatten(form: FormDefinition): Placed[] {
  const placed: Placed[] = [];
  const visit = (element: FormElement, stepId: string, ancestors: FormGroup[]): void => {
    placed.push({ element, stepId, ancestors, order: placed.length });
    if (element.type === 'group') {
      for (const child of element.children) visit(child, stepId, [...ancestors, element]);
    }
  };
  for (const step of form.steps) for (const element of step.elements) visit(element, step.id, []);
  return placed;
}

const fieldsOf = (placed: Placed[]): FormField[] =>
  placed.flatMap(({ element }) => (element.type === 'field' ? [element] : []));

const groupsOf = (placed: Placed[]): FormGroup[] =>
  placed.flatMap(({ element }) => (element.type === 'group' ? [element] : []));

/** The innermost repeatable group around an element, if any. */
const repeatableScope = (ancestors: FormGroup[]): FormGroup | undefined =>
  ancestors.findLast(isRepeatable);

/** Every object in a JSON value that looks like a language map (it has a German text). */
function languageMaps(value: unknown, path: string, found: Array<[string, object]>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => languageMaps(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    if ('de' in value) found.push([path, value]);
    for (const [key, child] of Object.entries(value)) languageMaps(child, `${path}.${key}`, found);
  }
}

const forms = PORTAL_FORM_SERVICES.map((serviceId) => ({ serviceId, ...loadForm(serviceId) }));

describe('seeded form definitions', () => {
  it('has exactly one file per portal-form service', () => {
    const files = readdirSync(FORMS_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    assert.deepEqual(files, PORTAL_FORM_SERVICES.map((id) => `${id}.json`).sort());
  });

  it('names its service, has a unique id and a version, and 3 to 6 steps S1…Sn', () => {
    const formIds = new Set<string>();
    for (const { serviceId, form } of forms) {
      assert.equal(form.serviceId, serviceId);
      assert.ok(!formIds.has(form.id), `form id ${form.id} used twice`);
      formIds.add(form.id);
      assert.match(form.version, /^\d+\.\d+\.\d+$/);
      assert.ok(form.steps.length >= 3 && form.steps.length <= 6, `${serviceId}: step count`);
      assert.deepEqual(
        form.steps.map((step) => step.id),
        form.steps.map((_, index) => `S${index + 1}`),
      );
    }
  });

  for (const { serviceId, raw, form } of forms) {
    describe(serviceId, () => {
      const placed = flatten(form);
      const fields = fieldsOf(placed);
      const fieldsById = new Map(fields.map((field) => [field.id, field]));
      const placedById = new Map(placed.map((entry) => [entry.element.id, entry]));

      it('uses FIM-style ids, unique within the form', () => {
        const ids = placed.map(({ element }) => element.id);
        assert.equal(new Set(ids).size, ids.length, 'duplicate element id');
        for (const { element } of placed) {
          assert.match(element.id, element.type === 'field' ? /^F\d{8}$/ : /^G\d{8}$/);
        }
      });

      it('has every text in German, English, French and Leichte Sprache', () => {
        const maps: Array<[string, object]> = [];
        languageMaps(raw, serviceId, maps);
        assert.ok(maps.length > 0);
        for (const [path, map] of maps) {
          for (const locale of LOCALES) assert.ok(locale in map, `${path} lacks ${locale}`);
        }
      });

      it('explains every step and group with a help text', () => {
        for (const step of form.steps) assert.ok(step.help, `${step.id} has no help`);
        for (const group of groupsOf(placed)) assert.ok(group.help, `${group.id} has no help`);
      });

      it('shows conditional elements only after the field they depend on, in the same repetition', () => {
        for (const { element, ancestors, order } of placed) {
          const condition: Condition | undefined = element.condition;
          if (!condition) continue;
          const target = fieldsById.get(condition.field);
          assert.ok(target, `${element.id}: condition on unknown field ${condition.field}`);
          const targetPlace = placedById.get(target.id)!;
          assert.ok(targetPlace.order < order, `${element.id}: depends on a later field`);
          assert.ok(!ancestors.some((group) => group.id === target.id));
          // A field inside a repeatable group has one value per repetition: only elements of that
          // same repetition can depend on it.
          const targetScope = repeatableScope(targetPlace.ancestors);
          if (targetScope) {
            assert.ok(
              ancestors.includes(targetScope),
              `${element.id}: depends on ${target.id} inside repeatable ${targetScope.id}`,
            );
          }
          checkConditionValue(element.id, condition, target);
        }
      });

      it('gives every select a code list with unique codes, and no other field one', () => {
        for (const field of fields) {
          if (field.kind !== 'select') {
            assert.equal(field.codeList, undefined, `${field.id}: code list on a ${field.kind}`);
            continue;
          }
          assert.ok(field.codeList, `${field.id}: select without code list`);
          const codes = field.codeList.entries.map((entry) => entry.code);
          assert.ok(codes.length > 0);
          assert.equal(new Set(codes).size, codes.length, `${field.id}: duplicate codes`);
          if (typeof field.defaultValue === 'string') assert.ok(codes.includes(field.defaultValue));
        }
      });

      it('keeps answers in the FormAnswers shape: single values, one level of repetition', () => {
        for (const { element, ancestors } of placed) {
          if (element.type === 'group' && isRepeatable(element)) {
            assert.equal(repeatableScope(ancestors), undefined, `${element.id}: repeat in repeat`);
          }
          const { min, max } = parseCardinality(element.cardinality);
          assert.ok(min <= max, `${element.id}: cardinality ${element.cardinality}`);
          if (element.type === 'field' && element.dataType !== 'file') {
            assert.ok(
              max <= 1 || element.kind === 'select',
              `${element.id}: only files and multiple choices (select) may hold several values`,
            );
          }
        }
      });

      it('has sensible constraints, prefill sources, autocomplete tokens and fixed values', () => {
        for (const field of fields) checkField(field);
      });
    });
  }

  it('covers every field kind and data type of the contract, across the six forms', () => {
    const all = forms.flatMap(({ form }) => fieldsOf(flatten(form)));
    const kinds = new Set(all.map((field) => field.kind));
    const dataTypes = new Set(all.map((field) => field.dataType));
    for (const kind of FIELD_KINDS) assert.ok(kinds.has(kind), `no field of kind ${kind}`);
    for (const dataType of DATA_TYPES) assert.ok(dataTypes.has(dataType), `no ${dataType} field`);
    assert.ok(all.some(isMultipleChoice), 'no multiple choice (checkboxes)');
  });

  it('shows repeatable, nested and conditional groups, conditions, prefill and uploads', () => {
    const placed = forms.flatMap(({ form }) => flatten(form));
    const groups = groupsOf(placed);
    const fields = fieldsOf(placed);
    assert.ok(groups.some(isRepeatable), 'no repeatable group');
    assert.ok(
      placed.some(({ element, ancestors }) => element.type === 'group' && ancestors.length > 0),
      'no nested group',
    );
    assert.ok(
      groups.some((group) => group.condition),
      'no conditional group',
    );
    assert.ok(
      fields.some((field) => field.condition),
      'no conditional field',
    );
    assert.ok(
      fields.some((field) => field.prefill),
      'no prefilled field',
    );
    assert.ok(
      fields.some((field) => field.dataType === 'file'),
      'no file upload',
    );
    assert.ok(
      fields.some((field) => field.constraints?.pattern),
      'no pattern',
    );
    assert.ok(
      fields.some(
        (field) => parseCardinality(field.cardinality).min === 0 && field.kind === 'input',
      ),
      'no optional input',
    );
  });
});

/** The condition's operator and value fit the field it looks at. */
function checkConditionValue(elementId: string, condition: Condition, target: FormField): void {
  const { operator, value } = condition;
  if (operator === 'filled' || operator === 'notFilled') {
    assert.equal(value, undefined, `${elementId}: ${operator} takes no value`);
    return;
  }
  const values = operator === 'in' ? value : [value];
  assert.ok(Array.isArray(values) && values.length > 0, `${elementId}: ${operator} needs values`);
  for (const item of values) {
    if (target.dataType === 'bool') {
      assert.equal(typeof item, 'boolean', `${elementId}: compare ${target.id} with true/false`);
    } else if (target.codeList) {
      const codes = target.codeList.entries.map((entry) => entry.code);
      assert.ok(
        codes.includes(String(item)),
        `${elementId}: ${String(item)} not a code of ${target.id}`,
      );
    }
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{2}:\d{2}$/;

function checkField(field: FormField): void {
  const { constraints: c = {}, id, kind, dataType } = field;
  if (dataType === 'file') {
    assert.ok(c.accept && c.accept.length > 0, `${id}: file without accepted media types`);
    assert.ok(c.maxFileSize, `${id}: file without maxFileSize`);
  } else {
    assert.equal(c.accept, undefined, `${id}: accept on a ${dataType}`);
  }
  if (c.pattern !== undefined) {
    assert.doesNotThrow(() => new RegExp(c.pattern!, 'u'), `${id}: bad pattern`);
    assert.ok(c.patternHint, `${id}: pattern without patternHint`);
  }
  if (c.minLength !== undefined && c.maxLength !== undefined) assert.ok(c.minLength <= c.maxLength);
  for (const bound of [c.minValue, c.maxValue]) {
    if (bound === undefined) continue;
    if (dataType === 'date') assert.match(String(bound), ISO_DATE, `${id}: date bound`);
    else if (dataType === 'time') assert.match(String(bound), ISO_TIME, `${id}: time bound`);
    else assert.equal(typeof bound, 'number', `${id}: numeric bound`);
  }
  if (typeof c.minValue === 'number' && typeof c.maxValue === 'number') {
    assert.ok(c.minValue <= c.maxValue, `${id}: minValue > maxValue`);
  }
  if (kind === 'hidden' || kind === 'locked') {
    assert.notEqual(field.defaultValue, undefined, `${id}: ${kind} without a value`);
  }
  if (kind === 'label' || kind === 'hidden' || kind === 'locked') {
    assert.equal(field.prefill, undefined, `${id}: ${kind} cannot be prefilled`);
    assert.equal(parseCardinality(field.cardinality).min, 0, `${id}: ${kind} cannot be required`);
  }
  if (field.prefill) {
    assert.equal(dataType, PREFILL_DATA_TYPE[field.prefill] ?? 'text', `${id}: prefill type`);
  }
  if (field.autocomplete !== undefined) {
    assert.ok(
      AUTOCOMPLETE_TOKENS.has(field.autocomplete),
      `${id}: autocomplete ${field.autocomplete}`,
    );
  }
}
