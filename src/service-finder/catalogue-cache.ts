/**
 * The catalogue and its search index, once per page: several finders on one page share one
 * download and one index per locale. Failures are not cached, so "try again" really tries again.
 */
import type { PortalClient } from '../api/portal-client.js';
import type { Locale } from '../api/schemas/common.js';
import type { ServiceCatalogue } from '../api/schemas/service.js';
import { ServiceSearchIndex } from './search/index.js';

const catalogues = new WeakMap<PortalClient, Promise<ServiceCatalogue>>();
const indexes = new WeakMap<ServiceCatalogue, Map<Locale, Promise<ServiceSearchIndex>>>();

/** The catalogue from `client`, fetched once per page (the browser revalidates it by ETag). */
export function loadCatalogue(client: PortalClient): Promise<ServiceCatalogue> {
  let pending = catalogues.get(client);
  if (!pending) {
    pending = client.getCatalogue();
    catalogues.set(client, pending);
    pending.catch(() => catalogues.delete(client));
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
