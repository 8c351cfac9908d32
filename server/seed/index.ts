/**
 * The reference server's seed data: life situations, services (PVOG federal catalogue plus the
 * authored municipal, district and state services), areas, authorities, the competence rules
 * that route services to them, and form definitions, read from the JSON files next to this
 * module and validated with the contract's schemas.
 */
import { existsSync, readdirSync } from 'node:fs';
import {
  AreaSchema,
  FormDefinitionSchema,
  LifeSituationSchema,
  type Area,
  type FormDefinition,
  type LifeSituation,
  type Route,
  type Service,
} from '../../src/api/schemas/index.js';
import { levelOfOffice, type OfficeKey } from './offices.js';
import {
  SeedDataError,
  displayPath,
  parseArrayFile,
  parseRecord,
  readJson,
} from './parse-records.js';
import {
  resolveResponsibilityIn,
  type Responsibility,
  type SeedAuthority,
  type SeedCompetence,
  type SeedEventPlace,
} from './routing.js';
import {
  SeedAuthoritySchema,
  SeedCompetenceSchema,
  SeedEventPlaceSchema,
  SeedServiceSchema,
} from './seed-schemas.js';

export { OFFICE_KEYS, OFFICES_BY_LEVEL, OFFICE_NAMES, levelOfOffice } from './offices.js';
export type { OfficeKey } from './offices.js';
export {
  SeedAuthoritySchema,
  SeedCompetenceSchema,
  SeedEventPlaceSchema,
  SeedServiceSchema,
  OfficeKeySchema,
} from './seed-schemas.js';
export { SeedDataError } from './parse-records.js';
export { ruleFor, authorityIdFor } from './routing.js';
export type { Responsibility, SeedAuthority, SeedCompetence, SeedEventPlace } from './routing.js';

/** A service with the office responsible for it (and, if authored, its LeiKa key's evidence). */
export type SeedService = Service & {
  office: OfficeKey;
  leikaKeyEvidence?:
    | { status: 'verified'; source: { title: string; url?: string | undefined } }
    | { status: 'unverified'; note?: string | undefined };
};

/** Everything the reference server serves. */
export interface SeedData {
  lifeSituations: LifeSituation[];
  /** PVOG federal services and every authored file, deduplicated (authored wins per LeiKa key). */
  services: SeedService[];
  areas: Area[];
  /** The bodies routes lead to, with only sourced facts. */
  authorities: SeedAuthority[];
  /** Who handles which office where, each rule with its source (`competences.json`). */
  competences: SeedCompetence[];
  /** Services routed by the place of an event (`event-place.json`). */
  eventPlaces: SeedEventPlace[];
  /** Every form definition under `forms/`. */
  forms: FormDefinition[];
}

/** The file of PVOG federal services: authored services override it on the same LeiKa key. */
export const FEDERAL_SERVICES_FILE = 'federal-pvog.json';

const DEFAULT_SEED_DIR = new URL('./', import.meta.url);

function jsonFilesIn(dir: URL): URL[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => new URL(name, dir));
}

function loadServiceFile(file: URL): SeedService[] {
  return parseArrayFile(SeedServiceSchema, file).map((service, index) => {
    const officeLevel = levelOfOffice(service.office);
    if (officeLevel !== service.level) {
      throw new SeedDataError(
        `${displayPath(file)} [${index}] (${service.id}): level ${service.level} does not fit office ${service.office} (${officeLevel})`,
      );
    }
    return service;
  });
}

/** Merges the federal and authored services: authored wins per LeiKa key; ids must be unique. */
function mergeServices(federal: SeedService[], authored: Map<URL, SeedService[]>): SeedService[] {
  const authoredByLeika = new Map<string, string>();
  for (const [file, services] of authored) {
    for (const service of services) {
      const other = authoredByLeika.get(service.leikaKey);
      if (other !== undefined) {
        throw new SeedDataError(
          `${displayPath(file)}: LeiKa key ${service.leikaKey} of ${service.id} is already used by ${other}`,
        );
      }
      authoredByLeika.set(service.leikaKey, service.id);
    }
  }
  const merged = [
    ...[...authored.values()].flat(),
    ...federal.filter((service) => !authoredByLeika.has(service.leikaKey)),
  ];
  const seen = new Set<string>();
  for (const service of merged) {
    if (seen.has(service.id)) throw new SeedDataError(`Duplicate service id ${service.id}`);
    seen.add(service.id);
  }
  return merged;
}

function loadServices(servicesDir: URL): SeedService[] {
  let federal: SeedService[] = [];
  const authored = new Map<URL, SeedService[]>();
  for (const file of jsonFilesIn(servicesDir)) {
    const services = loadServiceFile(file);
    if (file.pathname.endsWith(`/${FEDERAL_SERVICES_FILE}`)) federal = services;
    else authored.set(file, services);
  }
  return mergeServices(federal, authored);
}

function loadForms(formsDir: URL): FormDefinition[] {
  const forms = jsonFilesIn(formsDir).map((file) =>
    parseRecord(FormDefinitionSchema, readJson(file), file),
  );
  const seen = new Set<string>();
  for (const form of forms) {
    if (seen.has(form.serviceId)) {
      throw new SeedDataError(`Two form definitions for service ${form.serviceId}`);
    }
    seen.add(form.serviceId);
  }
  return forms;
}

const GENERIC_AUTHORITIES = new Set(['municipality', 'district']);

/**
 * Checks the competence rules against each other and the authorities: each names an authority
 * or says "not offered" (not both), has a source unless marked unverified, names only existing
 * authorities, and no two rules cover the same office at the same area key (so the most
 * specific rule is always one).
 */
function checkCompetences(
  file: URL,
  rules: readonly SeedCompetence[],
  authorities: readonly SeedAuthority[],
  services: readonly SeedService[],
): void {
  const ids = new Set(authorities.map((authority) => authority.destinationId));
  const covered = new Map<string, string>();
  rules.forEach((rule, index) => {
    const where = `${displayPath(file)} [${index}] (${rule.id})`;
    if ((rule.authority === undefined) === (rule.notOffered === undefined)) {
      throw new SeedDataError(`${where}: give either an authority or notOffered`);
    }
    if (rule.sources.length === 0 && rule.unverified === undefined) {
      throw new SeedDataError(`${where}: a rule needs a source, or says why it is unverified`);
    }
    if (rule.authority !== undefined && !GENERIC_AUTHORITIES.has(rule.authority)) {
      if (!ids.has(rule.authority)) {
        throw new SeedDataError(`${where}: unknown authority ${rule.authority}`);
      }
    }
    for (const office of rule.offices) {
      for (const area of rule.areas) {
        const other = covered.get(`${office}@${area}`);
        if (other !== undefined) {
          throw new SeedDataError(`${where}: ${office} in ${area} is already covered by ${other}`);
        }
        covered.set(`${office}@${area}`, rule.id);
      }
    }
  });
  const ruled = new Set(rules.flatMap((rule) => rule.offices));
  const unruled = [...new Set(services.map((service) => service.office))].filter(
    (office) => !ruled.has(office),
  );
  if (unruled.length > 0) {
    throw new SeedDataError(`${displayPath(file)}: no rule for the offices ${unruled.join(', ')}`);
  }
}

function checkEventPlaces(file: URL, entries: readonly SeedEventPlace[], services: SeedService[]) {
  const ids = new Set(services.map((service) => service.id));
  for (const id of entries.flatMap((entry) => entry.services)) {
    if (!ids.has(id)) throw new SeedDataError(`${displayPath(file)}: unknown service ${id}`);
  }
}

/**
 * Reads and validates all seed data (default: the directory of this module). Throws a
 * `SeedDataError` naming the file, the record index and the invalid paths.
 */
export function loadSeedData(seedDir: URL = DEFAULT_SEED_DIR): SeedData {
  const dir = seedDir.href.endsWith('/') ? seedDir : new URL(`${seedDir.href}/`);
  const services = loadServices(new URL('services/', dir));
  const authorities = parseArrayFile(SeedAuthoritySchema, new URL('authorities.json', dir));
  const competencesFile = new URL('competences.json', dir);
  const competences = parseArrayFile(SeedCompetenceSchema, competencesFile);
  checkCompetences(competencesFile, competences, authorities, services);
  const eventPlacesFile = new URL('event-place.json', dir);
  const eventPlaces = parseArrayFile(SeedEventPlaceSchema, eventPlacesFile);
  checkEventPlaces(eventPlacesFile, eventPlaces, services);
  return {
    lifeSituations: parseArrayFile(LifeSituationSchema, new URL('life-situations.json', dir)),
    services,
    areas: parseArrayFile(AreaSchema, new URL('areas.json', dir)),
    authorities,
    competences,
    eventPlaces,
    forms: loadForms(new URL('forms/', dir)),
  };
}

/**
 * Who is responsible for a service in an area (a municipality's ARS, or for a service routed by
 * an event the ARS of the event's place): the routes, whose place decides, and whether the
 * service is not offered there.
 */
export function resolveResponsibility(
  data: SeedData,
  service: SeedService,
  ars: string,
): Responsibility {
  return resolveResponsibilityIn(data, service, ars);
}

/** The routes alone (`[]` when nobody is known or the service is not offered). */
export function resolveRoutes(data: SeedData, service: SeedService, ars: string): Route[] {
  return resolveResponsibility(data, service, ars).routes;
}
