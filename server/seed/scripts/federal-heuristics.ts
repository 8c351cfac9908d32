/**
 * Keyword heuristics that classify the PVOG federal services, whose export carries only names and
 * online-service links: office, topic field, addressees, life situations and the trust level of
 * each online service. Rules are tried in order; they are documented in docs/data-sources.md.
 */
import type { Addressee, TopicField, TrustLevel } from '../../../src/api/schemas/index.js';
import type { OfficeKey } from '../offices.js';

/** What the heuristics look at: the service's names and its online services. */
export interface FederalServiceText {
  /** Citizen-facing name and formal name, joined. */
  names: string;
  /** Names and URLs of its online services, joined. */
  online: string;
}

type Rule<T> = readonly [RegExp, T];

function firstMatch<T>(rules: readonly Rule<T>[], text: string): T | undefined {
  return rules.find(([pattern]) => pattern.test(text))?.[1];
}

// Customs and excise go to "other federal agency" before the tax-id rule can claim them
// ("Steuernummer ... für das IT-Verfahren EMCS" is a customs service).
const OFFICE_RULES: readonly Rule<OfficeKey>[] = [
  [/(?<!Bau)kindergeld|Kinderzuschlag|Familienkasse/i, 'familienkasse'],
  [/\bZoll|EMCS|ATLAS|IAA Plus/i, 'bund_sonstige'],
  [
    /Führungszeugnis|Gewerbezentralregister|Bundeszentralregister|Bundesamt für Justiz/i,
    'bundesamt_justiz',
  ],
  [
    /Bundeszentralamt für Steuern|BZSt|Identifikationsnummer|Kirchensteuerabzugsmerkmal|bzst\.de/i,
    'bundeszentralamt_steuern',
  ],
  [
    /Agentur für Arbeit|Arbeitsagentur|Bundesagentur für Arbeit|Jobcenter|Arbeitslos|Arbeitsuchend|Kurzarbeit|Insolvenzgeld|Wintergeld|Berufsausbildungsbeihilfe|Ausbildungsgeld|Gründungszuschuss|Arbeitnehmerüberlassung|Berufsberatung|Bildungsgutschein|Arbeitgeber-Service|Eingliederungszuschuss|arbeitsagentur\.de/i,
    'bundesagentur_arbeit',
  ],
];

/** The federal office: named agencies where the text clearly says so, else `bund_sonstige`. */
export function federalOffice(text: FederalServiceText): OfficeKey {
  return firstMatch(OFFICE_RULES, `${text.names} ${text.online}`) ?? 'bund_sonstige';
}

// Ordered: the first match wins, so the specific rules come before the broad ones.
const TOPIC_RULES: readonly Rule<TopicField>[] = [
  [/geschützter Pflanzen- und Tierarten|Artenschutz|CITES/i, 'umwelt'],
  [/Künstlersozial|\bKSK\b/i, 'arbeit_ruhestand'],
  [/Daten an das Statistische Bundesamt|Statistik/i, 'unternehmensfuehrung_entwicklung'],
  [
    /Zoll|steuer(?!ung|- und regelung)|Ausfuhr|Einfuhr|EORI|Veredelung|Verwahrungslager|Unionsversand|TIR-Verfahren|Barmittel|One-Stop-Shop|Identifikationsnummer|Kapitalertrag/i,
    'steuern_zoll',
  ],
  [
    /Kranken|Pflege(?!programm)|pflegebedürftig|Arznei|Medizinprodukt|klinische|Impfstoff|Betäubungsmittel|medizinische|Hospiz|Zahnersatz|Schwangerschaft|Gesundheit|DiGA|Patient|Arzt|Tätowier|Kosmetik|Notrufnummer/i,
    'gesundheit',
  ],
  [
    /Kindergeld|Kinderzuschlag|Elterngeld|Mutterschaft|Mutterschutz|Elterliche|Kindesentführung/i,
    'familie_kind',
  ],
  [
    /Visum|Visa|Ausländer|Einbürgerung|Staatsangehörigkeit|Spätaussiedler|Integrationskurs|Reisepass|Personalausweis|Passersatz|Diplomatenpass|Reisedokument/i,
    'ein_auswanderung',
  ],
  [
    /BAföG|Ausbildungsförderung|Bildungskredit|Studium|Studierende|Schülerinnen|Hochschul|Bildungswesen|Berufsausbildung|Ausbildung|Bildungsgutschein|Weiterbildung|politischen Bildung|Praktik/i,
    'bildung',
  ],
  [
    /Rente|Alterskasse|Altersvorsorge|Arbeitslos|Arbeitsuch|Kurzarbeit|Insolvenzgeld|Wintergeld|Jobcenter|Agentur für Arbeit|Arbeitgeber|Beschäftigte|Beschäftigung|Arbeitnehmer|Sozialversicherung|Unfallversicher|Berufskrankheit|Arbeitsunfall|Wegeunfall|Mindestlohn|Arbeitsleben|Eingliederung|Stellenangebot|Entlassung|Berufsgenossenschaft|Minijob|Künstlersozial|Arbeitsplatz|Arbeitsaufnahme|Arbeitsgelegenheit|Einstiegsgeld|Vermittlungsbudget|Teilhabe|Soziale Sicherheit/i,
    'arbeit_ruhestand',
  ],
  [
    /Fahrzeug|Fahrerlaubnis|Führerschein|Autozulassung|Eisenbahn|Fahrgast|Fahrgeld|Luftfahrt|Luftfunk|Luftsport|Unbemannte|dipul|Schiff|Sportboot|Wasserstraße|Reise|Roaming|Passagier|Ladepunkt|Maut|Lastenfahrr/i,
    'mobilitaet_reisen',
  ],
  [
    /Wohngebäude|Wohnung|wohnumfeld|Baukindergeld|Effizienzhaus|Heizanlage|Heizsystem|Barrierereduzierung|Einbruchschutz|Immobilie|Grundstück|Bauart|Bauwesen|Technische Bewertung/i,
    'bauen_wohnen',
  ],
  [
    /Umwelt|Erneuerbare|Energieberatung|Energieeffizien|Naturschutz|Pflanzenschutz|gentechnisch|radioaktiv|Strahl|Abfall|Recycling|Chemikalien|wassergefährdend|Hochwasser|Fischerei|Bio-Siegel|ökologischen Landbau|Saatgut|Pflanzensorte|Sorte|Emission|Energie|Strom|Gas|Netzausbau|Geothermie|Erdwärme/i,
    'umwelt',
  ],
  [
    /Führungszeugnis|Gewerbezentralregister|Register|Datenschutz|personenbezogen|Informationsfreiheit|amtlichen Informationen|Waffen|Geldwäsche|Terrorismus|Finanztransaktion|Versammlung|Stasi|Vorsorgevollmacht|Betreuungsverfügung|Telefonwerbung|Rufnummer|Beschwerde|Schlichtung|Verbraucher|Kartell|Wettbewerb|Musterfeststellungsklage|Wahlen|jugendgefährdend|Diskriminierung|Gleichbehandlung|Gleichstellung|Bundesadler|Krisenvorsorge|Nothilfe|Katastroph|Technische Hilfswerk|Geschlechtszugehörigkeit|Erbansprüche|Todesfall|Ehe\b/i,
    'recht_ordnung',
  ],
  [
    /Forschung|Wissenschaft|Förder|Zuschuss|Zuschüsse|Kredit|Darlehen|ESF|Film|Kino|preis\b|Kultur|Denkmal|Verlag|Buchhandlung/i,
    'forschung_foerderung',
  ],
  [/Freiwilligendienst|Ehrenamt|Sport/i, 'engagement_hobby'],
  [
    /Unternehm|Gewerb|Betrieb|Finanzdienst|Kreditinstitut|Bank|BaFin|Investment|Wertpapier|Vermögensanlage|Kapitalverwaltung|Verwahrstelle|Marke|Patent|Design|Lizenz|Erlaubnis|Zulassung|Statistik|Statistischen Bundesamt|Ausschreibung|Produkt|CE-Kennzeichnung|Normen|Post|Telekommunikation|Frequenz|Funk|Lebensmittel|Wirtschaftsprüf|Buchprüf|Messgeräte|Konformität|Kritische Infrastruktur|Rechnung/i,
    'unternehmensfuehrung_entwicklung',
  ],
];

/** The OZG topic field: the first rule that matches, else `querschnittsleistungen`. */
export function federalTopic(text: FederalServiceText): TopicField {
  return firstMatch(TOPIC_RULES, text.names) ?? 'querschnittsleistungen';
}

const BUSINESS_PATTERN = new RegExp(
  [
    'Unternehm|Betrieb(?!s?rente)|Arbeitgeber|Gewerb|Firma|Hersteller|Händler|Handelsware|Industrie',
    'Kreditinstitut|Finanzdienst|Finanzsektor|Kapitalverwaltung|Investmentfonds|Fonds|Sondervermögen',
    'Wertpapier|Vermögensanlage|Verwahr|Investor|Bundesbank|BaFin|Geschäftsleit|Gesellschafter',
    'gesellschaft\\b|Gesellschaften|Institut\\b|Dienstleister|Anbieter|Betreiber|Maßnahmeträger',
    'Freiberufl|Selbstständig|Selbständig|KMU|Mittelstand|\\bWirtschaft|Gewerbegebäude|Marktakteur',
    'Zolllager|Zollanmeldung|Zollverwaltung|Zollabgaben|Zollwert|Einfuhr|Ausfuhr|EORI|Unionsversand',
    'zugelassene[nr]? (?:Empfänger|Versender|Aussteller)|Umsatzsteuer|Vorsteuer|Verbrauchsteuer',
    'Versicherungsteuer|Feuerschutzsteuer|Biersteuer|Tabak|Kaffee|Alkohol|Alkopop|Schaumwein',
    'Energieerzeugnisse|Stromsteuer|Energiesteuer|Luftverkehrsteuer|Brennerei|Steuerberater',
    'Lohnsteuerhilfe|Erlaubnis zum Umgang|Beschäftigte|Arbeitnehmer von|Entlassungen|Überlassung',
    'Eingliederungszuschuss|Probebeschäftigung|Pflichtarbeitsplatz|Praktikumsvergütung',
    'Beschäftigung von|Arbeitsbescheinigung|Stellenangebot|Lizenz|Kontrollstelle|Konformität',
    'Zertifizierung|Chargenfreigabe|Lieferengp|Produkt|CE-Kennzeichnung|Lebensmittel|Stoffe',
    'Tierarzneimittel|Arzneimittel mit|Medizinprodukt|klinische|Ethik-Kommission|DiGA|Rezepturen',
    'Film|Kino|Verleih|Drehbuch|Verlag|Buchhandlung|Fernsehveranstalter|Projekt|ESF|Jugendwohnheim',
    'Künstlersozialabgabe|Abgabepflicht|Ausgleichsvereinigung|Lohnsummen|Planfeststellung',
    'Ausschreibung|Frequenz|Eisenbahn|Linienverkehr|Pflanzenschutz|Saatgut|Sorte|Aquakultur',
    'Handelsbezeichnung|Marke|Patent|Design|Statistik|Rechnungen|Bio-Siegel|Anlagen|Geräte',
  ].join('|'),
  'i',
);

const CITIZEN_PATTERN = new RegExp(
  [
    'Bürger|Privatperson|Verbraucher|Reisende|Reisemitbringsel|Versicherte|Rente|Kindergeld',
    'Kinderzuschlag|\\bSie\\b|\\bIhre[nrms]?\\b|eigenen? Person|Personen\\b|Wohngebäude',
    'Arbeitslos|Arbeitsuch|Eltern|Kinder|Schüler|Studierende|Angehörige|Hinterblieben|Menschen',
    'Selbstständig|Selbständig|Pflege|Patient|Integrationskurs|Visum|Einbürgerung|Reisepass',
    'Personalausweis|Führungszeugnis|Umzugsgut|Heizanlage|Sportboot|Luftsport|Freiwilligendienst',
    'Kraftfahrzeugsteuer|Einkommensteuer|Identifikationsnummer \\(IdNr|Steueridentifikationsnummer',
    'Kirchensteuer|schwerbehindert|bei Reisen|Auslandsreisen',
  ].join('|'),
  'i',
);

// Without either signal, the topic decides: trade, tax, customs and funding mostly concern
// businesses and organisations, everything else citizens.
const BUSINESS_TOPICS: readonly TopicField[] = [
  'unternehmensfuehrung_entwicklung',
  'steuern_zoll',
  'forschung_foerderung',
];

/** Who the service is for: by business and citizen words, else by topic field. */
export function federalAddressees(text: FederalServiceText, topic: TopicField): Addressee[] {
  const business = BUSINESS_PATTERN.test(text.names);
  const citizen = CITIZEN_PATTERN.test(text.names);
  if (!business && !citizen) return BUSINESS_TOPICS.includes(topic) ? ['businesses'] : ['citizens'];
  const addressees: Addressee[] = [];
  if (citizen) addressees.push('citizens');
  if (business) addressees.push('businesses');
  return addressees;
}

// Life situations for citizens (1…) apply to citizen services, those for businesses (2…) to
// business services; a service may have several.
const CITIZEN_SITUATION_RULES: readonly Rule<string>[] = [
  [
    /Kindergeld|Kinderzuschlag|Elterngeld|Mutterschaft|Mutterschutz|Geburt|Kinderkrankengeld|Schwangerschaft|Kindererziehung|Erziehungsrente|Elterliche|Kindesentführung|Baukindergeld/i,
    '1010000',
  ],
  [/\bEhe\b|Ehegatt|Ehepartner|Lebenspartner|Heirat|Witwe/i, '1020000'],
  [
    /Ausbildung|BAföG|Studium|Studierend|Schüler|Bildungskredit|Bildungsgutschein|Weiterbildung|Praktik|Hochschul|Berufsorientierung|Einstiegsqualifizierung|Bildungswesen/i,
    '1030000',
  ],
  [
    /Arbeitslos|Arbeitsuch|Kurzarbeit|Arbeitsleben|Berufsberatung|Beruf|Beschäftigung|Arbeitsunfall|Insolvenzgeld|Arbeitsplatz|Arbeitsaufnahme|Minijob|Mindestlohn|Arbeitserlaubnis|Jobcenter|Agentur für Arbeit|Einstiegsgeld|Arbeitsgelegenheit|Saisonbeschäftigung|Ferienjob/i,
    '1040000',
  ],
  [/Umzug|Wohnsitz|Umzugsgut/i, '1050000'],
  [
    /Wohngebäude|Wohnung|wohnumfeld|Baukindergeld|Effizienzhaus|Heizanlage|Heizsystem|Immobilie|Barrierereduzierung|Einbruchschutz|Brennstoffzell/i,
    '1060000',
  ],
  [
    /Fahrzeug|Fahrerlaubnis|Führerschein|Autozulassung|Maut|Vignette|Verkehrsvorschriften|Ladepunkt|Lastenfahrr|Fahrgast|Fahrgeld/i,
    '1070000',
  ],
  [
    /Reisepass|Personalausweis|Passersatz|Reiseausweis|Reisedokument|Visum|Reisen|Reisende|Roaming|Passagier|Krisenvorsorge|Deutsche im Ausland|Online-Ausweisfunktion/i,
    '1080000',
  ],
  [
    /Kranken|Pflege(?!programm)|pflegebedürftig|Behinderung|behindert|Reha|Arznei|Gesundheit|Hospiz|Zahn|Heilmittel|Hilfsmittel|medizinisch|Impf|Patient|Erwerbsminderung|Berufskrankheit/i,
    '1090000',
  ],
  [
    /Kindergeld|Kinderzuschlag|Arbeitslosengeld|Grundsicherung|Einmalige Leistungen|Notsituation|Härtefall|Basiskonto|Insolvenzgeld|Übergangsgeld|Sterbegeld|Pflegegeld|Verletztengeld|Krankengeld|Einstiegsgeld|Beihilfe|Zuschuss|Darlehen/i,
    '1100000',
  ],
  [/Tiere\b|Haustier|Wild\b/i, '1110000'],
  [
    /Sport|Freiwilligendienst|Ehrenamt|Technische Hilfswerk|Freizeit|Bildungsurlaub|Sonderurlaub/i,
    '1120000',
  ],
  [
    /Tod|verstorben|Hinterblieben|Witwe|Waise|Sterbegeld|Erbansprüche|Überführungskosten|Verschollenheit/i,
    '1130000',
  ],
  [
    /Visum|Visa|Ausländer|Einbürgerung|Staatsangehörigkeit|Spätaussiedler|Integrationskurs|Berufsqualifikation|Umzug in einen anderen Mitgliedstaat/i,
    '1140000',
  ],
  [
    /Führungszeugnis|Waffen|Datenschutz|personenbezogen|Geldwäsche|Versammlung|Selbstauskunft|Stasi|Informationsfreiheit|amtlichen Informationen|Vorsorgevollmacht|Betreuungsverfügung|Telefonwerbung|Rufnummer|Beschwerde|Schlichtung|Verbraucher|Auskunft aus dem/i,
    '1150000',
  ],
  [/Rente|Rentner|Alterskasse|Altersvorsorge|Ruhestand/i, '1160000'],
  [
    /Abfall|Recycling|Umwelt|Erneuerbare|Energieberatung|Heizanlage|Naturschutz|Artenschutz|geschützter Pflanzen|Hochwasser|Strahl|radioaktiv/i,
    '1170000',
  ],
];

const BUSINESS_SITUATION_RULES: readonly Rule<string>[] = [
  [
    /Gründung|gründen|Gründungszuschuss|anmelden|Anmeldung|Erlaubnis|Lizenz|Zulassung|Registrierung|registrieren|EORI|Identifikationsnummer|Betriebsnummer|Marke anmelden|Patent anmelden|Design anmelden|Bewilligung/i,
    '2010000',
  ],
  [
    /Abmeld|abmelden|Beendigung|Schließung|Insolvenz|Liquidation|Außerbetriebnahme|Unternehmensverlagerung|Verkauf eines Unternehmens|Entlassungen|Auflösung/i,
    '2030000',
  ],
  [/Steuer|steuer|Abgabe|Zoll|Beitr[aä]g|Umlage|Gebühr|Zahlungsaufschub|Stundung/i, '2040000'],
];

/** Life situation codes for the service, by the rules above and its addressees. */
export function federalLifeSituations(text: FederalServiceText, addressees: Addressee[]): string[] {
  const codes = new Set<string>();
  if (addressees.includes('citizens')) {
    for (const [pattern, code] of CITIZEN_SITUATION_RULES)
      if (pattern.test(text.names)) codes.add(code);
  }
  if (addressees.includes('businesses')) {
    // Every business service is about running a business; founding, closing and taxes on top.
    codes.add('2020000');
    for (const [pattern, code] of BUSINESS_SITUATION_RULES)
      if (pattern.test(text.names)) codes.add(code);
  }
  return [...codes].sort();
}

// Trust level of an online service, which the export does not carry: high (eID) where a citizen
// obtains data about themselves, substantial where ELSTER certificates are the login or where
// money is granted or a business acts (business account), basic otherwise.
const HIGH_TRUST =
  /Führungszeugnis|Gewerbezentralregister|Selbstauskunft|eigenen? Person|personenbezogene|Stasi-Unterlagen|Betroffenenauskunft|Rentenauskunft|Renteninformation|Fahrerlaubnisregister|eigenen Fahrzeugen|fuehrungszeugnis\.bund\.de/i;
const SUBSTANTIAL_TRUST =
  /elster|bzst\.de|Geld|Rente|Zuschuss|Zuschüsse|Förderung|Darlehen|Kredit|Beihilfe|Erstattung|Leistung|Bewilligung|Gewährung|Umweltbonus/i;

/** The trust level an online service is assumed to require. */
export function federalTrustLevel(
  text: FederalServiceText,
  onlineService: { name: string; url: string },
  addressees: Addressee[],
): TrustLevel {
  const subject = `${text.names} ${onlineService.name} ${onlineService.url}`;
  if (addressees.includes('citizens') && HIGH_TRUST.test(subject)) return 'STORK-QAA-Level-4';
  if (SUBSTANTIAL_TRUST.test(subject) || addressees.includes('businesses'))
    return 'STORK-QAA-Level-3';
  return 'STORK-QAA-Level-1';
}
