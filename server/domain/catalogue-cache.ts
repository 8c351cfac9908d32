/**
 * The whole catalogue (`GET /services`), serialized once and compressed once: every request is
 * a buffer copy. The compact form leaves out values the schema defaults, so it stays small.
 */
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import * as z from 'zod/mini';
import { ServiceCatalogueSchema, type ServiceCatalogue } from '../../src/api/schemas/index.js';
import { entityTag } from '../http/caching.js';
import type { PortalStore } from '../store/portal-store.js';

/** One stored representation of the catalogue. */
export interface CatalogueVariant {
  /** Quoted strong entity tag of this representation. */
  etag: string;
  body: Buffer;
  encoding?: 'gzip' | 'br';
}

/** The catalogue in every encoding, with its sizes. */
export class CatalogueCache {
  /** Entity tag of the content, unquoted; each encoding's tag extends it. */
  readonly tag: string;
  readonly identity: CatalogueVariant;
  readonly gzip: CatalogueVariant;
  readonly br: CatalogueVariant;
  readonly serviceCount: number;

  private constructor(catalogue: ServiceCatalogue, json: string) {
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

  /** Reads the catalogue from `store`, checks it against the contract and compresses it. */
  static async build(store: PortalStore): Promise<CatalogueCache> {
    const catalogue: ServiceCatalogue = {
      services: await store.listServiceSummaries(),
      lifeSituations: await store.listLifeSituations(),
    };
    // Check the compact form parses (defaults fill back in); send the compact form itself.
    z.parse(ServiceCatalogueSchema, catalogue);
    return new CatalogueCache(catalogue, JSON.stringify(catalogue));
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
