/** Uploads on PostgreSQL: the metadata rows, and the bytes through a blob store. */
import type { Readable } from 'node:stream';
import type pg from 'pg';
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
  type AttachmentRow,
} from '../rows/attachments.js';
import { rows, statement } from './database.js';

const SQL = {
  insert: statement(
    'attachments.insert',
    `INSERT INTO attachments (id, filename, media_type, size, sha256, owner_sub, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  ),
  get: statement(
    'attachments.get',
    `SELECT a.*, (SELECT l.reference FROM application_attachments l WHERE l.attachment_id = a.id
       LIMIT 1) AS reference
     FROM attachments a WHERE a.id = ANY($1::text[])`,
  ),
  exists: statement('attachments.exists', 'SELECT 1 FROM attachments WHERE id = $1'),
  discard: statement(
    'attachments.discard',
    `DELETE FROM attachments WHERE id = $1
       AND id NOT IN (SELECT attachment_id FROM application_attachments)`,
  ),
  claim: statement(
    'attachments.claim',
    `UPDATE attachments
     SET expires_at = CASE WHEN expires_at < $1 THEN $1 ELSE expires_at END,
         draft_token_hash = CASE WHEN owner_sub IS NULL THEN coalesce(draft_token_hash, $2)
           ELSE draft_token_hash END
     WHERE id = ANY($3::text[]) AND expires_at IS NOT NULL`,
  ),
  purge: statement(
    'attachments.purge',
    'DELETE FROM attachments WHERE expires_at IS NOT NULL AND expires_at <= $1 RETURNING id',
  ),
};

/** The upload part of the PostgreSQL store. */
export class PostgresAttachmentStore implements AttachmentStore {
  readonly #pool: pg.Pool;
  readonly #blobs: BlobStore;

  constructor(pool: pg.Pool, blobs: BlobStore) {
    this.#pool = pool;
    this.#blobs = blobs;
  }

  async save(attachment: NewAttachment, bytes: Readable): Promise<AttachmentRecord> {
    return saveUpload(this.#blobs, attachment, bytes, (record) =>
      rows(this.#pool, SQL.insert, attachmentInsertValues(record)),
    );
  }

  async get(ids: readonly string[]): Promise<AttachmentRecord[]> {
    if (ids.length === 0) return [];
    const found = await rows<AttachmentRow>(this.#pool, SQL.get, [[...ids]]);
    const byId = new Map(found.map((row) => [row.id, toAttachment(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async open(id: string): Promise<Readable | undefined> {
    const found = await rows(this.#pool, SQL.exists, [id]);
    return found.length === 0 ? undefined : this.#blobs.get(id);
  }

  async discard(id: string): Promise<void> {
    await rows(this.#pool, SQL.discard, [id]);
    await this.#blobs.delete([id]);
  }

  async claim(ids: readonly string[], draftTokenHash: string, expiresAt: string): Promise<void> {
    if (ids.length > 0) await rows(this.#pool, SQL.claim, [expiresAt, draftTokenHash, [...ids]]);
  }

  /** Deletes expired rows, then their bytes; answers how many. */
  async purgeExpired(now: string): Promise<number> {
    const removed = (await rows<{ id: string }>(this.#pool, SQL.purge, [now])).map((row) => row.id);
    await this.#blobs.delete(removed);
    return removed.length;
  }

  /** Removes bytes without a record. */
  sweepOrphans(): Promise<number> {
    return this.#blobs.sweep(async () => new Set());
  }
}
