/**
 * The whole catalogue (`GET /services`), serialized once and compressed once: every request is
 * a buffer copy. The compact form leaves out values the schema defaults, so it stays small.
 */
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import * as z from 'zod/mini';
import { ServiceCatalogueSchema, type ServiceCatalogue } from '../../src/api/schemas/index.js';
import { LOCALES, type Locale } from '../../src/api/vocabulary.js';
import {
  CATALOGUE_PARTS,
  cataloguePartOf,
  type CataloguePart,
} from '../../src/api/rules/catalogue-parts.js';
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

const keyOf = (locale: Locale | undefined, part: CataloguePart | undefined) =>
  `${locale ?? 'all'}${part === undefined ? '' : `/${part}`}`;

/**
 * The catalogue for every language (`?lang=`) and for all at once, whole and in its two parts
 * (`?part=`, decision 0090), built once at start.
 */
export class CatalogueCache {
  private readonly variants: Map<string, CatalogueEncodings>;

  private constructor(variants: Map<string, CatalogueEncodings>) {
    this.variants = variants;
  }

  /** Reads the catalogue from `store`, checks each language's form and compresses it. */
  static async build(store: CatalogueStore): Promise<CatalogueCache> {
    const full: ServiceCatalogue = {
      services: await store.listServiceSummaries(),
      lifeSituations: await store.listLifeSituations(),
    };
    // Parts by the untrimmed records: whether a service is translated shows only there.
    const parts: Record<CataloguePart, ServiceCatalogue> = {
      curated: {
        services: full.services.filter((service) => cataloguePartOf(service) === 'curated'),
        lifeSituations: full.lifeSituations,
      },
      'long-tail': {
        services: full.services.filter((service) => cataloguePartOf(service) === 'long-tail'),
        lifeSituations: [],
      },
    };
    const variants = new Map<string, CatalogueEncodings>();
    for (const locale of [undefined, ...LOCALES]) {
      for (const part of [undefined, ...CATALOGUE_PARTS]) {
        const catalogue = catalogueForLanguage(part === undefined ? full : parts[part], locale);
        // Check the compact form parses (defaults fill back in); send the compact form itself.
        z.parse(ServiceCatalogueSchema, catalogue);
        variants.set(
          keyOf(locale, part),
          new CatalogueEncodings(catalogue, JSON.stringify(catalogue)),
        );
      }
    }
    return new CatalogueCache(variants);
  }

  /** The catalogue for `locale` (every language when `undefined`), whole or one `part` of it. */
  forLanguage(locale: Locale | undefined, part?: CataloguePart): CatalogueEncodings {
    return this.variants.get(keyOf(locale, part))!;
  }

  /** Number of services. */
  get serviceCount(): number {
    return this.forLanguage(undefined).serviceCount;
  }

  /** Sizes in bytes per language (`all` for every language) and part, for logs and benchmarks. */
  sizes(): Record<string, { identity: number; gzip: number; br: number }> {
    return Object.fromEntries(
      [...this.variants].map(([key, encodings]) => [key, encodings.sizes()]),
    );
  }
}
