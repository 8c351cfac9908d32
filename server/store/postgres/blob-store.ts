/**
 * Upload bytes in the database (`blobs`, bytea): every instance reads what any instance wrote, and
 * the database's backups and replicas hold them with their records. Uploads are at most 10 MB, so
 * a row holds one whole. An object store (S3-compatible) can take over behind the same interface
 * when the database grows too large for that (docs/storage.md).
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type pg from 'pg';
import type { BlobStore } from '../portal-store.js';
import { rows, statement } from './database.js';

const SQL = {
  put: statement('blobs.put', 'INSERT INTO blobs (id, bytes) VALUES ($1, $2)'),
  get: statement('blobs.get', 'SELECT bytes FROM blobs WHERE id = $1'),
  delete: statement('blobs.delete', 'DELETE FROM blobs WHERE id = ANY($1::text[])'),
  // Another instance may be between writing bytes and their record: only old orphans go.
  sweep: statement(
    'blobs.sweep',
    `DELETE FROM blobs b WHERE b.created_at < now() - interval '10 minutes'
       AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.id = b.id) RETURNING 1`,
  ),
};

/** Blobs in a PostgreSQL table. */
export class PostgresBlobStore implements BlobStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async put(id: string, bytes: Readable): Promise<{ size: number; sha256: string }> {
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    for await (const chunk of bytes) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      hash.update(buffer);
      chunks.push(buffer);
    }
    const all = Buffer.concat(chunks);
    await rows(this.#pool, SQL.put, [id, all]);
    return { size: all.length, sha256: hash.digest('hex') };
  }

  async get(id: string): Promise<Readable | undefined> {
    const [row] = await rows<{ bytes: Buffer }>(this.#pool, SQL.get, [id]);
    return row === undefined ? undefined : Readable.from([row.bytes]);
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await rows(this.#pool, SQL.delete, [ids]);
  }

  async sweep(): Promise<number> {
    return (await rows(this.#pool, SQL.sweep)).length;
  }
}
