/**
 * The catalogue searches of a page: one per client and language, sharing their downloads.
 *
 * The catalogue comes in two parts (decision 0090): the curated services, searchable at once,
 * and the long tail, loaded only once a citizen starts searching, when the whole catalogue is
 * indexed again and replaces the first index. The long tail holds German only, so every language
 * shares one download of it. The curated part is trimmed to one language (decision 0040): a page
 * whose finders speak one language loads that language's; a page whose finders speak several
 * loads it once with every language, which weighs far less than one per language (decision
 * 0090 has the figures). Failures are not cached, so "try again" really tries again.
 */
import type { PortalClient } from '../api/portal-client.js';
import type { Locale } from '../api/schemas/common.js';
import type { ServiceCatalogue } from '../api/schemas/service.js';
import { ServiceSearchIndex } from './search/index.js';

/** A promise that forgets itself on failure (the next call asks again). */
function remembered<T>(
  slot: { current: Promise<T> | undefined },
  load: () => Promise<T>,
): Promise<T> {
  if (!slot.current) {
    const pending = load();
    slot.current = pending;
    pending.catch(() => {
      if (slot.current === pending) slot.current = undefined;
    });
  }
  return slot.current;
}

/** The downloads of one portal's catalogue on this page. */
class PageCatalogue {
  private readonly everyLanguage = { current: undefined as Promise<ServiceCatalogue> | undefined };
  private readonly byLanguage = new Map<
    Locale,
    { current: Promise<ServiceCatalogue> | undefined }
  >();
  private readonly longTail = { current: undefined as Promise<ServiceCatalogue> | undefined };

  constructor(
    private readonly client: PortalClient,
    private readonly pageLocales: () => ReadonlySet<Locale>,
  ) {}

  /** The curated part for a finder in `locale` (see the module comment). */
  curated(locale: Locale): Promise<ServiceCatalogue> {
    if (this.everyLanguage.current) return this.everyLanguage.current;
    let slot = this.byLanguage.get(locale);
    if (slot?.current) return slot.current;
    if (this.byLanguage.size === 0 && this.pageLocales().size > 1) {
      return remembered(this.everyLanguage, () => this.client.getCatalogue({ part: 'curated' }));
    }
    if (!slot) this.byLanguage.set(locale, (slot = { current: undefined }));
    return remembered(slot, () => this.client.getCatalogue({ lang: locale, part: 'curated' }));
  }

  /** The long tail: German names only, so one download serves every language. */
  rest(): Promise<ServiceCatalogue> {
    return remembered(this.longTail, () => this.client.getCatalogue({ part: 'long-tail' }));
  }
}

/** One language's catalogue search on this page. */
export class CatalogueSearch {
  /** The index of the curated services: what a finder searches first. */
  readonly first: Promise<ServiceSearchIndex>;
  private readonly curated: Promise<ServiceCatalogue>;
  private readonly whole = { current: undefined as Promise<ServiceSearchIndex> | undefined };

  constructor(
    private readonly catalogue: PageCatalogue,
    private readonly locale: Locale,
  ) {
    this.curated = catalogue.curated(locale);
    this.first = this.curated.then((curated) => ServiceSearchIndex.build(curated, locale));
  }

  /**
   * The index of the whole catalogue: loads the long tail (once, on the first call) and indexes
   * everything together, so the result ranks exactly as an index of the whole catalogue does
   * (the curated part comes first in the portal's order too).
   *
   * Starts only once the first index is built: checked and indexed side by side, the long tail
   * took turns with the curated part and delayed the first result by about a third (decision
   * 0090, `npm run bench:first-load`).
   */
  complete(): Promise<ServiceSearchIndex> {
    return remembered(this.whole, () =>
      this.first.then(() =>
        Promise.all([this.curated, this.catalogue.rest()]).then(([curated, rest]) =>
          ServiceSearchIndex.build(
            {
              services: [...curated.services, ...rest.services],
              lifeSituations: curated.lifeSituations,
            },
            this.locale,
          ),
        ),
      ),
    );
  }
}

const catalogues = new WeakMap<PortalClient, PageCatalogue>();
const searches = new WeakMap<PortalClient, Map<Locale, CatalogueSearch>>();

/**
 * The catalogue search of `client`'s portal in `locale`, created on first use. `pageLocales`
 * names the languages of the page's finders, to load one catalogue for all of them.
 */
export function catalogueSearch(
  client: PortalClient,
  locale: Locale,
  pageLocales: () => ReadonlySet<Locale>,
): CatalogueSearch {
  let catalogue = catalogues.get(client);
  if (!catalogue) catalogues.set(client, (catalogue = new PageCatalogue(client, pageLocales)));
  let byLocale = searches.get(client);
  if (!byLocale) searches.set(client, (byLocale = new Map()));
  let search = byLocale.get(locale);
  if (!search) {
    const created = new CatalogueSearch(catalogue, locale);
    byLocale.set(locale, created);
    created.first.catch(() => {
      if (byLocale.get(locale) === created) byLocale.delete(locale);
    });
    search = created;
  }
  return search;
}
