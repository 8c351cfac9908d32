/**
 * Authored facts about the authorities above the municipalities (district authorities, state and
 * federal agencies) and about the operators that run services for them. Only facts with a
 * source are given, each with that source (`sources`); a fact without one (a street address, a
 * phone number, opening hours) is left out, and the finder links to the website instead. Which
 * authority handles which office where is not said here but in `competences.json`.
 */
import type {
  Contact,
  FactSource,
  LanguageMap,
  OpeningPeriod,
} from '../../../src/api/schemas/index.js';
import type { StreetAddress } from './municipalities.js';

/** An authority or operator as written to `authorities.json` (before validation). */
export interface AuthorityFacts {
  id: string;
  name: string;
  level: 'municipal' | 'district' | 'state' | 'federal';
  role?: 'authority' | 'operator';
  address?: StreetAddress;
  contactPersons?: Contact[];
  openingHours?: OpeningPeriod[];
  openingHoursNote?: LanguageMap;
  websiteUrl?: string;
  description: LanguageMap;
  /** One source per fact given above (`address`, `contacts`, `openingHours`). */
  sources: FactSource[];
}

/** Sourced seat (and, where known, switchboard) of each district authority, by district key. */
export const DISTRICT_FACTS: Readonly<
  Record<
    string,
    Pick<AuthorityFacts, 'address' | 'contactPersons' | 'websiteUrl' | 'sources'> & {
      websiteUrl: string;
    }
  >
> = {
  '10041': {
    // The source names the Saarbrücker Schloss as the seat; the Schloss stands on the Schloßplatz.
    address: { street: 'Schloßplatz', zip: '66119', city: 'Saarbrücken' },
    websiteUrl: 'https://www.regionalverband-saarbruecken.de',
    sources: [
      {
        fact: 'address',
        title:
          'Saarbrücker Zeitung (2024): Verwaltungssitz des Regionalverbandes ist das Saarbrücker Schloss',
        url: 'https://www.saarbruecker-zeitung.de/saarland/saarbruecken/saarbruecken/alt-saarbruecken/der-geheime-garten-am-schloss-saarbruecken_aid-112614641',
      },
    ],
  },
  '10042': {
    address: { street: 'Bahnhofstraße', houseNumber: '44', zip: '66663', city: 'Merzig' },
    websiteUrl: 'https://www.merzig-wadern.de',
    sources: [
      {
        fact: 'address',
        title: 'Landkreis Merzig-Wadern: Einbürgerung',
        url: 'https://www.merzig-wadern.de/Verwaltung-Politik/Sicherheit-Ordnung/Staatsangeh%C3%B6rigkeitsrecht/Einb%C3%BCrgerung/',
      },
    ],
  },
  '10043': {
    address: {
      street: 'Wilhelm-Heinrich-Straße',
      houseNumber: '36',
      zip: '66564',
      city: 'Ottweiler',
    },
    websiteUrl: 'https://www.landkreis-neunkirchen.de',
    sources: [
      {
        fact: 'address',
        title: 'Wikipedia: Landkreis Neunkirchen (Adresse der Kreisverwaltung)',
        url: 'https://de.wikipedia.org/wiki/Landkreis_Neunkirchen',
      },
    ],
  },
  '10044': {
    // The source names the street of the main building, not the house number.
    address: { street: 'Kaiser-Wilhelm-Straße', zip: '66740', city: 'Saarlouis' },
    contactPersons: [{ name: 'Zentrale', tel: '+49 6831 444-0' }],
    websiteUrl: 'https://www.kreis-saarlouis.de',
    sources: [
      {
        fact: 'address',
        title: 'Landkreis Saarlouis: Hauptgebäude und Kreisständehaus in der Kaiser-Wilhelm-Straße',
        url: 'https://www.kreis-saarlouis.de/News/Bauen.htm',
      },
      {
        fact: 'contacts',
        title: 'saarinfos.de (2020): Landkreis Saarlouis, Telefon (06831) 4440',
        url: 'https://www.saarinfos.de/?p=25203',
      },
    ],
  },
  '10045': {
    address: { street: 'Am Forum', houseNumber: '1', zip: '66424', city: 'Homburg' },
    contactPersons: [{ name: 'Zentrale', tel: '+49 6841 104-0' }],
    websiteUrl: 'https://www.saarpfalz-kreis.de',
    sources: [
      {
        fact: 'address',
        title: 'Saarpfalz-Kreis: Bauaufsicht (Kontakt)',
        url: 'https://www.saarpfalz-kreis.de/bauwesen-und-gebaeude/bauaufsicht',
      },
      {
        fact: 'contacts',
        title: 'Saarpfalz-Kreis: Bauaufsicht (Kontakt)',
        url: 'https://www.saarpfalz-kreis.de/bauwesen-und-gebaeude/bauaufsicht',
      },
    ],
  },
  '10046': {
    address: { street: 'Mommstraße', houseNumber: '21-31', zip: '66606', city: 'St. Wendel' },
    websiteUrl: 'https://www.landkreis-st-wendel.de',
    sources: [
      {
        fact: 'address',
        title: 'Saarbrücker Zeitung (2020): Standorte der Kreisverwaltung St. Wendel',
        url: 'https://www.saarbruecker-zeitung.de/saarland/st-wendel/coronavirus-im-landkreis-st-wendel-verwaltung-schliesst-bis-auf-weiteres_aid-49580659',
      },
    ],
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

/** Sourced switchboard numbers of town halls, by AGS. */
export const TOWN_HALL_CONTACTS: Readonly<
  Record<string, { contactPersons: Contact[]; sources: FactSource[] }>
> = {
  '10041519': {
    contactPersons: [{ name: 'Telefonzentrale', tel: '+49 6898 13-0' }],
    sources: [
      {
        fact: 'contacts',
        title: 'Stadt Völklingen, Pressemitteilung: Telefonzentrale (06898 13-0)',
        url: 'https://typo3.voelklingen.de/presse/detail?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Bnews%5D=873&cHash=b99c773f1f0525a14ab7b5a1d2335378',
      },
    ],
  },
  '10044115': {
    contactPersons: [{ name: 'Zentrale', tel: '+49 6831 443-0', email: 'rathaus@saarlouis.de' }],
    sources: [
      {
        fact: 'contacts',
        title: 'saarinfos.de (2020): Kreisstadt Saarlouis, 06831/443-0, rathaus@saarlouis.de',
        url: 'https://www.saarinfos.de/?p=25203',
      },
    ],
  },
  '10044111': {
    contactPersons: [{ name: 'Zentrale', tel: '+49 6831 709-0' }],
    sources: [
      {
        fact: 'contacts',
        title: 'saarinfos.de (2020): Stadtverwaltung Dillingen, Zentrale (06831) 7090',
        url: 'https://www.saarinfos.de/?p=25203',
      },
    ],
  },
};

/** The state agencies. */
export const STATE_AGENCIES: readonly AuthorityFacts[] = [
  {
    id: 'land-las',
    name: 'Landesamt für Soziales',
    level: 'state',
    address: { street: 'Hochstraße', houseNumber: '67', zip: '66115', city: 'Saarbrücken' },
    websiteUrl: 'https://www.saarland.de/las',
    description: {
      de: 'Landesbehörde für Schwerbehindertenrecht, soziales Entschädigungsrecht und weitere soziale Leistungen des Landes.',
      en: 'State authority for severe disability status, social compensation and other state social benefits.',
      fr: 'Autorité du Land pour le handicap grave, l’indemnisation sociale et d’autres prestations sociales.',
    },
    sources: [
      {
        fact: 'address',
        title: 'Landesamt für Soziales: Schwerbehinderung, Antragsverfahren',
        url: 'https://www.saarland.de/las/DE/themen/schwerbehinderung/antragsverfahren',
      },
    ],
  },
  {
    id: 'land-las-elterngeld',
    name: 'Landesamt für Soziales, Elterngeldstelle',
    level: 'state',
    address: { street: 'Hochstraße', houseNumber: '67', zip: '66115', city: 'Saarbrücken' },
    websiteUrl: 'https://www.saarland.de/las',
    description: {
      de: 'Elterngeldstelle für das ganze Saarland.',
      en: 'Parental allowance office for the whole of Saarland.',
      fr: 'Service de l’allocation parentale pour toute la Sarre.',
    },
    sources: [
      {
        fact: 'address',
        title:
          'Saarpfalz-Kreis: Finanzielle Angelegenheiten rund um die Familie (Elterngeldstelle)',
        url: 'https://www.saarpfalz-kreis.de/lernwelt/de/leben-und-lernen-im-saarpfalz-kreis/beratung-und-unterstuetzung/rund-um-s-thema-familie/finanzielle-angelegenheiten',
      },
    ],
  },
  {
    id: 'land-zab',
    name: 'Landesverwaltungsamt, Zentrale Ausländerbehörde',
    level: 'state',
    address: {
      street: 'Dillinger Straße',
      houseNumber: '67',
      zip: '66822',
      city: 'Lebach',
    },
    openingHoursNote: {
      de: 'Vorsprache nur mit Termin; die Ausländerbehörde lädt ein.',
      en: 'Visits by appointment only; the office sends the invitation.',
      fr: 'Uniquement sur rendez-vous ; le service envoie la convocation.',
      'de-x-ls':
        'Sie können nur mit Termin kommen. Die Ausländer-Behörde schickt Ihnen den Termin.',
    },
    websiteUrl:
      'https://www.saarland.de/lava/DE/themen-aufgaben/aufgaben/aufgabe2/aufgabe2_node.html',
    description: {
      de: 'Die einzige Ausländerbehörde im Saarland (Gebäude 2), seit 2021 nur noch in Lebach.',
      en: 'The only foreigners’ authority in Saarland (building 2), in Lebach only since 2021.',
      fr: 'Le seul service des étrangers de la Sarre (bâtiment 2), uniquement à Lebach depuis 2021.',
    },
    sources: [
      {
        fact: 'address',
        title: 'Landesverwaltungsamt: Abteilung 2, Zentrale Ausländerbehörde',
        url: 'https://www.saarland.de/lava/DE/themen-aufgaben/aufgaben/aufgabe2/aufgabe2_node.html',
      },
      {
        fact: 'openingHours',
        title: 'Landesverwaltungsamt: „Eine Vorsprache ohne Termin ist nicht möglich“',
        url: 'https://www.saarland.de/lava/DE/themen-aufgaben/aufgaben/aufgabe2/aufgabe2_node.html',
      },
    ],
  },
  {
    id: 'land-lav',
    name: 'Landesamt für Verbraucherschutz',
    level: 'state',
    contactPersons: [{ name: 'Verbraucherschutz-Hotline', tel: '+49 681 9978-4501' }],
    websiteUrl: 'https://www.saarland.de/lav',
    description: {
      de: 'Untere Lebensmittelüberwachungs- und Veterinärbehörde für das ganze Saarland.',
      en: 'Food control and veterinary authority for the whole of Saarland.',
      fr: 'Autorité de contrôle alimentaire et vétérinaire pour toute la Sarre.',
    },
    sources: [
      {
        fact: 'contacts',
        title:
          'Ministerium für Umwelt, Klima, Mobilität, Agrar und Verbraucherschutz: Verbraucherbeschwerden',
        url: 'https://www.saarland.de/mukmav/DE/portale/verbraucherschutz/informationen/gesundheitlicherverbraucherschutz/verbraucherbeschwerden',
      },
    ],
  },
  {
    id: 'land-studierendenwerk',
    name: 'Studierendenwerk im Saarland, Amt für Ausbildungsförderung',
    level: 'state',
    websiteUrl: 'https://www.studierendenwerk-saarland.de',
    description: {
      de: 'BAföG-Amt für Studierende an den saarländischen Hochschulen, auf dem Campus Saarbrücken.',
      en: 'Student finance (BAföG) office for students at Saarland’s universities, on the Saarbrücken campus.',
      fr: 'Service des bourses d’études (BAföG) des étudiants des universités sarroises, sur le campus de Sarrebruck.',
    },
    sources: [],
  },
  {
    id: 'land-lpp',
    name: 'Landespolizeipräsidium Saarland',
    level: 'state',
    description: {
      de: 'Polizei des Saarlandes. Im Notfall wählen Sie 110.',
      en: 'Saarland police. In an emergency, call 110.',
      fr: 'Police de la Sarre. En cas d’urgence, composez le 110.',
    },
    sources: [],
  },
  {
    id: 'land-lvgl',
    name: 'Landesamt für Vermessung, Geoinformation und Landentwicklung',
    level: 'state',
    description: {
      de: 'Liegenschaftskataster, Vermessung, amtliche Karten und Geodaten des Saarlandes.',
      en: 'Land register maps, surveying, official maps and geodata of Saarland.',
      fr: 'Cadastre, arpentage, cartes officielles et géodonnées de la Sarre.',
    },
    sources: [],
  },
  {
    id: 'land-lua',
    name: 'Landesamt für Umwelt- und Arbeitsschutz',
    level: 'state',
    description: {
      de: 'Landesbehörde für Umweltschutz, Immissionsschutz und Arbeitsschutz.',
      en: 'State authority for environmental protection, emissions control and occupational safety.',
      fr: 'Autorité du Land pour l’environnement, les nuisances et la sécurité au travail.',
    },
    sources: [],
  },
  {
    id: 'land-finanzamt',
    name: 'Finanzamt Saarbrücken Am Stadtgraben',
    level: 'state',
    description: {
      de: 'Zuständig ist das Finanzamt Ihres Wohnsitzes oder Betriebssitzes; diese Demo nennt stellvertretend eines.',
      en: 'The tax office of your residence or business is responsible; this demo names one as an example.',
      fr: 'Le centre des impôts de votre domicile ou de votre entreprise est compétent ; cette démo en cite un à titre d’exemple.',
    },
    sources: [],
  },
  {
    id: 'land-fischerei',
    name: 'Ministerium für Umwelt, Klima, Mobilität, Agrar und Verbraucherschutz, Fischereibehörde',
    level: 'state',
    description: {
      de: 'Oberste Fischereibehörde des Saarlandes.',
      en: 'Saarland’s supreme fishery authority.',
      fr: 'Autorité supérieure de la pêche de la Sarre.',
    },
    sources: [],
  },
  {
    id: 'land-amtsgericht',
    name: 'Amtsgericht Saarbrücken',
    level: 'state',
    description: {
      de: 'Registergericht für das Saarland (Handels-, Vereins- und Partnerschaftsregister).',
      en: 'Register court for Saarland (commercial, association and partnership registers).',
      fr: 'Tribunal d’enregistrement pour la Sarre (registres du commerce, des associations et des sociétés de personnes).',
    },
    sources: [],
  },
];

/** The federal agencies. */
export const FEDERAL_AGENCIES: readonly AuthorityFacts[] = [
  {
    id: 'bund-familienkasse',
    name: 'Familienkasse Rheinland-Pfalz-Saarland',
    level: 'federal',
    address: { street: 'Hafenstraße', houseNumber: '18', zip: '66111', city: 'Saarbrücken' },
    websiteUrl: 'https://www.arbeitsagentur.de/familie-und-kinder',
    description: {
      de: 'Familienkasse der Bundesagentur für Arbeit für Kindergeld und Kinderzuschlag.',
      en: 'The Federal Employment Agency’s family benefits office for child benefit and child supplement.',
      fr: 'Caisse d’allocations familiales de l’Agence fédérale pour l’emploi (allocations familiales, supplément pour enfants).',
    },
    sources: [
      {
        fact: 'address',
        title: 'Saarland, Ministerium für Familie: Aktuelles zum Kindergeld',
        url: 'https://www.saarland.de/mfe/DE/portale/zbs/informationen/kindergeld/aktuelles-kindergeld/aktuelles-kindergeld_node.html',
      },
    ],
  },
  {
    id: 'bund-arbeitsagentur',
    name: 'Agentur für Arbeit Saarland',
    level: 'federal',
    websiteUrl: 'https://www.arbeitsagentur.de',
    description: {
      de: 'Agentur für Arbeit: Arbeitslosengeld, Arbeitsvermittlung, Berufsberatung und Förderleistungen.',
      en: 'Employment agency: unemployment benefit, job placement, career guidance and funding.',
      fr: 'Agence pour l’emploi : allocation chômage, placement, orientation professionnelle et aides.',
    },
    sources: [],
  },
  {
    id: 'bund-bzst',
    name: 'Bundeszentralamt für Steuern',
    level: 'federal',
    websiteUrl: 'https://www.bzst.de',
    description: {
      de: 'Bundesbehörde für steuerliche Identifikationsnummern, Kindergeld-Aufsicht und internationale Steuerfragen.',
      en: 'Federal authority for tax identification numbers and international tax matters.',
      fr: 'Autorité fédérale pour les numéros d’identification fiscale et les questions fiscales internationales.',
    },
    sources: [],
  },
  {
    id: 'bund-bfj',
    name: 'Bundesamt für Justiz',
    level: 'federal',
    websiteUrl: 'https://www.bundesjustizamt.de',
    description: {
      de: 'Führt das Bundeszentralregister (Führungszeugnis) und das Gewerbezentralregister.',
      en: 'Keeps the Federal Central Register (certificate of good conduct) and the Central Trade Register.',
      fr: 'Tient le registre fédéral central (extrait de casier judiciaire) et le registre central du commerce.',
    },
    sources: [],
  },
  {
    id: 'bund-sonstige',
    name: 'Zuständige Bundesbehörde',
    level: 'federal',
    websiteUrl: 'https://verwaltung.bund.de',
    description: {
      de: 'Für diese Leistung ist eine Bundesbehörde zuständig. Welche es ist und wie Sie sie erreichen, steht in der Leistungsbeschreibung im Verwaltungsportal des Bundes.',
      en: 'A federal authority is responsible for this service. Which one, and how to reach it, is described on the federal administration portal.',
      fr: 'Une autorité fédérale est compétente pour cette prestation. Le portail administratif fédéral indique laquelle et comment la joindre.',
    },
    sources: [],
  },
];

const EVS_SOURCE = {
  title: 'SR 3 (2022): Änderungen beim Sperrmüll, EVS Kunden-Service-Center',
  url: 'https://www.sr.de/sr/sr3/themen/nachrichten/sperrmuell_evs_aenderungen_100.html',
};

/** Operators that run services for the municipalities without being their authority. */
export const OPERATORS: readonly AuthorityFacts[] = [
  {
    id: 'evs',
    name: 'Entsorgungsverband Saar (EVS)',
    level: 'municipal',
    role: 'operator',
    contactPersons: [
      { name: 'Kunden-Service-Center', tel: '+49 681 5000-555', email: 'service-abfall@evs.de' },
    ],
    openingHours: (['mo', 'tu', 'we', 'th', 'fr'] as const).map((day) => ({
      day,
      opens: '08:00',
      closes: '18:00',
    })),
    openingHoursNote: {
      de: 'Telefonisch erreichbar; die Abholung bestellen Sie per Telefon.',
      en: 'Reachable by phone; order the collection by phone.',
      fr: 'Joignable par téléphone ; la collecte se commande par téléphone.',
      'de-x-ls': 'Sie können anrufen. Die Abholung bestellen Sie am Telefon.',
    },
    websiteUrl: 'https://www.evs.de',
    description: {
      de: 'Zweckverband aller saarländischen Gemeinden; sammelt für die meisten von ihnen Abfall und Sperrmüll.',
      en: 'Association of all Saarland municipalities; collects waste and bulky waste for most of them.',
      fr: 'Syndicat de toutes les communes sarroises ; collecte les déchets et encombrants pour la plupart d’entre elles.',
    },
    sources: [
      { fact: 'contacts', ...EVS_SOURCE },
      { fact: 'openingHours', ...EVS_SOURCE },
    ],
  },
  {
    id: 'zke-saarbruecken',
    name: 'Zentraler Kommunaler Entsorgungsbetrieb (ZKE) der Landeshauptstadt Saarbrücken',
    level: 'municipal',
    role: 'operator',
    description: {
      de: 'Entsorgungsbetrieb der Landeshauptstadt Saarbrücken.',
      en: 'Waste management company of the city of Saarbrücken.',
      fr: 'Régie de collecte des déchets de la ville de Sarrebruck.',
    },
    sources: [],
  },
  {
    id: 'ezv-voelklingen',
    name: 'Entsorgungszweckverband Völklingen (EZV)',
    level: 'municipal',
    role: 'operator',
    description: {
      de: 'Entsorgungsverband der Stadt Völklingen.',
      en: 'Waste management association of the town of Völklingen.',
      fr: 'Syndicat de collecte des déchets de la ville de Völklingen.',
    },
    sources: [],
  },
  {
    id: 'laz-lebach',
    name: 'Abfallzweckverband LAZ, Lebach',
    level: 'municipal',
    role: 'operator',
    description: {
      de: 'Zuständig für die Müllentsorgung in Lebach.',
      en: 'Responsible for waste collection in Lebach.',
      fr: 'Chargé de la collecte des déchets à Lebach.',
    },
    sources: [],
  },
];
