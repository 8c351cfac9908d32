/**
 * Authored facts about the authorities above the municipalities: the district authorities'
 * seats and the state and federal agencies. Names and street addresses are real as far as
 * known; where an address was not known with confidence it is left out. Phone numbers and
 * e-mail addresses are made up (see `contacts.ts`); websites are given only where certain.
 */
import type { LanguageMap } from '../../../src/api/schemas/index.js';
import type { OfficeKey } from '../offices.js';
import type { StreetAddress } from './municipalities.js';

/** Seat and website of each district authority, by district key. */
export const DISTRICT_SEATS: Readonly<
  Record<string, { address: StreetAddress; websiteUrl: string; areaCode: string }>
> = {
  '10041': {
    address: { street: 'Schloßplatz', houseNumber: '1-15', zip: '66119', city: 'Saarbrücken' },
    websiteUrl: 'https://www.regionalverband-saarbruecken.de',
    areaCode: '681',
  },
  '10042': {
    address: { street: 'Bahnhofstraße', houseNumber: '44', zip: '66663', city: 'Merzig' },
    websiteUrl: 'https://www.merzig-wadern.de',
    areaCode: '6861',
  },
  '10043': {
    address: {
      street: 'Wilhelm-Heinrich-Straße',
      houseNumber: '36',
      zip: '66564',
      city: 'Ottweiler',
    },
    websiteUrl: 'https://www.landkreis-neunkirchen.de',
    areaCode: '6824',
  },
  '10044': {
    address: {
      street: 'Kaiser-Wilhelm-Straße',
      houseNumber: '4-6',
      zip: '66740',
      city: 'Saarlouis',
    },
    websiteUrl: 'https://www.kreis-saarlouis.de',
    areaCode: '6831',
  },
  '10045': {
    address: { street: 'Am Forum', houseNumber: '1', zip: '66424', city: 'Homburg' },
    websiteUrl: 'https://www.saarpfalz-kreis.de',
    areaCode: '6841',
  },
  '10046': {
    address: { street: 'Mommstraße', houseNumber: '21-31', zip: '66606', city: 'St. Wendel' },
    websiteUrl: 'https://www.landkreis-st-wendel.de',
    areaCode: '6851',
  },
};

/** Websites of municipalities, only where certain, by AGS. */
export const MUNICIPAL_WEBSITES: Readonly<Record<string, string>> = {
  '10041100': 'https://www.saarbruecken.de',
  '10041519': 'https://www.voelklingen.de',
  '10042113': 'https://www.merzig.de',
  '10043114': 'https://www.neunkirchen.de',
  '10044115': 'https://www.saarlouis.de',
  '10045114': 'https://www.homburg.de',
  '10045117': 'https://www.st-ingbert.de',
};

/** A state or federal agency that serves all of Saarland. */
export interface Agency {
  id: string;
  name: string;
  office: OfficeKey;
  address?: StreetAddress;
  websiteUrl?: string;
  /** Telephone area code without the leading 0, for the made-up number; none: no contact. */
  areaCode?: string;
  /** Domain (under `.example`) of the made-up e-mail address; none: no contact. */
  mailDomain?: string;
  /** Whether it has counter opening hours (else it is reached online and by phone). */
  counter: boolean;
  description: LanguageMap;
}

/** The state agencies, one per state office. */
export const STATE_AGENCIES: readonly Agency[] = [
  {
    id: 'land-las',
    name: 'Landesamt für Soziales',
    office: 'lfs',
    address: { street: 'Hochstraße', houseNumber: '67', zip: '66115', city: 'Saarbrücken' },
    areaCode: '681',
    mailDomain: 'las.saarland.example',
    counter: true,
    description: {
      de: 'Landesbehörde für Schwerbehindertenrecht, soziales Entschädigungsrecht und weitere soziale Leistungen des Landes.',
      en: 'State authority for severe disability status, social compensation and other state social benefits.',
      fr: 'Autorité du Land pour le handicap grave, l’indemnisation sociale et d’autres prestations sociales.',
    },
  },
  {
    id: 'land-las-elterngeld',
    name: 'Landesamt für Soziales, Elterngeldstelle',
    office: 'elterngeldstelle',
    address: { street: 'Hochstraße', houseNumber: '67', zip: '66115', city: 'Saarbrücken' },
    areaCode: '681',
    mailDomain: 'las.saarland.example',
    counter: true,
    description: {
      de: 'Elterngeldstelle für das ganze Saarland.',
      en: 'Parental allowance office for the whole of Saarland.',
      fr: 'Service de l’allocation parentale pour toute la Sarre.',
    },
  },
  {
    id: 'land-studierendenwerk',
    name: 'Studierendenwerk im Saarland, Amt für Ausbildungsförderung',
    office: 'studierendenwerk',
    websiteUrl: 'https://www.studierendenwerk-saarland.de',
    areaCode: '681',
    mailDomain: 'studierendenwerk-saarland.example',
    counter: true,
    description: {
      de: 'BAföG-Amt für Studierende an den saarländischen Hochschulen, auf dem Campus Saarbrücken.',
      en: 'Student finance (BAföG) office for students at Saarland’s universities, on the Saarbrücken campus.',
      fr: 'Service des bourses d’études (BAföG) des étudiants des universités sarroises, sur le campus de Sarrebruck.',
    },
  },
  {
    id: 'land-lpp',
    name: 'Landespolizeipräsidium Saarland',
    office: 'lpp',
    address: {
      street: 'Graf-Johann-Straße',
      houseNumber: '25-29',
      zip: '66121',
      city: 'Saarbrücken',
    },
    areaCode: '681',
    mailDomain: 'polizei.saarland.example',
    counter: false,
    description: {
      de: 'Polizei des Saarlandes. Im Notfall wählen Sie 110.',
      en: 'Saarland police. In an emergency, call 110.',
      fr: 'Police de la Sarre. En cas d’urgence, composez le 110.',
    },
  },
  {
    id: 'land-lvgl',
    name: 'Landesamt für Vermessung, Geoinformation und Landentwicklung',
    office: 'lvgl',
    address: { street: 'Von der Heydt', houseNumber: '22', zip: '66115', city: 'Saarbrücken' },
    areaCode: '681',
    mailDomain: 'lvgl.saarland.example',
    counter: true,
    description: {
      de: 'Liegenschaftskataster, Vermessung, amtliche Karten und Geodaten des Saarlandes.',
      en: 'Land register maps, surveying, official maps and geodata of Saarland.',
      fr: 'Cadastre, arpentage, cartes officielles et géodonnées de la Sarre.',
    },
  },
  {
    id: 'land-lua',
    name: 'Landesamt für Umwelt- und Arbeitsschutz',
    office: 'lua',
    address: { street: 'Don-Bosco-Straße', houseNumber: '1', zip: '66119', city: 'Saarbrücken' },
    areaCode: '681',
    mailDomain: 'lua.saarland.example',
    counter: true,
    description: {
      de: 'Landesbehörde für Umweltschutz, Immissionsschutz und Arbeitsschutz.',
      en: 'State authority for environmental protection, emissions control and occupational safety.',
      fr: 'Autorité du Land pour l’environnement, les nuisances et la sécurité au travail.',
    },
  },
  {
    id: 'land-finanzamt',
    name: 'Finanzamt Saarbrücken Am Stadtgraben',
    office: 'finanzamt',
    address: { street: 'Am Stadtgraben', houseNumber: '2-4', zip: '66111', city: 'Saarbrücken' },
    areaCode: '681',
    mailDomain: 'finanzamt.saarland.example',
    counter: true,
    description: {
      de: 'Zuständig ist das Finanzamt Ihres Wohnsitzes oder Betriebssitzes; diese Demo nennt stellvertretend eines.',
      en: 'The tax office of your residence or business is responsible; this demo names one as an example.',
      fr: 'Le centre des impôts de votre domicile ou de votre entreprise est compétent ; cette démo en cite un à titre d’exemple.',
    },
  },
  {
    id: 'land-fischerei',
    name: 'Ministerium für Umwelt, Klima, Mobilität, Agrar und Verbraucherschutz, Fischereibehörde',
    office: 'fischerei',
    address: { street: 'Keplerstraße', houseNumber: '18', zip: '66117', city: 'Saarbrücken' },
    areaCode: '681',
    mailDomain: 'umwelt.saarland.example',
    counter: false,
    description: {
      de: 'Oberste Fischereibehörde des Saarlandes.',
      en: 'Saarland’s supreme fishery authority.',
      fr: 'Autorité supérieure de la pêche de la Sarre.',
    },
  },
  {
    id: 'land-amtsgericht',
    name: 'Amtsgericht Saarbrücken',
    office: 'amtsgericht',
    address: {
      street: 'Franz-Josef-Röder-Straße',
      houseNumber: '13',
      zip: '66119',
      city: 'Saarbrücken',
    },
    areaCode: '681',
    mailDomain: 'justiz.saarland.example',
    counter: true,
    description: {
      de: 'Registergericht für das Saarland (Handels-, Vereins- und Partnerschaftsregister).',
      en: 'Register court for Saarland (commercial, association and partnership registers).',
      fr: 'Tribunal d’enregistrement pour la Sarre (registres du commerce, des associations et des sociétés de personnes).',
    },
  },
];

/** The federal agencies, one per federal office. */
export const FEDERAL_AGENCIES: readonly Agency[] = [
  {
    id: 'bund-familienkasse',
    name: 'Familienkasse Rheinland-Pfalz-Saarland',
    office: 'familienkasse',
    websiteUrl: 'https://www.arbeitsagentur.de/familie-und-kinder',
    areaCode: '681',
    mailDomain: 'familienkasse.example',
    counter: false,
    description: {
      de: 'Familienkasse der Bundesagentur für Arbeit für Kindergeld und Kinderzuschlag.',
      en: 'The Federal Employment Agency’s family benefits office for child benefit and child supplement.',
      fr: 'Caisse d’allocations familiales de l’Agence fédérale pour l’emploi (allocations familiales, supplément pour enfants).',
    },
  },
  {
    id: 'bund-arbeitsagentur',
    name: 'Agentur für Arbeit Saarland',
    office: 'bundesagentur_arbeit',
    address: { street: 'Hafenstraße', houseNumber: '18', zip: '66111', city: 'Saarbrücken' },
    websiteUrl: 'https://www.arbeitsagentur.de',
    areaCode: '681',
    mailDomain: 'arbeitsagentur.example',
    counter: true,
    description: {
      de: 'Agentur für Arbeit; Leistungen nach SGB II erbringt das Jobcenter Ihres Wohnorts.',
      en: 'Employment agency; benefits under Social Code II are provided by the job centre where you live.',
      fr: 'Agence pour l’emploi ; les prestations du SGB II sont versées par le jobcenter de votre lieu de résidence.',
    },
  },
  {
    id: 'bund-bzst',
    name: 'Bundeszentralamt für Steuern',
    office: 'bundeszentralamt_steuern',
    address: { street: 'An der Küppe', houseNumber: '1', zip: '53225', city: 'Bonn' },
    websiteUrl: 'https://www.bzst.de',
    areaCode: '228',
    mailDomain: 'bzst.example',
    counter: false,
    description: {
      de: 'Bundesbehörde für zentrale Steueraufgaben wie die Steuer-Identifikationsnummer.',
      en: 'Federal authority for central tax matters such as the tax identification number.',
      fr: 'Autorité fédérale chargée des missions fiscales centrales, comme le numéro d’identification fiscale.',
    },
  },
  {
    id: 'bund-bfj',
    name: 'Bundesamt für Justiz',
    office: 'bundesamt_justiz',
    address: { street: 'Adenauerallee', houseNumber: '99-103', zip: '53113', city: 'Bonn' },
    websiteUrl: 'https://www.bundesjustizamt.de',
    areaCode: '228',
    mailDomain: 'bundesjustizamt.example',
    counter: false,
    description: {
      de: 'Führt das Bundeszentralregister (Führungszeugnis) und das Gewerbezentralregister.',
      en: 'Keeps the Federal Central Register (certificate of good conduct) and the Central Trade Register.',
      fr: 'Tient le registre fédéral central (extrait de casier judiciaire) et le registre central du commerce.',
    },
  },
  {
    id: 'bund-sonstige',
    name: 'Zuständige Bundesbehörde',
    office: 'bund_sonstige',
    websiteUrl: 'https://verwaltung.bund.de',
    counter: false,
    description: {
      de: 'Für diese Leistung ist eine Bundesbehörde zuständig. Welche es ist und wie Sie sie erreichen, steht in der Leistungsbeschreibung im Verwaltungsportal des Bundes.',
      en: 'A federal authority is responsible for this service. Which one, and how to reach it, is described on the federal administration portal.',
      fr: 'Une autorité fédérale est compétente pour cette prestation. Le portail administratif fédéral indique laquelle et comment la joindre.',
    },
  },
];
