/**
 * Drafts as rows, the same in the SQLite and the PostgreSQL store: the row, the record it maps to,
 * and the values each store's `INSERT` and `UPDATE` bind. The SQL stays in each store.
 */
import type { FormAnswers } from '../../../src/api/schemas/index.js';
import type { DraftRecord } from '../portal-store.js';
import { fromJson } from './columns.js';

/** A row of `drafts`. */
export interface DraftRow {
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

/** A row as the record the store answers. */
export function toDraft(row: DraftRow): DraftRecord {
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

/**
 * The values of a new draft, in the order of the `INSERT`'s columns: `token_hash, owner_sub,
 * resume_token, service_id, ars, step_id, answers_json, created_at, updated_at, expires_at`.
 */
export type DraftInsertValues = [
  tokenHash: string,
  ownerSub: string | null,
  resumeToken: string | null,
  serviceId: string,
  ars: string | null,
  stepId: string | null,
  answersJson: string,
  createdAt: string,
  updatedAt: string,
  expiresAt: string,
];

/** A new draft as the values its `INSERT` binds. */
export function draftInsertValues(draft: DraftRecord): DraftInsertValues {
  return [
    draft.tokenHash,
    draft.ownerSub ?? null,
    draft.resumeToken ?? null,
    draft.serviceId,
    draft.ars ?? null,
    draft.stepId ?? null,
    JSON.stringify(draft.answers),
    draft.createdAt,
    draft.updatedAt,
    draft.expiresAt,
  ];
}

/**
 * The values of a saved draft, in the order of the `UPDATE`: `SET ars, step_id, answers_json,
 * updated_at, expires_at` then `WHERE token_hash`. Owner, token and service never change.
 */
export type DraftUpdateValues = [
  ars: string | null,
  stepId: string | null,
  answersJson: string,
  updatedAt: string,
  expiresAt: string,
  tokenHash: string,
];

/** A saved draft as the values its `UPDATE` binds. */
export function draftUpdateValues(draft: DraftRecord): DraftUpdateValues {
  return [
    draft.ars ?? null,
    draft.stepId ?? null,
    JSON.stringify(draft.answers),
    draft.updatedAt,
    draft.expiresAt,
    draft.tokenHash,
  ];
}
