/** Opening hours, grouped per day and named in the citizen's language. */
import type { OpeningPeriod } from '../api/schemas/route.js';
import { WEEKDAYS } from '../api/vocabulary.js';
import type { Locale } from '../api/vocabulary.js';
import { openingPeriodText } from '../ui/opening-hours.js';

/** One day's opening periods, ready to show. */
export interface OpeningDay {
  /** The day's name in the locale, e.g. "Montag" or "lundi". */
  dayName: string;
  /** The periods as the locale writes them: "08:00–12:00", "8 h – 12 h", "8 Uhr bis 12 Uhr". */
  periods: string[];
}

/** The `Intl` locale for a widget locale; Leichte Sprache uses German day names. */
function intlLocale(locale: Locale): string {
  return locale === 'de-x-ls' ? 'de' : locale;
}

/** A 2026-11-30 is a Monday; adding the weekday index gives each day's name. */
function dayName(dayIndex: number, locale: Locale): string {
  const monday = Date.UTC(2026, 10, 30);
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(monday + dayIndex * 86_400_000),
  );
}

/**
 * Groups opening periods by weekday in week order, each day's periods sorted by time. Call it
 * while the widget renders (inside its locale), as the periods' wording is a translated message.
 */
export function groupOpeningHours(periods: readonly OpeningPeriod[], locale: Locale): OpeningDay[] {
  return WEEKDAYS.flatMap((day, index) => {
    const onDay = periods
      .filter((period) => period.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((period) => openingPeriodText(period.opens, period.closes, locale));
    return onDay.length > 0 ? [{ dayName: dayName(index, locale), periods: onDay }] : [];
  });
}
