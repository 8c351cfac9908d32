/** Drafts in SQLite, keyed by the hash of their resume token. */
import type Database from 'better-sqlite3';
import type { DraftRecord, DraftStore } from '../portal-store.js';
import {
  draftInsertValues,
  draftUpdateValues,
  toDraft,
  type DraftInsertValues,
  type DraftRow,
  type DraftUpdateValues,
} from '../rows/drafts.js';

function prepare(db: Database.Database) {
  return {
    insert: db.prepare<DraftInsertValues>(
      `INSERT INTO drafts (token_hash, owner_sub, resume_token, service_id, ars, step_id, answers_json,
         created_at, updated_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare<[string, string], DraftRow>(
      'SELECT * FROM drafts WHERE token_hash = ? AND expires_at > ?',
    ),
    update: db.prepare<DraftUpdateValues>(
      `UPDATE drafts SET ars = ?, step_id = ?, answers_json = ?, updated_at = ?, expires_at = ?
       WHERE token_hash = ?`,
    ),
    delete: db.prepare<[string]>('DELETE FROM drafts WHERE token_hash = ?'),
    byOwner: db.prepare<[string, string], DraftRow>(
      'SELECT * FROM drafts WHERE owner_sub = ? AND expires_at > ? ORDER BY updated_at DESC',
    ),
    purge: db.prepare<[string]>('DELETE FROM drafts WHERE expires_at <= ?'),
  };
}

/** The draft part of the SQLite store. */
export class SqliteDraftStore implements DraftStore {
  readonly #sql: ReturnType<typeof prepare>;

  constructor(db: Database.Database) {
    this.#sql = prepare(db);
  }

  async create(draft: DraftRecord): Promise<void> {
    this.#sql.insert.run(...draftInsertValues(draft));
  }

  async get(tokenHash: string, now: string): Promise<DraftRecord | undefined> {
    const row = this.#sql.get.get(tokenHash, now);
    return row === undefined ? undefined : toDraft(row);
  }

  async update(draft: DraftRecord): Promise<void> {
    this.#sql.update.run(...draftUpdateValues(draft));
  }

  async delete(tokenHash: string): Promise<boolean> {
    return this.#sql.delete.run(tokenHash).changes > 0;
  }

  async listByOwner(ownerSub: string, now: string): Promise<DraftRecord[]> {
    return this.#sql.byOwner.all(ownerSub, now).map(toDraft);
  }

  /** Deletes expired drafts (the store's purge calls it); answers how many. */
  purgeExpired(now: string): number {
    return this.#sql.purge.run(now).changes;
  }
}
