/**
 * The reference server's seed data: life situations, services (PVOG federal catalogue plus the
 * authored municipal, district and state services), areas, authorities and form definitions,
 * read from the JSON files next to this module and validated with the contract's schemas.
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
import { resolveRoutesFor } from './routing.js';
import { SeedAuthoritySchema, SeedServiceSchema } from './seed-schemas.js';

export { OFFICE_KEYS, OFFICES_BY_LEVEL, OFFICE_NAMES, levelOfOffice } from './offices.js';
export type { OfficeKey } from './offices.js';
export { SeedAuthoritySchema, SeedServiceSchema, OfficeKeySchema } from './seed-schemas.js';
export { SeedDataError } from './parse-records.js';

/** A service with the office responsible for it. */
export type SeedService = Service & { office: OfficeKey };
/** An authority: a route plus the areas it serves and the offices it houses. */
export type SeedAuthority = Route & { servesArs: string[]; offices: OfficeKey[] };

/** Everything the reference server serves. */
export interface SeedData {
  lifeSituations: LifeSituation[];
  /** PVOG federal services and every authored file, deduplicated (authored wins per LeiKa key). */
  services: SeedService[];
  areas: Area[];
  authorities: SeedAuthority[];
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

/**
 * Reads and validates all seed data (default: the directory of this module). Throws a
 * `SeedDataError` naming the file, the record index and the invalid paths.
 */
export function loadSeedData(seedDir: URL = DEFAULT_SEED_DIR): SeedData {
  const dir = seedDir.href.endsWith('/') ? seedDir : new URL(`${seedDir.href}/`);
  return {
    lifeSituations: parseArrayFile(LifeSituationSchema, new URL('life-situations.json', dir)),
    services: loadServices(new URL('services/', dir)),
    areas: parseArrayFile(AreaSchema, new URL('areas.json', dir)),
    authorities: parseArrayFile(SeedAuthoritySchema, new URL('authorities.json', dir)),
    forms: loadForms(new URL('forms/', dir)),
  };
}

/**
 * The authorities responsible for a service in an area (a municipality's ARS), by the
 * service's office and level; `[]` when none is known.
 */
export function resolveRoutes(
  data: SeedData,
  service: SeedService,
  municipalityArs: string,
): Route[] {
  return resolveRoutesFor(data.authorities, service, municipalityArs);
}
