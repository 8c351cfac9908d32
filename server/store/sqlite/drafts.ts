/** Drafts in SQLite, keyed by the hash of their resume token. */
import type Database from 'better-sqlite3';
import type { FormAnswers } from '../../../src/api/schemas/index.js';
import type { DraftRecord, DraftStore } from '../portal-store.js';
import { fromJson } from './database.js';

interface DraftRow {
  token_hash: string;
  owner_sub: string | null;
  resume_token: string | null;
  service_id: string;
  ars: string | null;
  step_id: string | null;
  answers_json: string;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

function toDraft(row: DraftRow): DraftRecord {
  return {
    tokenHash: row.token_hash,
    ...(row.owner_sub === null ? {} : { ownerSub: row.owner_sub }),
    ...(row.resume_token === null ? {} : { resumeToken: row.resume_token }),
    serviceId: row.service_id,
    ...(row.ars === null ? {} : { ars: row.ars }),
    ...(row.step_id === null ? {} : { stepId: row.step_id }),
    answers: fromJson<FormAnswers>(row.answers_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}

function params(draft: DraftRecord): Record<string, string | null> {
  return {
    tokenHash: draft.tokenHash,
    ownerSub: draft.ownerSub ?? null,
    resumeToken: draft.resumeToken ?? null,
    serviceId: draft.serviceId,
    ars: draft.ars ?? null,
    stepId: draft.stepId ?? null,
    answers: JSON.stringify(draft.answers),
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    expiresAt: draft.expiresAt,
  };
}

function prepare(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT INTO drafts (token_hash, owner_sub, resume_token, service_id, ars, step_id, answers_json,
         created_at, updated_at, expires_at)
       VALUES (@tokenHash, @ownerSub, @resumeToken, @serviceId, @ars, @stepId, @answers,
         @createdAt, @updatedAt, @expiresAt)`,
    ),
    get: db.prepare<[string, string], DraftRow>(
      'SELECT * FROM drafts WHERE token_hash = ? AND expires_at > ?',
    ),
    update: db.prepare(
      `UPDATE drafts SET ars = @ars, step_id = @stepId, answers_json = @answers,
         updated_at = @updatedAt, expires_at = @expiresAt
       WHERE token_hash = @tokenHash`,
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
    this.#sql.insert.run(params(draft));
  }

  async get(tokenHash: string, now: string): Promise<DraftRecord | undefined> {
    const row = this.#sql.get.get(tokenHash, now);
    return row === undefined ? undefined : toDraft(row);
  }

  async update(draft: DraftRecord): Promise<void> {
    this.#sql.update.run(params(draft));
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
