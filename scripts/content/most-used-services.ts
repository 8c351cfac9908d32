/**
 * The 30 services citizens use most, whose texts exist in full in English, French and Leichte
 * Sprache (issue 16). The issue named 22; the other 8 were chosen by the same measure (how many
 * citizens need them: everyday registrations and certificates, the portal's own online forms,
 * and the services the seed's authors had already given a Leichte Sprache summary, the
 * catalogue's only popularity signal). See docs/content-languages.md.
 */
export const MOST_USED_SERVICES = [
  // Named by the issue.
  'personalausweis-beantragen',
  'reisepass-beantragen',
  'wohnsitz-anmeldung',
  'hundesteuer-anmeldung',
  'kfz-zulassung',
  'fuehrerschein-ersterteilung',
  'baugenehmigung',
  'wohngeld-mietzuschuss',
  'elterngeld-beantragen',
  'kindergeld-beantragen',
  'geburt-anzeigen',
  'eheschliessung-anmelden',
  'sterbefall-anzeigen',
  'gewerbe-anmeldung',
  'sperrmuell-abholung',
  'aufenthaltserlaubnis',
  'einbuergerung',
  'schwerbehindertenausweis',
  'fuehrungszeugnis',
  'briefwahl-wahlschein',
  'bewohnerparkausweis',
  'kita-platz',
  // Chosen by the same measure.
  'halteverbotszone-umzug',
  'wohnsitz-ummeldung',
  'meldebescheinigung',
  'kfz-umschreibung',
  'kfz-abmeldung',
  'geburtsurkunde',
  'reisepass-kind',
  'parkausweis-schwerbehinderte',
] as const;
