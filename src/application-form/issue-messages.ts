/**
 * What a broken rule means for the citizen, in their language: the form model (shared with the
 * server) names the rule and the path; this names the field and says what to do, GOV.UK style
 * ("Geben Sie …", "Wählen Sie …").
 */
import { msg, str } from '@lit/localize';
import type { FormField } from '../api/schemas/form.js';
import { isMultipleChoice, parseCardinality, type AnswerIssue } from '../api/rules/form-model.js';
import { pickText, type Locale } from '../api/vocabulary.js';
import { displayDate, formatNumberInput } from './values.js';
import '../shared/localization.js';

const CHOICE_TYPES = new Set(['bool']);

/** The message for `issue` on `field` (or on a repeatable group named `label`). */
export function issueMessage(
  issue: Pick<AnswerIssue, 'rule'>,
  label: string,
  field: FormField | undefined,
  locale: Locale,
): string {
  const constraints = field?.constraints ?? {};
  const choose =
    field !== undefined && (field.kind === 'select' || CHOICE_TYPES.has(field.dataType));
  switch (issue.rule) {
    case 'required':
      if (field === undefined) {
        return msg(str`Geben Sie mindestens einen Eintrag für „${label}“ an.`, {
          id: 'form.issue.required-entries',
        });
      }
      if (field.dataType === 'file') {
        return msg(str`Laden Sie „${label}“ hoch.`, { id: 'form.issue.required-file' });
      }
      if (isMultipleChoice(field)) {
        return msg(str`Wählen Sie mindestens eine Antwort zu „${label}“.`, {
          id: 'form.issue.required-several',
        });
      }
      return choose
        ? msg(str`Wählen Sie eine Antwort zu „${label}“.`, { id: 'form.issue.required-choice' })
        : msg(str`Geben Sie „${label}“ an.`, { id: 'form.issue.required' });
    case 'code-list':
      return msg(str`Wählen Sie eine der Möglichkeiten zu „${label}“.`, {
        id: 'form.issue.code-list',
      });
    case 'pattern':
      if (constraints.patternHint) return pickText(constraints.patternHint, locale).text;
      if (field?.dataType === 'email') {
        return msg('Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@beispiel.de.', {
          id: 'form.issue.email',
        });
      }
      if (field?.dataType === 'tel') {
        return msg('Geben Sie eine Telefonnummer ein, nur mit Ziffern, Leerzeichen, + und -.', {
          id: 'form.issue.tel',
        });
      }
      return msg(str`„${label}“ hat nicht die erwartete Form.`, { id: 'form.issue.pattern' });
    case 'checksum':
      return msg(
        str`Die Prüfziffern in „${label}“ passen nicht. Prüfen Sie die Eingabe auf Tippfehler.`,
        {
          id: 'form.issue.checksum',
        },
      );
    case 'min-length':
      return msg(str`„${label}“ muss mindestens ${constraints.minLength ?? 0} Zeichen haben.`, {
        id: 'form.issue.min-length',
      });
    case 'max-length':
      return msg(str`„${label}“ darf höchstens ${constraints.maxLength ?? 0} Zeichen haben.`, {
        id: 'form.issue.max-length',
      });
    case 'min':
      return isTemporal(field)
        ? msg(
            str`„${label}“ darf nicht vor ${bound(constraints.minValue, field, locale)} liegen.`,
            {
              id: 'form.issue.min-date',
            },
          )
        : msg(str`„${label}“ muss mindestens ${bound(constraints.minValue, field, locale)} sein.`, {
            id: 'form.issue.min',
          });
    case 'max':
      return isTemporal(field)
        ? msg(
            str`„${label}“ darf nicht nach ${bound(constraints.maxValue, field, locale)} liegen.`,
            {
              id: 'form.issue.max-date',
            },
          )
        : msg(str`„${label}“ darf höchstens ${bound(constraints.maxValue, field, locale)} sein.`, {
            id: 'form.issue.max',
          });
    case 'type':
      return typeMessage(field, label);
    case 'count':
      if (field !== undefined && isMultipleChoice(field)) {
        const { min, max } = parseCardinality(field.cardinality);
        if (max === Infinity)
          return msg(str`Wählen Sie bei „${label}“ mindestens ${min} Antworten.`, {
            id: 'form.issue.count-choices-min',
          });
        if (min <= 1)
          return msg(str`Wählen Sie bei „${label}“ höchstens ${max} Antworten.`, {
            id: 'form.issue.count-choices-max',
          });
        return msg(str`Wählen Sie bei „${label}“ ${min} bis ${max} Antworten.`, {
          id: 'form.issue.count-choices',
        });
      }
      return msg(str`Die Zahl der Einträge bei „${label}“ passt nicht.`, {
        id: 'form.issue.count',
      });
    case 'file-type':
      return msg(str`Diese Art von Datei ist bei „${label}“ nicht erlaubt.`, {
        id: 'form.issue.file-type',
      });
    case 'file-size':
      return msg(str`Die Datei für „${label}“ ist zu groß.`, { id: 'form.issue.file-size' });
    case 'fixed':
    case 'unknown':
    case 'no-answer':
      return msg(str`„${label}“ kann so nicht angenommen werden.`, { id: 'form.issue.other' });
  }
}

/** A field's limit as the citizen reads it: a date in words, a number in the locale's digits. */
function bound(value: number | string | undefined, field: FormField | undefined, locale: Locale) {
  if (typeof value === 'number')
    return formatNumberInput(value, locale, field?.dataType === 'num_currency');
  return value === undefined ? '' : displayDate(value, locale);
}

function isTemporal(field: FormField | undefined): boolean {
  return field?.dataType === 'date' || field?.dataType === 'time' || field?.dataType === 'datetime';
}

function typeMessage(field: FormField | undefined, label: string): string {
  switch (field?.dataType) {
    case 'date':
    case 'datetime':
      return msg(
        str`Geben Sie bei „${label}“ ein echtes Datum ein: Tag, Monat und Jahr in Zahlen.`,
        {
          id: 'form.issue.date',
        },
      );
    case 'time':
      return msg(str`Geben Sie bei „${label}“ eine Uhrzeit ein, zum Beispiel 14:30.`, {
        id: 'form.issue.time',
      });
    case 'num_int':
      return msg(str`Geben Sie bei „${label}“ eine ganze Zahl ein.`, { id: 'form.issue.integer' });
    case 'num':
      return msg(str`Geben Sie bei „${label}“ eine Zahl ein.`, { id: 'form.issue.number' });
    case 'num_currency':
      return msg(str`Geben Sie bei „${label}“ einen Betrag ein, zum Beispiel 12,50.`, {
        id: 'form.issue.amount',
      });
    default:
      return msg(str`„${label}“ kann so nicht angenommen werden.`, { id: 'form.issue.other' });
  }
}
