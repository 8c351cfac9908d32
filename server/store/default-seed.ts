/** The seed data of `server/seed/` as a `SeedSource` for the store. */
import { loadSeedData, resolveResponsibility, type SeedService } from '../seed/index.js';
import type { SeedSource } from './catalogue-seed.js';

/** Loads and validates `server/seed/` (throws `SeedDataError` naming the bad record). */
export function loadDefaultSeed(): SeedSource<SeedService> {
  const data = loadSeedData();
  return {
    lifeSituations: data.lifeSituations,
    services: data.services,
    areas: data.areas,
    forms: data.forms,
    resolveResponsibility: (service, municipalityArs) =>
      resolveResponsibility(data, service, municipalityArs),
  };
}
