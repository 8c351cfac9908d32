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
import { cataloguePartOf, type CataloguePart } from '../../src/api/rules/catalogue-parts.js';

let compactAll: ServiceCatalogue | undefined;

/** The compact catalogue with every language, as the server holds it. */
function compactWhole(): ServiceCatalogue {
  if (!compactAll) {
    const seed = loadSeedData();
    compactAll = {
      services: seed.services.map(compactSummary),
      lifeSituations: seed.lifeSituations,
    };
  }
  return compactAll;
}

/** The catalogue as `GET /services?lang=<locale>` serialises it (defaults left out). */
export function compactCatalogue(locale: Locale = 'de'): {
  services: unknown[];
  lifeSituations: unknown[];
} {
  return catalogueForLanguage(compactWhole(), locale);
}

/** The catalogue as a finder speaking `locale` holds it after the client parsed the response. */
export function loadCatalogue(locale: Locale = 'de'): ServiceCatalogue {
  return z.parse(ServiceCatalogueSchema, compactCatalogue(locale));
}

/**
 * The catalogue as a finder holds it after loading both parts (decision 0090): the curated part,
 * then the long tail, each trimmed for `locale` as `GET /services?lang=&part=` sends it.
 */
export function catalogueInParts(locale: Locale | undefined): ServiceCatalogue {
  const all = compactWhole();
  const part = (name: CataloguePart) => ({
    services: all.services.filter((service) => cataloguePartOf(service) === name),
    lifeSituations: name === 'curated' ? all.lifeSituations : [],
  });
  const curated = z.parse(ServiceCatalogueSchema, catalogueForLanguage(part('curated'), locale));
  const longTail = z.parse(ServiceCatalogueSchema, catalogueForLanguage(part('long-tail'), locale));
  return {
    services: [...curated.services, ...longTail.services],
    lifeSituations: curated.lifeSituations,
  };
}
