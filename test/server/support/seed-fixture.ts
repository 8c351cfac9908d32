/**
 * A small, schema-valid seed for server tests: three services (one with a portal form that has a
 * required field, a file field, a conditional field and a repeatable group), the state, two
 * districts and three municipalities, and a resolver that answers by level.
 */
import type {
  Area,
  FormDefinition,
  LifeSituation,
  Route,
  Service,
} from '../../../src/api/schemas/index.js';
import type { SeedSource } from '../../../server/store/catalogue-seed.js';

/** ARS of the fixture's municipalities. */
export const ARS = {
  state: '10',
  saarbrueckenDistrict: '10041',
  saarbruecken: '100410100100',
  voelklingen: '100410115115',
  saarlouisDistrict: '10044',
  saarlouis: '100440111111',
} as const;

const lifeSituations: LifeSituation[] = [
  { code: '1050000', name: { de: 'Umzug und Wohnsitz', en: 'Moving and residence' } },
  { code: '1110000', name: { de: 'Tiere', en: 'Animals' } },
];

/** The service with a portal form. */
export const DOG_TAX: Service = {
  id: 'hundesteuer-anmeldung',
  leikaKey: '99078005001000',
  name: {
    de: 'Hund zur Hundesteuer anmelden',
    en: 'Register a dog for dog tax',
    fr: 'Déclarer un chien',
  },
  summary: { de: 'Wer einen Hund hält, meldet ihn bei der Gemeinde an.' },
  keywords: { de: ['Hund anmelden', 'Hundesteuer'] },
  addressees: ['citizens'],
  topicField: 'steuern_zoll',
  lifeSituations: ['1110000'],
  level: 'municipal',
  texts: { description: { de: 'Die Hundesteuer ist eine Gemeindesteuer.' } },
  onlineServices: [
    { name: { de: 'Online-Anmeldung' }, trustLevel: 'STORK-QAA-Level-1', hasPortalForm: true },
  ],
};

/** A municipal service that needs a substantial login. */
export const TRADE: Service = {
  id: 'gewerbe-anmeldung',
  leikaKey: '99050012104000',
  name: { de: 'Gewerbe anmelden' },
  keywords: {},
  addressees: ['businesses'],
  topicField: 'unternehmensfuehrung_entwicklung',
  lifeSituations: [],
  level: 'municipal',
  texts: {},
  onlineServices: [
    {
      name: { de: 'Gewerbeanmeldung online' },
      trustLevel: 'STORK-QAA-Level-3',
      hasPortalForm: true,
    },
  ],
};

/** A district service without a portal form. */
export const VEHICLE: Service = {
  id: 'kfz-zulassung',
  leikaKey: '99036005001000',
  name: { de: 'Fahrzeug zulassen' },
  keywords: { de: ['Auto anmelden'] },
  addressees: ['citizens', 'businesses'],
  topicField: 'mobilitaet_reisen',
  lifeSituations: [],
  level: 'district',
  texts: {},
  onlineServices: [
    {
      name: { de: 'i-Kfz' },
      url: 'https://example.org/ikfz',
      trustLevel: 'STORK-QAA-Level-4',
      hasPortalForm: false,
    },
  ],
};

const areas: Area[] = [
  { ars: ARS.state, name: 'Saarland', type: 'state', postcodes: [] },
  {
    ars: ARS.saarbrueckenDistrict,
    name: 'Regionalverband Saarbrücken',
    type: 'district',
    postcodes: [],
    parentArs: '10',
    parentName: 'Saarland',
  },
  {
    ars: ARS.saarbruecken,
    ags: '10041100',
    name: 'Saarbrücken',
    type: 'municipality',
    postcodes: ['66111', '66113', '66117'],
    parentArs: ARS.saarbrueckenDistrict,
    parentName: 'Regionalverband Saarbrücken',
  },
  {
    ars: ARS.voelklingen,
    ags: '10041115',
    name: 'Völklingen',
    type: 'municipality',
    postcodes: ['66333'],
    parentArs: ARS.saarbrueckenDistrict,
    parentName: 'Regionalverband Saarbrücken',
  },
  {
    ars: ARS.saarlouisDistrict,
    name: 'Saarlouis',
    type: 'district',
    postcodes: [],
    parentArs: '10',
    parentName: 'Saarland',
  },
  {
    ars: ARS.saarlouis,
    ags: '10044111',
    name: 'Saarlouis',
    type: 'municipality',
    postcodes: ['66740'],
    parentArs: ARS.saarlouisDistrict,
    parentName: 'Landkreis Saarlouis',
  },
];

const text = (de: string) => ({ de });

/** The dog-tax form: F_NAME required, F_DANGEROUS optional, F_PROOF (file) shown when F_DANGEROUS, G_DOGS repeatable. */
export const DOG_TAX_FORM: FormDefinition = {
  id: 'S_DOG_TAX',
  version: '1.0.0',
  serviceId: DOG_TAX.id,
  title: text('Hund anmelden'),
  steps: [
    {
      id: 'S_OWNER',
      title: text('Halterin oder Halter'),
      elements: [
        {
          type: 'field',
          id: 'F_NAME',
          kind: 'input',
          dataType: 'text',
          cardinality: '1:1',
          label: text('Name'),
        },
        {
          type: 'field',
          id: 'F_DANGEROUS',
          kind: 'input',
          dataType: 'bool',
          cardinality: '0:1',
          label: text('Gefährlicher Hund'),
        },
        {
          type: 'field',
          id: 'F_PROOF',
          kind: 'input',
          dataType: 'file',
          cardinality: '1:1',
          label: text('Nachweis'),
          condition: { field: 'F_DANGEROUS', operator: 'equals', value: true },
        },
      ],
    },
    {
      id: 'S_DOGS',
      title: text('Hunde'),
      elements: [
        {
          type: 'group',
          id: 'G_DOGS',
          cardinality: '1:*',
          label: text('Hund'),
          children: [
            {
              type: 'field',
              id: 'F_DOG_NAME',
              kind: 'input',
              dataType: 'text',
              cardinality: '1:1',
              label: text('Name des Hundes'),
            },
          ],
        },
      ],
    },
  ],
};

/** The trade form: one required field. */
export const TRADE_FORM: FormDefinition = {
  id: 'S_TRADE',
  version: '1.0.0',
  serviceId: TRADE.id,
  title: text('Gewerbe anmelden'),
  steps: [
    {
      id: 'S_TRADE_1',
      title: text('Tätigkeit'),
      elements: [
        {
          type: 'field',
          id: 'F_ACTIVITY',
          kind: 'input',
          dataType: 'text',
          cardinality: '1:1',
          label: text('Tätigkeit'),
        },
      ],
    },
  ],
};

function office(
  name: string,
  zip: string,
  city: string,
  id = `office-${zip}-${name.length}`,
): Route {
  return {
    destinationId: id,
    destinationName: name,
    level: 'municipal',
    address: { street: 'Rathausplatz', houseNumber: '1', zip, city },
    role: 'authority',
    contactPersons: [{ tel: '+49 681 0000' }],
    openingHours: [{ day: 'mo', opens: '08:00', closes: '12:00' }],
    sources: [
      { fact: 'responsibility', title: 'Fixture rule' },
      { fact: 'address', title: 'Fixture address' },
      { fact: 'contacts', title: 'Fixture phone book' },
      { fact: 'openingHours', title: 'Fixture opening hours' },
    ],
  };
}

/** Authority ids of the municipalities (as the real seed names them: `gemeinde-<AGS>`). */
export const AUTHORITY = {
  saarbruecken: 'gemeinde-10041100',
  voelklingen: 'gemeinde-10041115',
  saarlouis: 'gemeinde-10044111',
} as const;

const municipalOffices: Record<string, Route> = {
  [ARS.saarbruecken]: office(
    'Bürgeramt Saarbrücken',
    '66111',
    'Saarbrücken',
    AUTHORITY.saarbruecken,
  ),
  [ARS.voelklingen]: office('Bürgerbüro Völklingen', '66333', 'Völklingen', AUTHORITY.voelklingen),
  [ARS.saarlouis]: office('Bürgeramt Saarlouis', '66740', 'Saarlouis', AUTHORITY.saarlouis),
};

const districtOffices: Record<string, Route> = {
  [ARS.saarbrueckenDistrict]: {
    ...office('Zulassungsstelle Regionalverband', '66115', 'Saarbrücken'),
    level: 'district',
  },
  [ARS.saarlouisDistrict]: {
    ...office('Zulassungsstelle Saarlouis', '66740', 'Saarlouis'),
    level: 'district',
  },
};

/** A fresh copy of the fixture seed. */
export function fixtureSeed(): SeedSource<Service> {
  return {
    lifeSituations,
    services: [DOG_TAX, TRADE, VEHICLE],
    areas,
    forms: [DOG_TAX_FORM, TRADE_FORM],
    resolveResponsibility: (service, ars) => {
      const route =
        service.level === 'municipal' ? municipalOffices[ars] : districtOffices[ars.slice(0, 5)];
      return { routes: route === undefined ? [] : [route], routedBy: 'residence' };
    },
  };
}
