/**
 * The catalogue as sent for one language (`GET /services?lang=fr`): names in German and that
 * language only, keywords in every language (so a French word typed into a German page still
 * finds its service) without the words the sent names already hold. Each keyword stays a phrase
 * of its own (the finder ranks a query that is one of a service's keywords first: `Ausweis
 * abgelaufen` is the identity card's, not the disability card's); one made of name words only
 * stays whole. Without a language, names stay complete, for API clients that show several. See
 * docs/decisions/0040-compact-catalogue.md.
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

/**
 * Keyword phrases without the words the names hold (a phrase of name words only kept whole),
 * each phrase once. Words an earlier keyword holds stay: dropping them (as this did until issue
 * 14) broke `Ausweis abgelaufen` into `abgelaufen` and lost the phrase the finder ranks by, for
 * about 1.7 kB brotli on the German catalogue.
 */
function keywordsBeyond(
  keywords: ServiceSummary['keywords'] | undefined,
  names: LanguageMap,
): ServiceSummary['keywords'] {
  const known = new Set(Object.values(names).flatMap((name) => words(name ?? '')));
  const result: ServiceSummary['keywords'] = {};
  for (const [locale, phrases] of Object.entries(keywords ?? {}) as Array<[Locale, string[]]>) {
    const seen = new Set<string>();
    const kept = phrases.flatMap((phrase) => {
      const all = words(phrase);
      const fresh = all.filter((word) => !known.has(word));
      const text = (fresh.length > 0 ? fresh : all).join(' ');
      if (text === '' || seen.has(text)) return [];
      seen.add(text);
      return [text];
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
