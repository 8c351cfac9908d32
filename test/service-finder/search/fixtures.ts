/** A small, schema-shaped catalogue for the search unit tests (the relevance suite uses the seed). */
import type { ServiceCatalogue, ServiceSummary } from '../../../src/api/schemas/service.js';

type Sketch = Pick<ServiceSummary, 'id' | 'name'> & Partial<ServiceSummary>;

function service(sketch: Sketch, index: number): ServiceSummary {
  return {
    leikaKey: `99${String(index).padStart(12, '0')}`,
    keywords: {},
    addressees: ['citizens'],
    topicField: 'querschnittsleistungen',
    lifeSituations: [],
    level: 'municipal',
    ...sketch,
  };
}

/** Eleven services chosen to exercise folding, compounds, stems, languages and filters. */
export const searchCatalogue: ServiceCatalogue = {
  lifeSituations: [
    { code: '1050000', name: { de: 'Umzug und Wohnsitz', en: 'Moving house' } },
    { code: '1070000', name: { de: 'Auto und Verkehr', en: 'Car and traffic' } },
    { code: '1100000', name: { de: 'Geld und soziale Hilfen', en: 'Money and social help' } },
    { code: '1110000', name: { de: 'Tiere', en: 'Animals' } },
    { code: '2010000', name: { de: 'Unternehmen gründen', en: 'Starting a business' } },
  ],
  services: (
    [
      {
        id: 'wohnsitz-anmeldung',
        name: {
          de: 'Wohnsitz anmelden',
          en: 'Register your residence',
          fr: 'Déclarer son domicile',
        },
        summary: { de: 'Nach dem Umzug melden Sie sich innerhalb von zwei Wochen an.' },
        keywords: { de: ['umziehen', 'Ummeldung'], en: ['register address'] },
        lifeSituations: ['1050000'],
      },
      {
        id: 'hundesteuer-anmeldung',
        name: { de: 'Hund zur Hundesteuer anmelden', en: 'Register a dog for dog tax' },
        keywords: { fr: ['impôt sur les chiens'] },
        topicField: 'steuern_zoll',
        lifeSituations: ['1110000'],
      },
      {
        id: 'grundsteuer',
        name: { de: 'Grundsteuer zahlen', en: 'Pay property tax' },
        topicField: 'steuern_zoll',
        addressees: ['citizens', 'businesses'],
      },
      {
        id: 'steuer-allgemein',
        name: { de: 'Steuern und Abgaben der Gemeinde' },
        topicField: 'steuern_zoll',
      },
      {
        id: 'baugenehmigung',
        name: { de: 'Baugenehmigung beantragen', en: 'Apply for a building permit' },
        summary: { de: 'Wer ein Haus baut, braucht meist eine Genehmigung der Bauaufsicht.' },
        keywords: { fr: ['permis de construire'] },
        topicField: 'bauen_wohnen',
        level: 'district',
      },
      {
        id: 'fuehrerschein',
        name: { de: 'Führerschein beantragen', en: 'Apply for a driving licence' },
        keywords: { fr: ['permis de conduire'] },
        topicField: 'mobilitaet_reisen',
        lifeSituations: ['1070100'],
        level: 'district',
      },
      {
        id: 'strassensperrung',
        name: { de: 'Straßensperrung beantragen', en: 'Apply for a road closure' },
        topicField: 'recht_ordnung',
        addressees: ['businesses'],
      },
      {
        id: 'kindergeld',
        name: { de: 'Kindergeld beantragen', en: 'Apply for child benefit' },
        keywords: { fr: ['allocations familiales'] },
        topicField: 'familie_kind',
        lifeSituations: ['1100000'],
        level: 'federal',
      },
      {
        id: 'gewerbe-anmeldung',
        name: { de: 'Gewerbe anmelden', en: 'Register a business' },
        topicField: 'unternehmensfuehrung_entwicklung',
        addressees: ['businesses'],
        lifeSituations: ['2010000'],
      },
      {
        id: 'personalausweis',
        name: { de: 'Personalausweis beantragen', en: 'Apply for an identity card' },
        keywords: { de: ['Perso'], fr: ["carte d'identité"] },
      },
      {
        id: 'fuehrungszeugnis',
        name: { de: 'Führungszeugnis beantragen', en: 'Apply for a certificate of good conduct' },
        topicField: 'recht_ordnung',
      },
    ] satisfies Sketch[]
  ).map(service),
};

/** A large made-up catalogue, for tests that need the build to take a while. */
export function largeCatalogue(size: number): ServiceCatalogue {
  const heads = ['genehmigung', 'bescheinigung', 'steuer', 'zuschuss', 'ausweis', 'anmeldung'];
  const modifiers = ['bau', 'hunde', 'wohn', 'kinder', 'gewerbe', 'fahr', 'reise', 'grund'];
  const services = Array.from({ length: size }, (_, i) =>
    service(
      {
        id: `dienst-${i}`,
        name: {
          de: `${modifiers[i % modifiers.length]}${heads[i % heads.length]} Nummer ${i} beantragen`,
        },
        summary: { de: `Beschreibung ${i} mit einigen Wörtern über Anträge und Ämter.` },
      },
      i,
    ),
  );
  return { services, lifeSituations: [] };
}
