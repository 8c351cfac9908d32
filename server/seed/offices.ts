/**
 * The offices a seed service names as responsible (seed-only key `office`), and the
 * administrative level each belongs to. Routing goes from a service's office to the authority
 * that houses that office in the citizen's area.
 */
import type { Level } from '../../src/api/schemas/index.js';

/** Offices of a municipality (Rathaus). */
export const MUNICIPAL_OFFICES = [
  'buergerbuero',
  'standesamt',
  'ordnungsamt',
  'steueramt',
  'gewerbeamt',
  'sozialamt_gemeinde',
  'bauamt_gemeinde',
  'abfall',
  'fuehrerscheinstelle',
  'sperrmuell',
  'baumschutz',
  'fischereischein',
  'kita',
] as const;

/**
 * Offices of a district (Landkreis / Regionalverband) by default; `competences.json` says where a
 * city does the task itself.
 */
export const DISTRICT_OFFICES = [
  'kfz_zulassung',
  'fahrerlaubnis',
  'bauaufsicht',
  'jugendamt',
  'wohngeld',
  'gesundheitsamt',
  'sozialamt_kreis',
  'untere_naturschutz',
  'einbuergerung',
  'waffen_jagd',
] as const;

/**
 * State agencies of Saarland. The foreigners' office (Zentrale Ausländerbehörde) and the food and
 * veterinary authority (Landesamt für Verbraucherschutz) are state-central in Saarland.
 */
export const STATE_OFFICES = [
  'lfs',
  'studierendenwerk',
  'lpp',
  'lvgl',
  'lua',
  'finanzamt',
  'fischerei',
  'amtsgericht',
  'elterngeldstelle',
  'auslaender',
  'veterinaeramt',
] as const;

/** Federal agencies. */
export const FEDERAL_OFFICES = [
  'familienkasse',
  'bundesamt_justiz',
  'bundesagentur_arbeit',
  'bundeszentralamt_steuern',
  'bund_sonstige',
] as const;

/** Every office key of the seed format. */
export const OFFICE_KEYS = [
  ...MUNICIPAL_OFFICES,
  ...DISTRICT_OFFICES,
  ...STATE_OFFICES,
  ...FEDERAL_OFFICES,
] as const;

/** An office responsible for services. */
export type OfficeKey = (typeof OFFICE_KEYS)[number];

/** The offices of each administrative level. */
export const OFFICES_BY_LEVEL: Readonly<Record<Level, readonly OfficeKey[]>> = {
  municipal: MUNICIPAL_OFFICES,
  district: DISTRICT_OFFICES,
  state: STATE_OFFICES,
  federal: FEDERAL_OFFICES,
};

const LEVEL_OF_OFFICE = new Map<OfficeKey, Level>(
  Object.entries(OFFICES_BY_LEVEL).flatMap(([level, offices]) =>
    offices.map((office) => [office, level as Level] as const),
  ),
);

/** The administrative level an office belongs to. */
export function levelOfOffice(office: OfficeKey): Level {
  const level = LEVEL_OF_OFFICE.get(office);
  if (level === undefined) throw new Error(`Unknown office ${office}`);
  return level;
}

/** Whether a string is an office key. */
export function isOfficeKey(value: unknown): value is OfficeKey {
  return typeof value === 'string' && LEVEL_OF_OFFICE.has(value as OfficeKey);
}

/**
 * German names of the offices inside a town hall or district authority: appended to the
 * authority's name when a route is resolved, so the citizen sees which office to go to.
 */
export const OFFICE_NAMES: Readonly<Record<OfficeKey, string>> = {
  buergerbuero: 'Bürgerbüro',
  standesamt: 'Standesamt',
  ordnungsamt: 'Ordnungsamt',
  steueramt: 'Steueramt',
  gewerbeamt: 'Gewerbeamt',
  sozialamt_gemeinde: 'Sozialamt',
  bauamt_gemeinde: 'Bauamt',
  abfall: 'Abfallwirtschaft',
  fuehrerscheinstelle: 'Führerscheinstelle',
  sperrmuell: 'Sperrmüllabfuhr',
  baumschutz: 'Baumschutz',
  fischereischein: 'Fischereischeine',
  kita: 'Kita-Platz',
  kfz_zulassung: 'Kfz-Zulassungsstelle',
  fahrerlaubnis: 'Fahrerlaubnisbehörde',
  auslaender: 'Ausländerbehörde',
  bauaufsicht: 'Untere Bauaufsichtsbehörde',
  jugendamt: 'Jugendamt',
  wohngeld: 'Wohngeldstelle',
  gesundheitsamt: 'Gesundheitsamt',
  sozialamt_kreis: 'Sozialamt',
  veterinaeramt: 'Lebensmittelüberwachung und Veterinärwesen',
  untere_naturschutz: 'Untere Naturschutzbehörde',
  einbuergerung: 'Einbürgerungsbehörde',
  waffen_jagd: 'Waffen- und Jagdbehörde',
  lfs: 'Landesamt für Soziales',
  studierendenwerk: 'Amt für Ausbildungsförderung',
  lpp: 'Landespolizeipräsidium',
  lvgl: 'Landesamt für Vermessung, Geoinformation und Landentwicklung',
  lua: 'Landesamt für Umwelt- und Arbeitsschutz',
  finanzamt: 'Finanzamt',
  fischerei: 'Fischereibehörde',
  amtsgericht: 'Amtsgericht',
  elterngeldstelle: 'Elterngeldstelle',
  familienkasse: 'Familienkasse',
  bundesamt_justiz: 'Bundesamt für Justiz',
  bundesagentur_arbeit: 'Agentur für Arbeit',
  bundeszentralamt_steuern: 'Bundeszentralamt für Steuern',
  bund_sonstige: 'Bundesbehörde',
};
