/**
 * `PortalStore` on an embedded SQLite file (better-sqlite3, WAL): the default store of the
 * reference server, for one process. One file per aggregate, each preparing its statements once;
 * upload bytes in files next to the database (`FileBlobStore`).
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { FileBlobStore } from '../file-blob-store.js';
import { MemoryProofIdStore } from '../memory-proof-ids.js';
import type { BlobStore, PortalStore, PurgeResult } from '../portal-store.js';
import { SqliteApplicationStore } from './applications.js';
import { SqliteAttachmentStore } from './attachments.js';
import { SqliteCatalogueStore } from './catalogue.js';
import { openDatabase } from './database.js';
import { SqliteDraftStore } from './drafts.js';

export { DATABASE_FILE } from './database.js';

/** Folder of upload bytes inside the data folder. */
export const ATTACHMENTS_FOLDER = 'attachments';

/** The SQLite implementation of the portal store. */
export class SqliteStore implements PortalStore {
  readonly catalogue: SqliteCatalogueStore;
  readonly drafts: SqliteDraftStore;
  readonly attachments: SqliteAttachmentStore;
  readonly applications: SqliteApplicationStore;
  /** In memory: one process serves a SQLite store (docs/storage.md). */
  readonly proofIds = new MemoryProofIdStore();
  readonly #db: Database.Database;
  readonly #migrations: Database.Statement<[], { name: string }>;

  private constructor(db: Database.Database, blobs: BlobStore) {
    this.#db = db;
    this.catalogue = new SqliteCatalogueStore(db);
    this.drafts = new SqliteDraftStore(db);
    this.attachments = new SqliteAttachmentStore(db, blobs);
    this.applications = new SqliteApplicationStore(db);
    this.#migrations = db.prepare('SELECT name FROM schema_migrations ORDER BY version');
  }

  /** Opens (creating if needed) the database in `dataDir`; upload bytes go to `blobs`. */
  static open(
    dataDir: string,
    blobs: BlobStore = new FileBlobStore(join(dataDir, ATTACHMENTS_FOLDER)),
  ): SqliteStore {
    return new SqliteStore(openDatabase(dataDir), blobs);
  }

  /** How writes reach the disk (for tests and diagnostics). */
  durability(): { journalMode: string; synchronous: string } {
    const levels = ['off', 'normal', 'full', 'extra'];
    return {
      journalMode: String(this.#db.pragma('journal_mode', { simple: true })),
      synchronous: levels[Number(this.#db.pragma('synchronous', { simple: true }))] ?? 'unknown',
    };
  }

  /** Names of the migrations recorded in this database (for tests and diagnostics). */
  appliedMigrations(): string[] {
    return this.#migrations.all().map((row) => row.name);
  }

  async purgeExpired(now: string): Promise<PurgeResult> {
    const { drafts, attachmentIds, idempotencyKeys } = this.#db.transaction(() => ({
      drafts: this.drafts.purgeExpired(now),
      attachmentIds: this.attachments.purgeExpiredRows(now),
      idempotencyKeys: this.applications.purgeExpiredKeys(now),
    }))();
    // Rows first, then bytes: a crash in between leaves orphan bytes, which `sweepOrphans` finds.
    await this.attachments.deleteBlobs(attachmentIds);
    return { drafts, attachments: attachmentIds.length, idempotencyKeys };
  }

  sweepOrphans(): Promise<number> {
    return this.attachments.sweepOrphans();
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}
