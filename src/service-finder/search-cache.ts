/**
 * The search of one language's catalogue, once per page and client: finders in one language
 * share its downloads and indexes; a finder in another language loads that language's catalogue
 * (decision 0040 trims each to its language; decision 0090 measured two of them against one
 * with every language). The catalogue comes in two parts (decision 0090): the curated services
 * first, searchable at once; the long tail only once a citizen starts searching, when the whole
 * catalogue is indexed again and replaces the first index. Failures are not cached, so "try
 * again" really tries again.
 */
import type { PortalClient } from '../api/portal-client.js';
import type { Locale } from '../api/schemas/common.js';
import type { ServiceCatalogue } from '../api/schemas/service.js';
import { ServiceSearchIndex } from './search/index.js';

/** One language's catalogue search on this page. */
export class CatalogueSearch {
  /** The index of the curated services: what a finder searches first. */
  readonly first: Promise<ServiceSearchIndex>;
  private readonly curated: Promise<ServiceCatalogue>;
  private whole: Promise<ServiceSearchIndex> | undefined;

  constructor(
    private readonly client: PortalClient,
    private readonly locale: Locale,
  ) {
    this.curated = client.getCatalogue({ lang: locale, part: 'curated' });
    this.first = this.curated.then((catalogue) => ServiceSearchIndex.build(catalogue, locale));
  }

  /**
   * The index of the whole catalogue: loads the long tail (once, on the first call) and indexes
   * everything together, so the result ranks exactly as an index of the whole catalogue does
   * (the curated part comes first in the portal's order too).
   */
  complete(): Promise<ServiceSearchIndex> {
    if (!this.whole) {
      const longTail = this.client.getCatalogue({ lang: this.locale, part: 'long-tail' });
      const whole = Promise.all([this.curated, longTail]).then(([curated, rest]) =>
        ServiceSearchIndex.build(
          {
            services: [...curated.services, ...rest.services],
            lifeSituations: curated.lifeSituations,
          },
          this.locale,
        ),
      );
      whole.catch(() => {
        if (this.whole === whole) this.whole = undefined;
      });
      this.whole = whole;
    }
    return this.whole;
  }
}

const searches = new WeakMap<PortalClient, Map<Locale, CatalogueSearch>>();

/** The catalogue search of `client`'s portal in `locale`, created on first use. */
export function catalogueSearch(client: PortalClient, locale: Locale): CatalogueSearch {
  let byLocale = searches.get(client);
  if (!byLocale) searches.set(client, (byLocale = new Map()));
  let search = byLocale.get(locale);
  if (!search) {
    const created = new CatalogueSearch(client, locale);
    byLocale.set(locale, created);
    created.first.catch(() => {
      if (byLocale.get(locale) === created) byLocale.delete(locale);
    });
    search = created;
  }
  return search;
}
