/**
 * The search index, once per page, client and language: finders in one language share one
 * download of the catalogue and one index; a finder in another language downloads that
 * language's catalogue (decision 0040 trims each to its language; decision 0090 measured that two
 * of them weigh less than one with every language). Failures are not cached, so "try again"
 * really tries again.
 */
import type { PortalClient } from '../api/portal-client.js';
import type { Locale } from '../api/schemas/common.js';
import { ServiceSearchIndex } from './search/index.js';

const indexes = new WeakMap<PortalClient, Map<Locale, Promise<ServiceSearchIndex>>>();

/**
 * The search index of the catalogue `client`'s portal serves in `locale`: it answers once the
 * curated services are searchable and indexes the others after that (`ServiceSearchIndex.start`).
 */
export function loadSearchIndex(client: PortalClient, locale: Locale): Promise<ServiceSearchIndex> {
  let byLocale = indexes.get(client);
  if (!byLocale) indexes.set(client, (byLocale = new Map()));
  let pending = byLocale.get(locale);
  if (!pending) {
    pending = client
      .getCatalogue({ lang: locale })
      .then((catalogue) => ServiceSearchIndex.start(catalogue, locale));
    byLocale.set(locale, pending);
    pending.catch(() => byLocale.delete(locale));
  }
  return pending;
}
