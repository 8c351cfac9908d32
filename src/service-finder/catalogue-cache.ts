/**
 * The catalogue and its search index, once per page: several finders on one page share one
 * download and one index per locale. Failures are not cached, so "try again" really tries again.
 */
import type { PortalClient } from '../api/portal-client.js';
import type { Locale } from '../api/schemas/common.js';
import type { ServiceCatalogue } from '../api/schemas/service.js';
import { ServiceSearchIndex } from './search/index.js';

const catalogues = new WeakMap<PortalClient, Map<Locale, Promise<ServiceCatalogue>>>();
const indexes = new WeakMap<ServiceCatalogue, Map<Locale, Promise<ServiceSearchIndex>>>();

/**
 * The catalogue from `client` for `locale`, fetched once per page and language (the browser
 * revalidates it by ETag).
 */
export function loadCatalogue(client: PortalClient, locale: Locale): Promise<ServiceCatalogue> {
  let byLocale = catalogues.get(client);
  if (!byLocale) catalogues.set(client, (byLocale = new Map()));
  let pending = byLocale.get(locale);
  if (!pending) {
    pending = client.getCatalogue({ lang: locale });
    byLocale.set(locale, pending);
    pending.catch(() => byLocale.delete(locale));
  }
  return pending;
}

/** The search index of `catalogue` in `locale`, built once, in chunks that keep typing smooth. */
export function loadIndex(
  catalogue: ServiceCatalogue,
  locale: Locale,
): Promise<ServiceSearchIndex> {
  let byLocale = indexes.get(catalogue);
  if (!byLocale) indexes.set(catalogue, (byLocale = new Map()));
  let pending = byLocale.get(locale);
  if (!pending) {
    pending = ServiceSearchIndex.build(catalogue, locale);
    byLocale.set(locale, pending);
    pending.catch(() => byLocale.delete(locale));
  }
  return pending;
}
