/**
 * The relevance table: queries as citizens type them, each with the services a citizen would
 * accept among the first three results. Written from what people search for, not from what the
 * engine happens to find; where several services fit a vague query, all of them are listed.
 */
import type { Locale } from '../../src/api/schemas/index.js';

/** What a query tests. */
export type QueryKind =
  | 'colloquial'
  | 'misspelt'
  | 'umlaut-less'
  | 'compound-part'
  | 'word-form'
  | 'typing'
  | 'english'
  | 'french'
  | 'leichte-sprache'
  | 'official';

/** One row of the table. */
export interface RelevanceCase {
  /** The query exactly as typed (the last word counts as still being typed). */
  query: string;
  /** Service ids, any of which in the top 3 counts as a hit. */
  expected: readonly string[];
  /** What the query tests. */
  kind: QueryKind;
  /** The UI language (default German). */
  locale?: Locale;
}

const q = (
  kind: QueryKind,
  query: string,
  expected: string | readonly string[],
  locale?: Locale,
): RelevanceCase => ({
  query,
  expected: typeof expected === 'string' ? [expected] : expected,
  kind,
  ...(locale === undefined ? {} : { locale }),
});

const ANY_REISEPASS = [
  'reisepass-beantragen',
  'reisepass-express',
  'vorlaeufiger-reisepass',
  'reisepass-kind',
  'reisepass-verlust-melden',
];
const ANY_PERSONALAUSWEIS = [
  'personalausweis-beantragen',
  'vorlaeufiger-personalausweis',
  'personalausweis-verlust-melden',
];
const ANY_WOHNGELD = [
  'wohngeld-mietzuschuss',
  'wohngeld-lastenzuschuss',
  'wohngeld-weiterleistung',
];
const MOVING = ['wohnsitz-anmeldung', 'wohnsitz-ummeldung'];
const FUND = ['fundsache-verloren', 'fundsache-abgeben'];

/** The table. */
export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  // Colloquial: the words people use, not the official ones.
  q('colloquial', 'Perso verloren', 'personalausweis-verlust-melden'),
  q('colloquial', 'Perso beantragen', 'personalausweis-beantragen'),
  q('colloquial', 'Ausweis weg', 'personalausweis-verlust-melden'),
  q('colloquial', 'Pass abgelaufen', 'reisepass-beantragen'),
  q('colloquial', 'umziehen', MOVING),
  q('colloquial', 'neue Wohnung anmelden', 'wohnsitz-anmeldung'),
  q('colloquial', 'Auto anmelden', 'kfz-zulassung'),
  q('colloquial', 'Auto abmelden', 'kfz-abmeldung'),
  q('colloquial', 'Auto gekauft ummelden', 'kfz-umschreibung'),
  q('colloquial', 'Knöllchen', 'verwarnungsgeld-bezahlen'),
  q('colloquial', 'Strafzettel bezahlen', 'verwarnungsgeld-bezahlen'),
  q('colloquial', 'Nummernschild geklaut', 'kennzeichen-verlust'),
  q('colloquial', 'Führerschein weg', 'fuehrerschein-ersatz'),
  q('colloquial', 'grauer Lappen umtauschen', 'fuehrerschein-umtausch'),
  q('colloquial', 'MPU', 'fuehrerschein-neuerteilung'),
  q('colloquial', 'Taxischein', 'fahrerlaubnis-fahrgastbefoerderung'),
  q('colloquial', 'grüne Plakette', 'feinstaubplakette'),
  q('colloquial', 'Oldtimer', 'oldtimer-kennzeichen'),
  q('colloquial', 'Halteverbot Umzug', 'halteverbotszone-umzug'),
  q('colloquial', 'Container auf der Straße', 'strassensondernutzung'),
  q('colloquial', 'Anwohnerparken', 'bewohnerparkausweis'),
  q('colloquial', 'Hochzeit anmelden', 'eheschliessung-anmelden'),
  q('colloquial', 'heiraten', 'eheschliessung-anmelden'),
  q('colloquial', 'Baby geboren', ['geburt-anzeigen', 'geburtsurkunde']),
  q('colloquial', 'Todesfall melden', ['sterbefall-anzeigen', 'bestattung-anmelden']),
  q('colloquial', 'Beerdigung', 'bestattung-anmelden'),
  q('colloquial', 'Grab kaufen', 'grabstelle-erwerb'),
  q('colloquial', 'Grabstein aufstellen', 'grabmal-genehmigung'),
  q('colloquial', 'Tagesmutter', ['kindertagespflege', 'kindertagespflege-erlaubnis']),
  q('colloquial', 'Kindergarten anmelden', 'kita-platz'),
  q('colloquial', 'Kind einschulen', ['schulanmeldung-grundschule', 'schuleingangsuntersuchung']),
  q('colloquial', 'Schulbus', 'schuelerbefoerderung'),
  q('colloquial', 'aus der Kirche austreten', 'kirchenaustritt'),
  q('colloquial', 'Sozialhilfe', 'hilfe-zum-lebensunterhalt'),
  q('colloquial', 'Schulden', ['schuldnerberatung', 'mietschulden-uebernahme']),
  q('colloquial', 'Miete nicht bezahlt Wohnung verlieren', 'mietschulden-uebernahme'),
  q('colloquial', 'obdachlos', 'obdachlosenunterbringung'),
  q('colloquial', 'Rente beantragen', 'rentenantrag-aufnahme'),
  q('colloquial', 'Vater zahlt keinen Unterhalt', 'unterhaltsvorschuss'),
  q('colloquial', 'Anwalt kostenlos', 'beratungshilfe'),
  q('colloquial', 'Erbe ausschlagen', 'erbausschlagung'),
  q('colloquial', 'Verein gründen', 'vereinsregister-eintragung'),
  q('colloquial', 'Grillhütte mieten', 'gemeinschaftseinrichtung-mieten'),
  q('colloquial', 'Turnhalle mieten', 'sportstaette-nutzung'),
  q('colloquial', 'Bücherei', 'bibliotheksausweis'),
  q('colloquial', 'VHS Kurs', 'volkshochschule-kurs'),
  q('colloquial', 'Schlüssel verloren', FUND),
  q('colloquial', 'Geldbeutel gefunden', 'fundsache-abgeben'),
  q('colloquial', 'Kopie beglaubigen', 'beglaubigung'),
  q('colloquial', 'Adresse sperren lassen', 'auskunftssperre-melderegister'),
  q('colloquial', 'Briefwahl', 'briefwahl-wahlschein'),
  q('colloquial', 'Betreuer für Oma mit Demenz', 'rechtliche-betreuung-anregen'),

  q('colloquial', 'Hund anmelden', 'hundesteuer-anmeldung'),
  q('colloquial', 'Hundemarke verloren', 'hundesteuermarke-ersatz'),
  q('colloquial', 'Hund gestorben', 'hundesteuer-abmeldung'),
  q('colloquial', 'Kampfhund', 'gefaehrlicher-hund-erlaubnis'),
  q('colloquial', 'Hund hat gebissen', 'hund-beissvorfall-melden'),
  q('colloquial', 'Sperrmüll', 'sperrmuell-abholung'),
  q('colloquial', 'Sofa entsorgen', 'sperrmuell-abholung'),
  q('colloquial', 'Mülltonne bestellen', 'abfallbehaelter-anmelden'),
  q('colloquial', 'Kühlschrank entsorgen', 'elektrogeraete-abholung'),
  q('colloquial', 'Grünschnitt', 'gartenabfaelle-entsorgen'),
  q('colloquial', 'Müll im Wald', 'wilder-muell-melden'),
  q('colloquial', 'wann kommt die Müllabfuhr', 'abfuhrkalender'),
  q('colloquial', 'Farbe entsorgen', 'schadstoffsammlung'),
  q('colloquial', 'Straßenfest anmelden', 'veranstaltung-anmelden'),
  q('colloquial', 'Schlagloch', 'maengelmelder'),
  q('colloquial', 'Laterne kaputt', 'maengelmelder'),
  q('colloquial', 'Plakate aufhängen', 'plakatierung-genehmigung'),
  q('colloquial', 'Feuerwerk Hochzeit', 'feuerwerk-erlaubnis'),
  q('colloquial', 'Osterfeuer', 'brauchtumsfeuer'),
  q('colloquial', 'Demo anmelden', 'versammlung-anmelden'),
  q('colloquial', 'Fahrrad geklaut', 'strafanzeige-erstatten'),
  q('colloquial', 'Angelschein', 'fischereischein'),
  q('colloquial', 'Waffenschein', ['kleiner-waffenschein', 'waffenbesitzkarte']),
  q('colloquial', 'Schreckschusspistole', 'kleiner-waffenschein'),
  q('colloquial', 'deutscher Pass', ['einbuergerung', 'reisepass-beantragen']),
  q('colloquial', 'Behindertenausweis', 'schwerbehindertenausweis'),
  q('colloquial', 'GdB erhöhen', 'schwerbehinderung-aenderungsantrag'),
  q('colloquial', 'selbstständig machen', ['gewerbe-anmeldung', 'steuerliche-erfassung']),
  q('colloquial', 'Firma schließen', 'gewerbe-abmeldung'),
  q('colloquial', 'GmbH gründen', 'handelsregister-eintragung'),
  q('colloquial', 'Kneipe eröffnen', 'gaststaette-anzeigen'),
  q('colloquial', 'Tische vor dem Café', 'sondernutzung-aussengastronomie'),
  q('colloquial', 'Haus bauen', ['baugenehmigung', 'bauvorbescheid', 'bebauungsplan-auskunft']),
  q('colloquial', 'Garage bauen', 'baugenehmigung'),
  q('colloquial', 'Baum fällen', 'baumfaellung-genehmigung'),
  q('colloquial', 'Hecke schneiden', 'gehoelzschnitt-schonzeit-ausnahme'),
  q('colloquial', 'Öltank', 'heizoeltank-anzeige'),
  q('colloquial', 'Wärmepumpe bohren', 'erdwaermesonde-anzeige'),
  q('colloquial', 'Schildkröte anmelden', 'artenschutz-meldung'),
  q('colloquial', 'Gesundheitszeugnis', 'infektionsschutzbelehrung'),
  q('colloquial', 'Amtsarzt', 'amtsaerztliches-gutachten'),
  q('colloquial', 'Grundstück vermessen', 'grundstuecksvermessung'),
  q('colloquial', 'Tierquälerei', 'tierschutz-meldung'),
  q('colloquial', 'Hühner halten', 'nutztierhaltung-registrierung'),
  q('colloquial', 'Imker', 'bienenhaltung-anzeige'),
  q('colloquial', 'Steuererklärung', 'einkommensteuererklaerung'),
  q('colloquial', 'Hauskauf Steuer', 'grunderwerbsteuer'),

  q('colloquial', 'ich bin umgezogen', MOVING),
  q('colloquial', 'wo melde ich mein Auto ab', 'kfz-abmeldung'),
  q('colloquial', 'neuen Perso', 'personalausweis-beantragen'),
  q('colloquial', 'Perso abgelaufen was tun', 'personalausweis-beantragen'),
  q('colloquial', 'Ausweis für mein Kind', 'reisepass-kind'),
  q('colloquial', 'Hundesteuer bezahlen', 'hundesteuer-anmeldung'),
  q('colloquial', 'Zulassungsstelle', [
    'kfz-zulassung',
    'kfz-umschreibung',
    'kfz-abmeldung',
    'kfz-adressaenderung',
    'kfz-wiederzulassung',
  ]),
  q('colloquial', 'Ausländerbehörde Termin', [
    'aufenthaltserlaubnis',
    'aufenthaltstitel-verlaengern',
  ]),
  q('colloquial', 'Bauantrag', 'baugenehmigung'),
  q('colloquial', 'Gewerbeschein', 'gewerbe-anmeldung'),
  q('colloquial', 'Sterbefall', 'sterbefall-anzeigen'),

  q('colloquial', 'Perso weg was nun', 'personalausweis-verlust-melden'),
  q('colloquial', 'Hund tot abmelden', 'hundesteuer-abmeldung'),
  q('colloquial', 'Elterngeld Antrag Saarland', 'elterngeld-beantragen'),
  q('colloquial', 'Kita Gebühren', 'kita-elternbeitrag-ermaessigung'),
  q('colloquial', 'Meldebestätigung', 'meldebescheinigung'),
  q('colloquial', 'Personalausweis verlängern', 'personalausweis-beantragen'),
  q('colloquial', 'Auto umschreiben', 'kfz-umschreibung'),
  q('colloquial', 'Umzug Auto', 'kfz-adressaenderung'),
  q('colloquial', 'Baby Reisepass', 'reisepass-kind'),
  q('colloquial', 'Hund beißt', 'hund-beissvorfall-melden'),
  q('colloquial', 'Mülltonne kaputt', 'abfallbehaelter-anmelden'),
  q('colloquial', 'Sozialwohnung', 'wohnberechtigungsschein'),
  q('colloquial', 'Pflegegrad', ['hilfe-zur-pflege', 'pflegestuetzpunkt-beratung']),
  q('colloquial', 'Arbeitserlaubnis', 'aufenthaltserlaubnis'),
  q('colloquial', 'Ausweis App PIN vergessen', 'online-ausweisfunktion-pin'),
  q('colloquial', 'anmeldung hund saarbrücken', 'hundesteuer-anmeldung'),
  q('colloquial', 'Grundsteuerbescheid falsch', 'grundsteuer'),

  // Misspelt.
  q('misspelt', 'Fürerschein', 'fuehrerschein-ersterteilung'),
  q('misspelt', 'Persnalausweis', ANY_PERSONALAUSWEIS),
  q('misspelt', 'Reisepas', ANY_REISEPASS),
  q('misspelt', 'Kindergled', 'kindergeld-beantragen'),
  q('misspelt', 'Elterngelt', 'elterngeld-beantragen'),
  q('misspelt', 'Meldebescheiningung', 'meldebescheinigung'),
  q('misspelt', 'Geburtsurkunte', 'geburtsurkunde'),
  q('misspelt', 'Fürungszeugnis', 'fuehrungszeugnis'),
  q('misspelt', 'Umeldung', 'wohnsitz-ummeldung'),
  q('misspelt', 'Wunschkenzeichen', 'wunschkennzeichen'),
  q('misspelt', 'Sterburkunde', 'sterbeurkunde'),
  q('misspelt', 'Verpflichtungserklerung', 'verpflichtungserklaerung'),
  q('misspelt', 'Unterhaltsvorschus', 'unterhaltsvorschuss'),
  q('misspelt', 'Wohngelt', ANY_WOHNGELD),

  q('misspelt', 'Hundestuer', 'hundesteuer-anmeldung'),
  q('misspelt', 'Sperrmül', 'sperrmuell-abholung'),
  q('misspelt', 'Einbürgerrung', 'einbuergerung'),
  q('misspelt', 'Baugenemigung', 'baugenehmigung'),
  q('misspelt', 'Gewerbeanmeldng', 'gewerbe-anmeldung'),

  q('misspelt', 'Persoanlausweis', ANY_PERSONALAUSWEIS),
  q('misspelt', 'Reisepaß', ANY_REISEPASS),
  q('misspelt', 'Fürherschein', 'fuehrerschein-ersterteilung'),
  q('misspelt', 'Kindergelt', 'kindergeld-beantragen'),
  q('misspelt', 'Hundesteur', 'hundesteuer-anmeldung'),
  q('misspelt', 'Aufenthaltserlaubniss', 'aufenthaltserlaubnis'),

  q('misspelt', 'Strassenlaterne defekt', 'maengelmelder'),

  // Umlauts and ß written out or dropped.
  q('umlaut-less', 'fuehrerschein', 'fuehrerschein-ersterteilung'),
  q('umlaut-less', 'fuhrerschein', 'fuehrerschein-ersterteilung'),
  q('umlaut-less', 'Fuhrungszeugnis', 'fuehrungszeugnis'),
  q('umlaut-less', 'Fuehrungszeugnis', 'fuehrungszeugnis'),
  q('umlaut-less', 'Fuhrerschein verloren', 'fuehrerschein-ersatz'),
  q('umlaut-less', 'Bafog', 'bafoeg-studium'),
  q('umlaut-less', 'Eheschliessung', 'eheschliessung-anmelden'),
  q('umlaut-less', 'Schulerbeforderung', 'schuelerbefoerderung'),
  q('umlaut-less', 'Ehefahigkeitszeugnis', 'ehefaehigkeitszeugnis'),
  q('umlaut-less', 'Namensaenderung', 'namensaenderung'),
  q('umlaut-less', 'Wahlerverzeichnis', 'waehlerverzeichnis-einsicht'),
  q('umlaut-less', 'Bussgeld Parken', 'verwarnungsgeld-bezahlen'),
  q('umlaut-less', 'Strasse sperren', 'strassensondernutzung'),

  q('umlaut-less', 'Sperrmuell', 'sperrmuell-abholung'),
  q('umlaut-less', 'sperrmull', 'sperrmuell-abholung'),
  q('umlaut-less', 'Einburgerung', 'einbuergerung'),
  q('umlaut-less', 'Mulltonne', 'abfallbehaelter-anmelden'),
  q('umlaut-less', 'Heizoeltank', 'heizoeltank-anzeige'),
  q('umlaut-less', 'Muellgebuehren', 'abfallgebuehren'),

  // A part of a compound word.
  q('compound-part', 'urkunde', ['geburtsurkunde', 'sterbeurkunde', 'eheurkunde']),
  q('compound-part', 'kennzeichen', [
    'wunschkennzeichen',
    'saisonkennzeichen',
    'kurzzeitkennzeichen',
    'oldtimer-kennzeichen',
    'kennzeichen-verlust',
    'kfz-zulassung',
  ]),
  q('compound-part', 'zeugnis', [
    'fuehrungszeugnis',
    'erweitertes-fuehrungszeugnis',
    'ehefaehigkeitszeugnis',
  ]),
  q('compound-part', 'plakette', 'feinstaubplakette'),
  q('compound-part', 'parkausweis', ['bewohnerparkausweis', 'parkausweis-schwerbehinderte']),
  q('compound-part', 'bescheinigung', [
    'meldebescheinigung',
    'lebensbescheinigung',
    'negativbescheinigung-sorgerecht',
  ]),
  q('compound-part', 'kennzeichen verloren', 'kennzeichen-verlust'),
  q('compound-part', 'zuschuss Miete', 'wohngeld-mietzuschuss'),

  q('compound-part', 'genehmigung', [
    'baugenehmigung',
    'baumfaellung-genehmigung',
    'denkmalschutz-genehmigung',
    'grabmal-genehmigung',
    'werbeanlage-genehmigung',
    'plakatierung-genehmigung',
    'immissionsschutz-genehmigung',
    'taxi-mietwagen-genehmigung',
    'genehmigungsfreistellung',
  ]),
  q('compound-part', 'steuer', [
    'hundesteuer-anmeldung',
    'grundsteuer',
    'gewerbesteuer',
    'zweitwohnungsteuer-anmeldung',
    'einkommensteuererklaerung',
    'grunderwerbsteuer',
  ]),
  q('compound-part', 'steuer Hund', 'hundesteuer-anmeldung'),
  q('compound-part', 'müll', [
    'sperrmuell-abholung',
    'wilder-muell-melden',
    'abfallbehaelter-anmelden',
  ]),
  q('compound-part', 'tonne', 'abfallbehaelter-anmelden'),
  q('compound-part', 'gebühren Müll', 'abfallgebuehren'),
  q('compound-part', 'genehmigung Baum', 'baumfaellung-genehmigung'),

  q('compound-part', 'Hundeanmeldung', 'hundesteuer-anmeldung'),
  q('compound-part', 'Autoabmeldung', 'kfz-abmeldung'),
  q('compound-part', 'Wohnsitzanmeldung', 'wohnsitz-anmeldung'),
  q('compound-part', 'Reisepassantrag', 'reisepass-beantragen'),
  q('compound-part', 'Elterngeldantrag', 'elterngeld-beantragen'),
  q('compound-part', 'Wohngeldantrag', ANY_WOHNGELD),
  q('compound-part', 'muell', [
    'sperrmuell-abholung',
    'wilder-muell-melden',
    'abfallbehaelter-anmelden',
  ]),

  // Verb and noun forms.
  q('word-form', 'Anmeldung Wohnsitz', 'wohnsitz-anmeldung'),
  q('word-form', 'Wohnung anmelden', 'wohnsitz-anmeldung'),
  q('word-form', 'Ummeldung', 'wohnsitz-ummeldung'),
  q('word-form', 'Abmeldung Auto', 'kfz-abmeldung'),
  q('word-form', 'Zulassung Auto', 'kfz-zulassung'),
  q('word-form', 'Auto zulassen', 'kfz-zulassung'),
  q('word-form', 'abgemeldetes Auto wieder anmelden', 'kfz-wiederzulassung'),
  q('word-form', 'Beantragung Reisepass', 'reisepass-beantragen'),
  q('word-form', 'Grab verlängern', 'grabnutzungsrecht-verlaengerung'),
  q('word-form', 'Verlängerung Grab', 'grabnutzungsrecht-verlaengerung'),
  q('word-form', 'erben', ['erbschein', 'erbausschlagung']),
  q('word-form', 'Name ändern nach Scheidung', 'namenserklaerung'),
  q('word-form', 'Kinder Reisepass', 'reisepass-kind'),

  q('word-form', 'Anmeldung Hund', 'hundesteuer-anmeldung'),
  q('word-form', 'Gewerbeanmeldung', 'gewerbe-anmeldung'),
  q('word-form', 'Abmeldung Gewerbe', 'gewerbe-abmeldung'),
  q('word-form', 'Bäume fällen', 'baumfaellung-genehmigung'),
  q('word-form', 'Fällung Baum', 'baumfaellung-genehmigung'),
  q('word-form', 'einbürgern', 'einbuergerung'),
  q('word-form', 'Schwertransporte', 'grossraum-schwertransport'),

  // Search as you type: the last word is unfinished.
  q('typing', 'Reisep', ANY_REISEPASS),
  q('typing', 'Personalaus', ANY_PERSONALAUSWEIS),
  q('typing', 'Kinderg', 'kindergeld-beantragen'),
  q('typing', 'Geburtsur', 'geburtsurkunde'),
  q('typing', 'Wunschk', 'wunschkennzeichen'),
  q('typing', 'Führungsz', ['fuehrungszeugnis', 'erweitertes-fuehrungszeugnis']),
  q('typing', 'Meldebesch', 'meldebescheinigung'),
  q('typing', 'Wohnberecht', 'wohnberechtigungsschein'),
  q('typing', 'Halteverb', 'halteverbotszone-umzug'),
  q('typing', 'Elterng', 'elterngeld-beantragen'),
  q('typing', 'Auto abm', 'kfz-abmeldung'),
  q('typing', 'Bewohnerpark', 'bewohnerparkausweis'),

  q('typing', 'Hundest', [
    'hundesteuer-anmeldung',
    'hundesteuer-abmeldung',
    'hundesteuer-befreiung',
  ]),
  q('typing', 'Sperrm', 'sperrmuell-abholung'),
  q('typing', 'Baugen', 'baugenehmigung'),
  q('typing', 'Gewerbean', 'gewerbe-anmeldung'),
  q('typing', 'Einbürg', 'einbuergerung'),
  q('typing', 'Aufenthaltserl', ['aufenthaltserlaubnis', 'aufenthaltstitel-verlaengern']),

  q('typing', 'Hund anm', 'hundesteuer-anmeldung'),
  q('typing', 'Perso verl', 'personalausweis-verlust-melden'),
  q('typing', 'Kfz-Zul', 'kfz-zulassung'),
  q('typing', 'Sperrmüll anm', 'sperrmuell-abholung'),

  // English words, in the German UI unless a locale is given.
  q('english', 'passport', ANY_REISEPASS),
  q('english', 'driving licence', 'fuehrerschein-ersterteilung'),
  q('english', 'child benefit', 'kindergeld-beantragen'),
  q('english', 'register address', 'wohnsitz-anmeldung'),
  q('english', 'birth certificate', 'geburtsurkunde'),
  q('english', 'lost ID card', 'personalausweis-verlust-melden'),
  q('english', 'parental allowance', 'elterngeld-beantragen'),
  q('english', 'housing benefit', ANY_WOHNGELD),
  q('english', 'certificate of good conduct', 'fuehrungszeugnis'),
  q('english', 'deregister car', 'kfz-abmeldung'),
  q('english', 'postal vote', 'briefwahl-wahlschein'),
  q('english', 'lost and found', FUND),
  q('english', 'student loan', 'bafoeg-studium'),
  q('english', 'identity card', 'personalausweis-beantragen', 'en'),
  q('english', 'marriage', 'eheschliessung-anmelden', 'en'),

  q('english', 'dog tax', 'hundesteuer-anmeldung'),
  q('english', 'bulky waste', 'sperrmuell-abholung'),
  q('english', 'building permit', 'baugenehmigung'),
  q('english', 'register a business', 'gewerbe-anmeldung'),
  q('english', 'residence permit', ['aufenthaltserlaubnis', 'aufenthaltstitel-verlaengern']),
  q('english', 'naturalisation', 'einbuergerung'),
  q('english', 'fishing licence', 'fischereischein'),
  q('english', 'property tax', 'grundsteuer'),
  q('english', 'tax return', 'einkommensteuererklaerung'),
  q('english', 'cut down a tree', 'baumfaellung-genehmigung'),
  q('english', 'pothole', 'maengelmelder'),

  q('english', 'registering a dog', 'hundesteuer-anmeldung'),
  q('english', 'moving house', MOVING),
  q('english', 'lost passport', 'reisepass-verlust-melden'),

  q('english', 'ID card lost', 'personalausweis-verlust-melden'),

  // French words.
  q('french', 'passeport', ANY_REISEPASS),
  q('french', "carte d'identité", 'personalausweis-beantragen'),
  q('french', 'permis de conduire', 'fuehrerschein-ersterteilung'),
  q('french', 'allocations familiales', 'kindergeld-beantragen'),
  q('french', 'déménagement', MOVING),
  q('french', 'acte de naissance', 'geburtsurkunde'),
  q('french', 'mariage', 'eheschliessung-anmelden'),
  q('french', 'casier judiciaire', 'fuehrungszeugnis'),
  q('french', 'objets trouvés', FUND),
  q('french', 'carte grise', [
    'kfz-zulassung',
    'kfz-umschreibung',
    'kfz-adressaenderung',
    'zulassungsbescheinigung-verlust',
  ]),
  q('french', 'vote par correspondance', 'briefwahl-wahlschein'),
  q('french', 'aide au logement', ANY_WOHNGELD),
  q('french', 'crèche', 'kita-platz'),
  q('french', 'passeport perdu', 'reisepass-verlust-melden', 'fr'),
  q('french', 'allocation parentale', 'elterngeld-beantragen', 'fr'),

  q('french', 'impôt sur les chiens', 'hundesteuer-anmeldung'),
  q('french', 'encombrants', 'sperrmuell-abholung'),
  q('french', 'permis de construire', 'baugenehmigung'),
  q('french', 'titre de séjour', ['aufenthaltserlaubnis', 'aufenthaltstitel-verlaengern']),
  q('french', 'taxe foncière', 'grundsteuer'),
  q('french', 'permis de pêche', 'fischereischein'),
  q('french', "déclaration d'impôts", 'einkommensteuererklaerung'),
  q('french', 'créer une entreprise', 'gewerbe-anmeldung'),

  q('french', 'permis de conduire perdu', 'fuehrerschein-ersatz'),
  q('french', 'acte de décès', 'sterbeurkunde'),
  q('french', 'inscription école', 'schulanmeldung-grundschule'),

  q('french', "carte d'identité perdue", 'personalausweis-verlust-melden'),

  // Leichte Sprache: plain words, hyphenated compounds.
  q('leichte-sprache', 'Wohnung anmelden', 'wohnsitz-anmeldung', 'de-x-ls'),
  q('leichte-sprache', 'neuer Ausweis', 'personalausweis-beantragen', 'de-x-ls'),
  q('leichte-sprache', 'Geld für Kinder', 'kindergeld-beantragen', 'de-x-ls'),
  q('leichte-sprache', 'Geld für die Miete', ANY_WOHNGELD, 'de-x-ls'),
  q('leichte-sprache', 'Baby ist geboren', ['geburt-anzeigen', 'geburtsurkunde'], 'de-x-ls'),
  q('leichte-sprache', 'Führer-Schein', 'fuehrerschein-ersterteilung', 'de-x-ls'),
  q('leichte-sprache', 'Reise-Pass', ANY_REISEPASS, 'de-x-ls'),

  q('leichte-sprache', 'Hunde-Steuer', 'hundesteuer-anmeldung', 'de-x-ls'),
  q('leichte-sprache', 'Sperr-Müll', 'sperrmuell-abholung', 'de-x-ls'),
  q('leichte-sprache', 'Müll abholen lassen', ['sperrmuell-abholung', 'elektrogeraete-abholung']),

  // Official names, as a caseworker or a letter from the authority would put them.
  q('official', 'Melderegisterauskunft', 'melderegisterauskunft'),
  q('official', 'Außerbetriebsetzung', 'kfz-abmeldung'),
  q('official', 'Zulassungsbescheinigung Teil I verloren', 'zulassungsbescheinigung-verlust'),
  q('official', 'Sorgeerklärung', 'sorgeerklaerung'),
  q('official', 'Eingliederungshilfe', 'eingliederungshilfe'),
  q('official', 'Selbstbestimmungsgesetz', 'geschlechtseintrag-aendern'),
  q('official', 'Vaterschaftsanerkennung', 'vaterschaftsanerkennung'),
];
