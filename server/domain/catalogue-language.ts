/**
 * The catalogue as sent for one language (`GET /services?lang=fr`): names in German and that
 * language only, keywords in every language (so a French word typed into a German page still
 * finds its service) but reduced to the words the sent names do not already hold: search matches
 * words, not phrases. This keeps the catalogue within about 60 kB gzip. Without a language, names
 * stay complete, for API clients that show several. See docs/decisions/0040-compact-catalogue.md.
 */
import type { LanguageMap, Locale } from '../../src/api/vocabulary.js';
import type { ServiceCatalogue, ServiceSummary } from '../../src/api/schemas/service.js';

const words = (text: string) =>
  text
    .toLocaleLowerCase('de')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The names of a service in German and `locale`. */
function namesFor(name: LanguageMap, locale: Locale | undefined): LanguageMap {
  if (locale === undefined) return name;
  const local = name[locale];
  return locale === 'de' || local === undefined
    ? { de: name.de }
    : { de: name.de, [locale]: local };
}

/** Keyword phrases reduced to the words neither the names nor an earlier keyword hold. */
function keywordsBeyond(
  keywords: ServiceSummary['keywords'] | undefined,
  names: LanguageMap,
): ServiceSummary['keywords'] {
  const known = new Set(Object.values(names).flatMap((name) => words(name ?? '')));
  const result: ServiceSummary['keywords'] = {};
  for (const [locale, phrases] of Object.entries(keywords ?? {}) as Array<[Locale, string[]]>) {
    const seen = new Set(known);
    const kept = phrases.flatMap((phrase) => {
      const fresh = words(phrase).filter((word) => !seen.has(word));
      fresh.forEach((word) => seen.add(word));
      return fresh.length > 0 ? [fresh.join(' ')] : [];
    });
    if (kept.length > 0) result[locale] = kept;
  }
  return result;
}

/** The compact catalogue trimmed for `locale` (all names when `undefined`). */
export function catalogueForLanguage(
  catalogue: ServiceCatalogue,
  locale: Locale | undefined,
): ServiceCatalogue {
  const services = catalogue.services.map((service) => {
    const name = namesFor(service.name, locale);
    const keywords = keywordsBeyond(service.keywords, name);
    const { keywords: _all, ...rest } = service;
    return {
      ...rest,
      name,
      ...(Object.keys(keywords).length > 0 ? { keywords } : {}),
    } as ServiceSummary;
  });
  return { ...catalogue, services };
}
