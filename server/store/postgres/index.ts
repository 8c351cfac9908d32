/**
 * `PortalStore` on PostgreSQL (the `pg` driver), for several instances of the server on one
 * database: chosen by `DATABASE_URL`. One file per aggregate like the SQLite store; upload bytes in
 * the database (`PostgresBlobStore`); status changes announced with NOTIFY and heard by one LISTEN
 * connection per instance (`listenStatusEvents`). See docs/storage.md.
 */
import type pg from 'pg';
import type { StatusEvent } from '../../../src/api/schemas/index.js';
import type { BlobStore, PortalStore, PurgeResult } from '../portal-store.js';
import { PostgresApplicationStore } from './applications.js';
import { PostgresAttachmentStore } from './attachments.js';
import { PostgresBlobStore } from './blob-store.js';
import { PostgresCatalogueStore } from './catalogue.js';
import { migratePostgres, openPool } from './database.js';
import { PostgresDraftStore } from './drafts.js';
import { PostgresProofIdStore } from './proof-ids.js';
import { listenForStatusEvents } from './status-listener.js';

/** The PostgreSQL implementation of the portal store. */
export class PostgresStore implements PortalStore {
  readonly catalogue: PostgresCatalogueStore;
  readonly drafts: PostgresDraftStore;
  readonly attachments: PostgresAttachmentStore;
  readonly applications: PostgresApplicationStore;
  readonly proofIds: PostgresProofIdStore;
  readonly #pool: pg.Pool;
  readonly #connectionString: string;
  readonly #listeners = new Set<() => Promise<void>>();

  private constructor(pool: pg.Pool, connectionString: string, blobs: BlobStore) {
    this.#pool = pool;
    this.#connectionString = connectionString;
    this.catalogue = new PostgresCatalogueStore(pool);
    this.drafts = new PostgresDraftStore(pool);
    this.attachments = new PostgresAttachmentStore(pool, blobs);
    this.applications = new PostgresApplicationStore(pool);
    this.proofIds = new PostgresProofIdStore(pool);
  }

  /** Connects to `connectionString` and brings the schema up to date (under an advisory lock). */
  static async open(
    connectionString: string,
    options: { poolSize?: number } = {},
  ): Promise<PostgresStore> {
    const pool = openPool(connectionString, options.poolSize);
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool, connectionString, new PostgresBlobStore(pool));
  }

  /** The pool, for the identity provider's storage on the same database. */
  get pool(): pg.Pool {
    return this.#pool;
  }

  /** Hears every status event committed by any instance on this database. */
  async listenStatusEvents(
    listener: (event: StatusEvent) => void,
    onError?: (error: unknown) => void,
  ): Promise<() => Promise<void>> {
    const stop = await listenForStatusEvents(
      this.#connectionString,
      (id) => this.applications.getEvent(id),
      listener,
      onError,
    );
    this.#listeners.add(stop);
    return async () => {
      this.#listeners.delete(stop);
      await stop();
    };
  }

  async purgeExpired(now: string): Promise<PurgeResult> {
    return {
      drafts: await this.drafts.purgeExpired(now),
      attachments: await this.attachments.purgeExpired(now),
      idempotencyKeys: await this.applications.purgeExpiredKeys(now),
      proofIds: await this.proofIds.purgeExpired(Date.parse(now)),
    };
  }

  sweepOrphans(): Promise<number> {
    return this.attachments.sweepOrphans();
  }

  async close(): Promise<void> {
    await Promise.all([...this.#listeners].map((stop) => stop()));
    this.#listeners.clear();
    await this.#pool.end();
  }
}
