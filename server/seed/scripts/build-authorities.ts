/**
 * Builds `server/seed/authorities.json`: the authorities routes resolve to. Every municipality's
 * town hall (real name and address from the Destatis directory) houses all municipal offices;
 * each district authority at its seat houses the district offices; state and federal agencies
 * (`agencies.ts`) serve all of Saarland. Contacts and hours are illustrative (`contacts.ts`).
 *
 * Run: `npx tsx server/seed/scripts/build-authorities.ts`
 */
import * as z from 'zod/mini';
import type { LanguageMap } from '../../../src/api/schemas/index.js';
import { DISTRICT_OFFICES, MUNICIPAL_OFFICES, OFFICE_NAMES, type OfficeKey } from '../offices.js';
import { SeedAuthoritySchema } from '../seed-schemas.js';
import {
  DISTRICT_SEATS,
  FEDERAL_AGENCIES,
  MUNICIPAL_WEBSITES,
  STATE_AGENCIES,
  type Agency,
} from './agencies.js';
import {
  APPOINTMENT_NOTE,
  NO_COUNTER_NOTE,
  agencyHours,
  districtHours,
  illustrativeContact,
  townHallHours,
} from './contacts.js';
import {
  readDistricts,
  readMunicipalities,
  type District,
  type Municipality,
} from './municipalities.js';
import { slug } from './names.js';
import { writeSeedJson } from './raw-files.js';

/** An authority as written to the file. */
type SeedAuthorityRecord = z.input<typeof SeedAuthoritySchema>;

const STATE_ARS = '10';

function officeList(offices: readonly OfficeKey[]): string {
  const names = offices.map((office) => OFFICE_NAMES[office]);
  return `${names.slice(0, -1).join(', ')} und ${names.at(-1) ?? ''}`;
}

function townHall(municipality: Municipality, index: number): SeedAuthorityRecord {
  const seat = DISTRICT_SEATS[municipality.district.key];
  if (seat === undefined) throw new Error(`No seat for ${municipality.district.key}`);
  const website = MUNICIPAL_WEBSITES[municipality.ags];
  const description: LanguageMap = {
    de: `Rathaus der ${municipality.administration} mit ${officeList(MUNICIPAL_OFFICES)}.`,
    en: `Town hall of ${municipality.name}: citizens’ office, registry office, public order, local taxes, trade, social services, building and waste.`,
    fr: `Mairie de ${municipality.name} : bureau des citoyens, état civil, ordre public, impôts locaux, commerce, affaires sociales, urbanisme et déchets.`,
  };
  return {
    destinationId: `gemeinde-${municipality.ags}`,
    destinationName: municipality.administration,
    level: 'municipal',
    address: municipality.townHall,
    contactPersons: [
      illustrativeContact(
        'Zentrale',
        seat.areaCode,
        municipality.ags.slice(-3),
        `rathaus@${slug(municipality.name)}.example`,
      ),
    ],
    openingHours: townHallHours(index),
    openingHoursNote: APPOINTMENT_NOTE,
    ...(website === undefined ? {} : { websiteUrl: website }),
    description,
    servesArs: [municipality.ars],
    offices: [...MUNICIPAL_OFFICES],
  };
}

function districtAuthority(district: District): SeedAuthorityRecord {
  const seat = DISTRICT_SEATS[district.key];
  if (seat === undefined) throw new Error(`No seat for ${district.key}`);
  const description: LanguageMap = {
    de: `Kreisverwaltung mit Sitz in ${district.seat}: ${officeList(DISTRICT_OFFICES)}.`,
    en: `District administration in ${district.seat}: vehicle registration, driving licences, immigration, building control, youth welfare, housing benefit, public health, social welfare, veterinary, nature conservation, naturalisation, weapons and hunting.`,
    fr: `Administration de l’arrondissement à ${district.seat} : immatriculation, permis de conduire, étrangers, contrôle des constructions, jeunesse, allocation logement, santé publique, aide sociale, services vétérinaires, protection de la nature, naturalisation, armes et chasse.`,
  };
  return {
    destinationId: `kreis-${district.key}`,
    destinationName: district.name,
    level: 'district',
    address: seat.address,
    contactPersons: [
      illustrativeContact(
        'Zentrale',
        seat.areaCode,
        '900',
        `kreisverwaltung@${slug(district.name)}.example`,
      ),
    ],
    openingHours: districtHours(),
    openingHoursNote: APPOINTMENT_NOTE,
    websiteUrl: seat.websiteUrl,
    description,
    servesArs: [district.key],
    offices: [...DISTRICT_OFFICES],
  };
}

function agencyAuthority(
  agency: Agency,
  level: 'state' | 'federal',
  extension: string,
): SeedAuthorityRecord {
  const contact =
    agency.areaCode === undefined || agency.mailDomain === undefined
      ? []
      : [
          illustrativeContact(
            'Service',
            agency.areaCode,
            extension,
            `service@${agency.mailDomain}`,
          ),
        ];
  return {
    destinationId: agency.id,
    destinationName: agency.name,
    level,
    ...(agency.address === undefined ? {} : { address: agency.address }),
    contactPersons: contact,
    openingHours: agency.counter ? agencyHours() : [],
    openingHoursNote: agency.counter ? APPOINTMENT_NOTE : NO_COUNTER_NOTE,
    ...(agency.websiteUrl === undefined ? {} : { websiteUrl: agency.websiteUrl }),
    description: agency.description,
    servesArs: [STATE_ARS],
    offices: [agency.office],
  };
}

function buildAuthorities(): SeedAuthorityRecord[] {
  const districts = readDistricts();
  const authorities = [
    ...readMunicipalities(districts).map(townHall),
    ...districts.map(districtAuthority),
    ...STATE_AGENCIES.map((agency, i) => agencyAuthority(agency, 'state', `${200 + i}`)),
    ...FEDERAL_AGENCIES.map((agency, i) => agencyAuthority(agency, 'federal', `${500 + i}`)),
  ];
  for (const authority of authorities) z.parse(SeedAuthoritySchema, authority);
  return authorities;
}

writeSeedJson('authorities.json', buildAuthorities());
