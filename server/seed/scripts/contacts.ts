/**
 * Illustrative contact details and opening hours for the seed authorities. Nothing here is real:
 * phone numbers put a 0 first in the subscriber number, which the German numbering plan never
 * assigns, so they cannot reach anyone; e-mail addresses use the reserved `.example` domain.
 */
import type { Contact, LanguageMap, OpeningPeriod } from '../../../src/api/schemas/index.js';

/** A made-up, undialable phone number: `+49 <area code> 0<extension>-0`. */
export function illustrativePhone(areaCode: string, extension: string): string {
  return `+49 ${areaCode} 0${extension}-0`;
}

/** The one general contact of an authority. */
export function illustrativeContact(
  name: string,
  areaCode: string,
  extension: string,
  email: string,
): Contact {
  return { name, tel: illustrativePhone(areaCode, extension), email };
}

type Weekday = OpeningPeriod['day'];

function mornings(days: Weekday[], opens: string, closes: string): OpeningPeriod[] {
  return days.map((day) => ({ day, opens, closes }));
}

const WORKDAYS: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];
const LONG_AFTERNOONS: readonly OpeningPeriod[] = [
  { day: 'tu', opens: '14:00', closes: '18:00' },
  { day: 'th', opens: '14:00', closes: '18:00' },
  { day: 'we', opens: '14:00', closes: '17:00' },
];

/** Town hall hours: weekday mornings plus one long afternoon that varies between towns. */
export function townHallHours(variant: number): OpeningPeriod[] {
  const afternoon = LONG_AFTERNOONS[variant % LONG_AFTERNOONS.length];
  const periods = mornings(WORKDAYS, '08:00', '12:00');
  return afternoon === undefined ? periods : [...periods, afternoon];
}

/** District authority hours: weekday mornings and Thursday afternoon. */
export function districtHours(): OpeningPeriod[] {
  return [...mornings(WORKDAYS, '07:30', '12:00'), { day: 'th', opens: '13:30', closes: '17:30' }];
}

/** Agency hours: Monday to Thursday until 15:00, Friday until noon. */
export function agencyHours(): OpeningPeriod[] {
  return [
    ...mornings(['mo', 'tu', 'we', 'th'], '09:00', '15:00'),
    { day: 'fr', opens: '09:00', closes: '12:00' },
  ];
}

/** The note that goes with counter hours. */
export const APPOINTMENT_NOTE: LanguageMap = {
  de: 'Bitte vereinbaren Sie vorab einen Termin.',
  en: 'Please make an appointment in advance.',
  fr: 'Veuillez prendre rendez-vous à l’avance.',
  'de-x-ls': 'Bitte machen Sie vorher einen Termin.',
};

/** The note for agencies without a public counter. */
export const NO_COUNTER_NOTE: LanguageMap = {
  de: 'Keine offene Sprechstunde: Erreichbar online, per Telefon oder per Post.',
  en: 'No drop-in hours: reachable online, by phone or by post.',
  fr: 'Pas d’accueil sans rendez-vous : joignable en ligne, par téléphone ou par courrier.',
  'de-x-ls':
    'Sie können nicht einfach hin-gehen. Sie können anrufen, schreiben oder das Internet benutzen.',
};
