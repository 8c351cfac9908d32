/**
 * Builds `server/seed/authorities.json`: the bodies routes lead to. Every municipality's town
 * hall (name and address from the Destatis directory), the six district authorities at their
 * sourced seats, the state and federal agencies and the operators (`agencies.ts`). Only sourced
 * facts are written, each with its source; nothing is made up (no illustrative phone numbers or
 * opening hours). Who handles which office where is `competences.json`.
 *
 * Run: `npx tsx server/seed/scripts/build-authorities.ts`
 */
import * as z from 'zod/mini';
import type { LanguageMap } from '../../../src/api/schemas/index.js';
import { SeedAuthoritySchema } from '../seed-schemas.js';
import {
  DISTRICT_FACTS,
  FEDERAL_AGENCIES,
  MUNICIPAL_WEBSITES,
  OPERATORS,
  STATE_AGENCIES,
  TOWN_HALL_CONTACTS,
  type AuthorityFacts,
} from './agencies.js';
import {
  readDistricts,
  readMunicipalities,
  type District,
  type Municipality,
} from './municipalities.js';
import { writeSeedJson } from './raw-files.js';

/** An authority as written to the file. */
type SeedAuthorityRecord = z.input<typeof SeedAuthoritySchema>;

const DESTATIS_ADDRESS = {
  fact: 'address',
  title:
    'Statistisches Bundesamt, Gemeindeverzeichnis GV-ISys (31.12.2011): Anschrift der Gemeindeverwaltung',
} as const;

function townHall(municipality: Municipality): SeedAuthorityRecord {
  const website = MUNICIPAL_WEBSITES[municipality.ags];
  const contact = TOWN_HALL_CONTACTS[municipality.ags];
  const description: LanguageMap = {
    de: `Verwaltung der ${municipality.administration}.`,
    en: `Administration of ${municipality.name}.`,
    fr: `Administration de ${municipality.name}.`,
  };
  return {
    destinationId: `gemeinde-${municipality.ags}`,
    destinationName: municipality.administration,
    level: 'municipal',
    address: municipality.townHall,
    ...(contact === undefined ? {} : { contactPersons: contact.contactPersons }),
    ...(website === undefined ? {} : { websiteUrl: website }),
    description,
    sources: [DESTATIS_ADDRESS, ...(contact?.sources ?? [])],
    generalAdministration: true,
  };
}

function districtAuthority(district: District): SeedAuthorityRecord {
  const facts = DISTRICT_FACTS[district.key];
  if (facts === undefined) throw new Error(`No facts for ${district.key}`);
  const description: LanguageMap = {
    de: `Kreisverwaltung mit Sitz in ${district.seat}.`,
    en: `District administration in ${district.seat}.`,
    fr: `Administration de l’arrondissement à ${district.seat}.`,
  };
  return {
    destinationId: `kreis-${district.key}`,
    destinationName: district.name,
    level: 'district',
    ...(facts.address === undefined ? {} : { address: facts.address }),
    ...(facts.contactPersons === undefined ? {} : { contactPersons: facts.contactPersons }),
    websiteUrl: facts.websiteUrl,
    description,
    sources: facts.sources,
    generalAdministration: true,
  };
}

function agencyAuthority(agency: AuthorityFacts): SeedAuthorityRecord {
  return {
    destinationId: agency.id,
    destinationName: agency.name,
    level: agency.level,
    ...(agency.role === undefined ? {} : { role: agency.role }),
    ...(agency.address === undefined ? {} : { address: agency.address }),
    ...(agency.contactPersons === undefined ? {} : { contactPersons: agency.contactPersons }),
    ...(agency.openingHours === undefined ? {} : { openingHours: agency.openingHours }),
    ...(agency.openingHoursNote === undefined ? {} : { openingHoursNote: agency.openingHoursNote }),
    ...(agency.websiteUrl === undefined ? {} : { websiteUrl: agency.websiteUrl }),
    description: agency.description,
    sources: agency.sources,
  };
}

/** Every fact given must carry a source: checked here so an edit cannot slip one in. */
function checkSourced(authority: SeedAuthorityRecord): void {
  const facts = new Set((authority.sources ?? []).map((source) => source.fact));
  const given: Array<[boolean, string]> = [
    [authority.address !== undefined, 'address'],
    [(authority.contactPersons ?? []).length > 0, 'contacts'],
    [
      (authority.openingHours ?? []).length > 0 || authority.openingHoursNote !== undefined,
      'openingHours',
    ],
  ];
  for (const [present, fact] of given) {
    if (present && !facts.has(fact as 'address')) {
      throw new Error(`${authority.destinationId}: ${fact} has no source`);
    }
  }
}

function buildAuthorities(): SeedAuthorityRecord[] {
  const districts = readDistricts();
  const authorities = [
    ...readMunicipalities(districts).map(townHall),
    ...districts.map(districtAuthority),
    ...STATE_AGENCIES.map(agencyAuthority),
    ...FEDERAL_AGENCIES.map(agencyAuthority),
    ...OPERATORS.map(agencyAuthority),
  ];
  for (const authority of authorities) {
    z.parse(SeedAuthoritySchema, authority);
    checkSourced(authority);
  }
  return authorities;
}

writeSeedJson('authorities.json', buildAuthorities());
