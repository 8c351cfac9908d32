/** Drafts on PostgreSQL, keyed by the hash of their resume token. */
import type pg from 'pg';
import type { DraftRecord, DraftStore } from '../portal-store.js';
import { draftInsertValues, draftUpdateValues, toDraft, type DraftRow } from '../rows/drafts.js';
import { rows, statement } from './database.js';

const SQL = {
  insert: statement(
    'drafts.insert',
    `INSERT INTO drafts (token_hash, owner_sub, resume_token, service_id, ars, step_id, answers_json,
       created_at, updated_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
  ),
  get: statement('drafts.get', 'SELECT * FROM drafts WHERE token_hash = $1 AND expires_at > $2'),
  update: statement(
    'drafts.update',
    `UPDATE drafts SET ars = $1, step_id = $2, answers_json = $3, updated_at = $4, expires_at = $5
     WHERE token_hash = $6`,
  ),
  delete: statement('drafts.delete', 'DELETE FROM drafts WHERE token_hash = $1 RETURNING 1'),
  byOwner: statement(
    'drafts.byOwner',
    'SELECT * FROM drafts WHERE owner_sub = $1 AND expires_at > $2 ORDER BY updated_at DESC',
  ),
  purge: statement('drafts.purge', 'DELETE FROM drafts WHERE expires_at <= $1 RETURNING 1'),
};

/** The draft part of the PostgreSQL store. */
export class PostgresDraftStore implements DraftStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async create(draft: DraftRecord): Promise<void> {
    await rows(this.#pool, SQL.insert, draftInsertValues(draft));
  }

  async get(tokenHash: string, now: string): Promise<DraftRecord | undefined> {
    const [row] = await rows<DraftRow>(this.#pool, SQL.get, [tokenHash, now]);
    return row === undefined ? undefined : toDraft(row);
  }

  async update(draft: DraftRecord): Promise<void> {
    await rows(this.#pool, SQL.update, draftUpdateValues(draft));
  }

  async delete(tokenHash: string): Promise<boolean> {
    return (await rows(this.#pool, SQL.delete, [tokenHash])).length > 0;
  }

  async listByOwner(ownerSub: string, now: string): Promise<DraftRecord[]> {
    return (await rows<DraftRow>(this.#pool, SQL.byOwner, [ownerSub, now])).map(toDraft);
  }

  /** Deletes expired drafts; answers how many. */
  async purgeExpired(now: string): Promise<number> {
    return (await rows(this.#pool, SQL.purge, [now])).length;
  }
}
