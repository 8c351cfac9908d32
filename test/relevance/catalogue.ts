/**
 * The real catalogue, as the browser gets it: the seed's services in compact form (as
 * `GET /services` sends them) and parsed back through the contract (as the client does).
 */
import * as z from 'zod/mini';
import { ServiceCatalogueSchema, type ServiceCatalogue } from '../../src/api/schemas/index.js';
import { loadSeedData } from '../../server/seed/index.js';
import { compactSummary } from '../../server/store/catalogue-seed.js';

/** The catalogue as `GET /services` serialises it (defaults left out). */
export function compactCatalogue(): { services: unknown[]; lifeSituations: unknown[] } {
  const seed = loadSeedData();
  return { services: seed.services.map(compactSummary), lifeSituations: seed.lifeSituations };
}

/** The catalogue as the service finder holds it after the client parsed the response. */
export function loadCatalogue(): ServiceCatalogue {
  return z.parse(ServiceCatalogueSchema, compactCatalogue());
}
