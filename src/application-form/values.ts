/**
 * Between what a citizen types and what the contract stores: numbers with a decimal comma or
 * point, dates in three boxes (day, month, year), times and date-times. Typing is never lost: what
 * cannot be read yet stays as typed, and the form model then names the problem.
 */
import type { Locale } from '../api/vocabulary.js';

/** A number as typed in German, English or French ("1.234,5", "1,234.5", "1 234,5"), or the text. */
export function parseNumberInput(text: string): number | string {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f€]/g, '');
  if (trimmed === '') return '';
  const lastComma = trimmed.lastIndexOf(',');
  const lastPoint = trimmed.lastIndexOf('.');
  // The later of comma and point is the decimal separator; the other groups thousands.
  const decimal = lastComma > lastPoint ? ',' : '.';
  const group = decimal === ',' ? '.' : ',';
  const normalized = trimmed.split(group).join('').replace(decimal, '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
}

/** A stored number as the citizen reads it in `locale` (German: decimal comma). */
export function formatNumberInput(value: unknown, locale: Locale, currency = false): string {
  if (typeof value !== 'number') return typeof value === 'string' ? value : '';
  const tag = locale === 'de-x-ls' ? 'de' : locale;
  return new Intl.NumberFormat(tag, {
    useGrouping: false,
    minimumFractionDigits: currency && !Number.isInteger(value) ? 2 : 0,
    maximumFractionDigits: currency ? 2 : 10,
  }).format(value);
}

/** A date as three boxes. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The parts of an ISO date (`2026-03-09` → 9, 3, 2026), or of what was typed so far. */
export function dateParts(value: unknown): DateParts {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

/**
 * The ISO date of three boxes when all are filled with numbers (`9`, `3`, `2026` →
 * `2026-03-09`); otherwise what was typed, so the check can say what is missing.
 */
export function isoDate(parts: DateParts): string | undefined {
  const { day, month, year } = {
    day: parts.day.trim(),
    month: parts.month.trim(),
    year: parts.year.trim(),
  };
  if (day === '' && month === '' && year === '') return undefined;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return `${year}-${month}-${day}`;
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A stored answer for the check-your-answers page, in the citizen's words. */
export function displayDate(value: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
  if (!match) return value;
  const tag = locale === 'de-x-ls' ? 'de' : locale;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const text = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return match[4] ? `${text}, ${match[4]}` : text;
}
