/** Uploads in SQLite: the metadata rows, and the bytes through a blob store. */
import type { Readable } from 'node:stream';
import type Database from 'better-sqlite3';
import type {
  AttachmentRecord,
  AttachmentStore,
  BlobStore,
  NewAttachment,
} from '../portal-store.js';
import {
  attachmentInsertValues,
  saveUpload,
  toAttachment,
  type AttachmentInsertValues,
  type AttachmentRow,
} from '../rows/attachments.js';

function prepare(db: Database.Database) {
  return {
    insert: db.prepare<AttachmentInsertValues>(
      `INSERT INTO attachments (id, filename, media_type, size, sha256, owner_sub, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare<[string], AttachmentRow>(
      `SELECT a.*, (SELECT l.reference FROM application_attachments l WHERE l.attachment_id = a.id
         LIMIT 1) AS reference
       FROM attachments a WHERE a.id = ?`,
    ),
    claim: db.prepare<[string, string, string, string]>(
      `UPDATE attachments
       SET expires_at = CASE WHEN expires_at < ? THEN ? ELSE expires_at END,
           draft_token_hash = CASE WHEN owner_sub IS NULL THEN coalesce(draft_token_hash, ?)
             ELSE draft_token_hash END
       WHERE id = ? AND expires_at IS NOT NULL`,
    ),
    discard: db.prepare<[string]>(
      'DELETE FROM attachments WHERE id = ? AND id NOT IN (SELECT attachment_id FROM application_attachments)',
    ),
    purge: db.prepare<[string], { id: string }>(
      'DELETE FROM attachments WHERE expires_at IS NOT NULL AND expires_at <= ? RETURNING id',
    ),
    known: db.prepare<[string], { id: string }>(
      'SELECT id FROM attachments WHERE id IN (SELECT value FROM json_each(?))',
    ),
  };
}

/** The upload part of the SQLite store. */
export class SqliteAttachmentStore implements AttachmentStore {
  readonly #db: Database.Database;
  readonly #sql: ReturnType<typeof prepare>;
  readonly #blobs: BlobStore;

  constructor(db: Database.Database, blobs: BlobStore) {
    this.#db = db;
    this.#sql = prepare(db);
    this.#blobs = blobs;
  }

  async save(attachment: NewAttachment, bytes: Readable): Promise<AttachmentRecord> {
    return saveUpload(this.#blobs, attachment, bytes, (record) =>
      this.#sql.insert.run(...attachmentInsertValues(record)),
    );
  }

  async get(ids: readonly string[]): Promise<AttachmentRecord[]> {
    return ids.flatMap((id) => {
      const row = this.#sql.get.get(id);
      return row === undefined ? [] : [toAttachment(row)];
    });
  }

  async open(id: string): Promise<Readable | undefined> {
    return this.#sql.get.get(id) === undefined ? undefined : this.#blobs.get(id);
  }

  async discard(id: string): Promise<void> {
    this.#sql.discard.run(id);
    await this.#blobs.delete([id]);
  }

  async claim(ids: readonly string[], draftTokenHash: string, expiresAt: string): Promise<void> {
    this.#db.transaction(() => {
      for (const id of ids) this.#sql.claim.run(expiresAt, expiresAt, draftTokenHash, id);
    })();
  }

  /** Deletes expired rows (inside the store's purge transaction); answers their ids. */
  purgeExpiredRows(now: string): string[] {
    return this.#sql.purge.all(now).map((row) => row.id);
  }

  /** Deletes blobs whose rows are gone. */
  deleteBlobs(ids: readonly string[]): Promise<void> {
    return this.#blobs.delete(ids);
  }

  /** Removes bytes without a record (a crash between writing them and the row). */
  sweepOrphans(): Promise<number> {
    return this.#blobs.sweep(async (ids) => {
      const known = this.#sql.known.all(JSON.stringify(ids)).map((row) => row.id);
      return new Set(known);
    });
  }
}
