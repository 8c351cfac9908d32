/**
 * A form definition, after the FIM "XDatenfelder" standard: a schema of groups (`G…`) and
 * fields (`F…`), each with a cardinality `min:max`, field kinds, data types, constraints, code
 * lists, help texts, a prefill source and conditions. Submitted data is keyed by field id.
 */
import * as z from 'zod/mini';
import { LanguageMapSchema } from './common.js';
import { ServiceIdSchema } from './service.js';
import { ATTACHMENT_ID_PATTERN } from '../rules/identifiers.js';

/** FIM cardinality: `"0:1"` optional, `"1:1"` required, `"0:*"` repeatable, `"1:5"` ... */
export const CardinalitySchema = z.string().check(z.regex(/^\d+:(\d+|\*)$/));

/** Field kinds (FIM `feldart`). */
export const FIELD_KINDS = ['input', 'select', 'label', 'hidden', 'locked'] as const;
/** Data types (FIM `datentyp`, plus a few input hints FIM expresses with patterns). */
export const DATA_TYPES = [
  'text',
  'text_long',
  'email',
  'tel',
  'date',
  'time',
  'datetime',
  'bool',
  'num',
  'num_int',
  'num_currency',
  'file',
] as const;

/** Citizen-account claims a field may be prefilled from. */
export const PREFILL_SOURCES = [
  'given_name',
  'family_name',
  'birthdate',
  'email',
  'phone_number',
  'address.street_address',
  'address.postal_code',
  'address.locality',
  'address.country',
] as const;

/** Constraints on a field's value (FIM `praezisierung`). */
export const FieldConstraintsSchema = z.object({
  minLength: z.optional(z.int().check(z.gte(0))),
  maxLength: z.optional(z.int().check(z.gte(1))),
  minValue: z.optional(z.union([z.number(), z.string()])),
  maxValue: z.optional(z.union([z.number(), z.string()])),
  pattern: z.optional(z.string()),
  /** What the pattern expects, in words, shown when the value does not match. */
  patternHint: z.optional(LanguageMapSchema),
  /** Accepted media types for files. */
  accept: z.optional(z.array(z.string())),
  /** Largest file in bytes. */
  maxFileSize: z.optional(z.int().check(z.gte(1))),
  /** A check digit the value must carry: `iban` (ISO 13616, mod 97). */
  checksum: z.optional(z.enum(['iban'])),
});
/** Field constraints. */
export type FieldConstraints = z.infer<typeof FieldConstraintsSchema>;

/** One entry of a code list. */
export const CodeListEntrySchema = z.object({
  code: z.string().check(z.minLength(1)),
  label: LanguageMapSchema,
});

/** A code list for a select field. */
export const CodeListSchema = z.object({
  id: z.string().check(z.minLength(1)),
  entries: z.array(CodeListEntrySchema).check(z.minLength(1)),
});
/** A code list. */
export type CodeList = z.infer<typeof CodeListSchema>;

/** A condition on another field's value that decides whether an element is shown. */
export const ConditionSchema = z.object({
  field: z.string().check(z.regex(/^F\w+$/)),
  operator: z.enum(['equals', 'notEquals', 'in', 'filled', 'notFilled']),
  value: z.optional(z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
});
/** A display condition. */
export type Condition = z.infer<typeof ConditionSchema>;

/** A field (FIM `F…`). */
export const FormFieldSchema = z.object({
  type: z.literal('field'),
  id: z.string().check(z.regex(/^F\w+$/)),
  kind: z.enum(FIELD_KINDS),
  dataType: z.enum(DATA_TYPES),
  cardinality: CardinalitySchema,
  label: LanguageMapSchema,
  help: z.optional(LanguageMapSchema),
  constraints: z.optional(FieldConstraintsSchema),
  codeList: z.optional(CodeListSchema),
  prefill: z.optional(z.enum(PREFILL_SOURCES)),
  condition: z.optional(ConditionSchema),
  /** The HTML `autocomplete` token, so browsers can fill it. */
  autocomplete: z.optional(z.string()),
  /** Value of `hidden`/`locked` fields, or the initial value. */
  defaultValue: z.optional(z.union([z.string(), z.number(), z.boolean()])),
});
/** A form field. */
export type FormField = z.infer<typeof FormFieldSchema>;

/** A group of fields and groups (FIM `G…`); repeatable when its cardinality allows. */
export const FormGroupSchema = z.object({
  type: z.literal('group'),
  id: z.string().check(z.regex(/^G\w+$/)),
  cardinality: CardinalitySchema,
  label: LanguageMapSchema,
  help: z.optional(LanguageMapSchema),
  condition: z.optional(ConditionSchema),
  get children(): z.ZodMiniArray<
    z.ZodMiniDiscriminatedUnion<[typeof FormFieldSchema, typeof FormGroupSchema]>
  > {
    return z
      .array(z.discriminatedUnion('type', [FormFieldSchema, FormGroupSchema]))
      .check(z.minLength(1));
  },
});
/** A group of form elements. */
export type FormGroup = z.infer<typeof FormGroupSchema>;
/** A form element: a field or a group. */
export type FormElement = FormField | FormGroup;

/** A step of the form: one topic per page. */
export const FormStepSchema = z.object({
  id: z.string().check(z.regex(/^S\w+$/)),
  title: LanguageMapSchema,
  help: z.optional(LanguageMapSchema),
  elements: z
    .array(z.discriminatedUnion('type', [FormFieldSchema, FormGroupSchema]))
    .check(z.minLength(1)),
});
/** A form step. */
export type FormStep = z.infer<typeof FormStepSchema>;

/** A form definition (`GET /forms/{serviceId}`). */
export const FormDefinitionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  serviceId: ServiceIdSchema,
  title: LanguageMapSchema,
  steps: z.array(FormStepSchema).check(z.minLength(1)),
});
/** A form definition. */
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;

/** A file already uploaded, referenced from form data. */
export const AttachmentRefSchema = z.object({
  attachmentId: z.string().check(z.regex(ATTACHMENT_ID_PATTERN)),
  filename: z.string().check(z.minLength(1), z.maxLength(255)),
  mediaType: z.string().check(z.minLength(3)),
  size: z.int().check(z.gte(0)),
});
/** A reference to an uploaded file. */
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

/** A single answer. */
export const FieldValueSchema = z.union([
  z.string().check(z.maxLength(10_000)),
  z.number(),
  z.boolean(),
  z.null(),
  AttachmentRefSchema,
  z.array(AttachmentRefSchema),
  /** The codes of a multiple choice (checkboxes). */
  z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
]);

/** Form data: values keyed by field id; repeatable groups hold a list of such records. */
export const FormAnswersSchema = z.record(
  z.string().check(z.regex(/^[FG]\w+$/)),
  z.union([FieldValueSchema, z.array(z.record(z.string(), FieldValueSchema))]),
);
/** Form answers keyed by field id. */
export type FormAnswers = z.infer<typeof FormAnswersSchema>;
