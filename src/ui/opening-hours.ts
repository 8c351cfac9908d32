/**
 * Opening hours as readers of each language write them: "08:00–12:00" in German and English,
 * "8 h – 12 h 30" in French, "8 Uhr bis 12 Uhr" in Leichte Sprache (no leading zero, no dash:
 * Netzwerk Leichte Sprache and DIN SPEC 33429 want times read aloud as they are spoken).
 */
import { msg, str } from '@lit/localize';
import type { Locale } from '../api/vocabulary.js';
import '../shared/localization.js';

/** A time of day "HH:MM" in the reader's way of writing it. */
export function timeOfDayText(time: string, locale: Locale): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  const hour = String(Number(hours));
  if (locale === 'fr')
    return minutes === '00' ? `${hour}\u00A0h` : `${hour}\u00A0h\u00A0${minutes}`;
  if (locale === 'de-x-ls') return minutes === '00' ? `${hour} Uhr` : `${hour}:${minutes} Uhr`;
  return time;
}

/** One opening period, such as "8 Uhr bis 12 Uhr", in the locale of the rendering widget. */
export function openingPeriodText(opens: string, closes: string, locale: Locale): string {
  const from = timeOfDayText(opens, locale);
  const to = timeOfDayText(closes, locale);
  return msg(str`${from}–${to}`, { id: 'ui.hours.period' });
}
