/**
 * The real catalogue, as the browser gets it: the seed's services in compact form, trimmed for
 * the page's language (as `GET /services?lang=` sends them), and parsed back through the contract
 * (as the client does).
 */
import * as z from 'zod/mini';
import { ServiceCatalogueSchema, type ServiceCatalogue } from '../../src/api/schemas/index.js';
import type { Locale } from '../../src/api/vocabulary.js';
import { loadSeedData } from '../../server/seed/index.js';
import { catalogueForLanguage } from '../../server/domain/catalogue-language.js';
import { compactSummary } from '../../server/store/catalogue-seed.js';

let compactAll: ServiceCatalogue | undefined;

/** The catalogue as `GET /services?lang=<locale>` serialises it (defaults left out). */
export function compactCatalogue(locale: Locale = 'de'): {
  services: unknown[];
  lifeSituations: unknown[];
} {
  if (!compactAll) {
    const seed = loadSeedData();
    compactAll = {
      services: seed.services.map(compactSummary),
      lifeSituations: seed.lifeSituations,
    };
  }
  return catalogueForLanguage(compactAll, locale);
}

/** The catalogue as a finder speaking `locale` holds it after the client parsed the response. */
export function loadCatalogue(locale: Locale = 'de'): ServiceCatalogue {
  return z.parse(ServiceCatalogueSchema, compactCatalogue(locale));
}
