/**
 * The whole catalogue (`GET /services`), serialized once and compressed once: every request is
 * a buffer copy. The compact form leaves out values the schema defaults, so it stays small.
 */
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import * as z from 'zod/mini';
import { ServiceCatalogueSchema, type ServiceCatalogue } from '../../src/api/schemas/index.js';
import { LOCALES, type Locale } from '../../src/api/vocabulary.js';
import { catalogueForLanguage } from '../domain/catalogue-language.js';
import { entityTag } from './caching.js';
import type { CatalogueStore } from '../store/portal-store.js';

/** One stored representation of the catalogue. */
export interface CatalogueVariant {
  /** Quoted strong entity tag of this representation. */
  etag: string;
  body: Buffer;
  encoding?: 'gzip' | 'br';
}

/** The catalogue for one language (or all) in every encoding, with its sizes. */
export class CatalogueEncodings {
  /** Entity tag of the content, unquoted; each encoding's tag extends it. */
  readonly tag: string;
  readonly identity: CatalogueVariant;
  readonly gzip: CatalogueVariant;
  readonly br: CatalogueVariant;
  readonly serviceCount: number;

  constructor(catalogue: ServiceCatalogue, json: string) {
    const body = Buffer.from(json, 'utf8');
    this.tag = entityTag(body);
    this.serviceCount = catalogue.services.length;
    this.identity = { etag: `"${this.tag}"`, body };
    this.gzip = {
      etag: `"${this.tag}-gzip"`,
      body: gzipSync(body, { level: 9 }),
      encoding: 'gzip',
    };
    this.br = {
      etag: `"${this.tag}-br"`,
      body: brotliCompressSync(body, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
      encoding: 'br',
    };
  }

  /** The variant for a preferred encoding. */
  variant(encoding: 'gzip' | 'br' | undefined): CatalogueVariant {
    return encoding === 'br' ? this.br : encoding === 'gzip' ? this.gzip : this.identity;
  }

  /** Sizes in bytes, for logs and the benchmark. */
  sizes(): { identity: number; gzip: number; br: number } {
    return {
      identity: this.identity.body.length,
      gzip: this.gzip.body.length,
      br: this.br.body.length,
    };
  }
}

/** The catalogue for every language (`?lang=`) and for all at once, built once at start. */
export class CatalogueCache {
  private readonly byLanguage: Map<Locale | undefined, CatalogueEncodings>;

  private constructor(byLanguage: Map<Locale | undefined, CatalogueEncodings>) {
    this.byLanguage = byLanguage;
  }

  /** Reads the catalogue from `store`, checks each language's form and compresses it. */
  static async build(store: CatalogueStore): Promise<CatalogueCache> {
    const full: ServiceCatalogue = {
      services: await store.listServiceSummaries(),
      lifeSituations: await store.listLifeSituations(),
    };
    const byLanguage = new Map<Locale | undefined, CatalogueEncodings>();
    for (const locale of [undefined, ...LOCALES]) {
      const catalogue = catalogueForLanguage(full, locale);
      // Check the compact form parses (defaults fill back in); send the compact form itself.
      z.parse(ServiceCatalogueSchema, catalogue);
      byLanguage.set(locale, new CatalogueEncodings(catalogue, JSON.stringify(catalogue)));
    }
    return new CatalogueCache(byLanguage);
  }

  /** The catalogue for `locale`, or with every language when `undefined`. */
  forLanguage(locale: Locale | undefined): CatalogueEncodings {
    return this.byLanguage.get(locale)!;
  }

  /** Number of services. */
  get serviceCount(): number {
    return this.forLanguage(undefined).serviceCount;
  }

  /** Sizes in bytes per language (`all` for every language), for logs and the benchmark. */
  sizes(): Record<string, { identity: number; gzip: number; br: number }> {
    return Object.fromEntries(
      [...this.byLanguage].map(([locale, encodings]) => [locale ?? 'all', encodings.sizes()]),
    );
  }
}
