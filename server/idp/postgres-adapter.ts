/**
 * The local provider's state (sessions, pending logins, grants, codes, tokens) in PostgreSQL
 * (`provider_state`, created by the store's migrations), so a login that starts on one instance
 * finishes on another. The same adapter interface and expiry rules as `sqlite-adapter.ts`.
 */
import type pg from 'pg';
import type { AdapterPayload, ProviderAdapter } from 'oidc-provider';
import { rows, statement } from '../store/postgres/database.js';
import type { ProviderStorage } from './sqlite-adapter.js';

/** Seconds added to every expiry, like the library's own adapter (its clock tolerance). */
const EXPIRY_GRACE_SECONDS = 15;
/** Expired rows are swept after this many writes. */
const SWEEP_EVERY_WRITES = 200;

interface Row {
  payload: string;
  consumed_at: string | null;
}

const live = '(expires_at IS NULL OR expires_at > $3)';
const SQL = {
  upsert: statement(
    'idp.upsert',
    `INSERT INTO provider_state (model, id, payload, grant_id, user_code, uid, expires_at, consumed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)
     ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload,
       grant_id = excluded.grant_id, user_code = excluded.user_code, uid = excluded.uid,
       expires_at = excluded.expires_at, consumed_at = NULL`,
  ),
  find: statement(
    'idp.find',
    `SELECT payload, consumed_at FROM provider_state WHERE model = $1 AND id = $2 AND ${live}`,
  ),
  findByUid: statement(
    'idp.findByUid',
    `SELECT payload, consumed_at FROM provider_state WHERE model = $1 AND uid = $2 AND ${live}`,
  ),
  findByUserCode: statement(
    'idp.findByUserCode',
    `SELECT payload, consumed_at FROM provider_state WHERE model = $1 AND user_code = $2 AND ${live}`,
  ),
  consume: statement(
    'idp.consume',
    'UPDATE provider_state SET consumed_at = $1 WHERE model = $2 AND id = $3',
  ),
  destroy: statement('idp.destroy', 'DELETE FROM provider_state WHERE model = $1 AND id = $2'),
  revokeByGrantId: statement(
    'idp.revokeByGrantId',
    'DELETE FROM provider_state WHERE grant_id = $1',
  ),
  sweep: statement(
    'idp.sweep',
    'DELETE FROM provider_state WHERE expires_at IS NOT NULL AND expires_at <= $1',
  ),
};

/** The provider's storage on `pool` (the store's; closing the store closes it). */
export function postgresProviderStorage(pool: pg.Pool): ProviderStorage {
  let writes = 0;
  const toPayload = (row: Row | undefined): AdapterPayload | undefined => {
    if (row === undefined) return undefined;
    const payload = JSON.parse(row.payload) as AdapterPayload;
    return row.consumed_at === null ? payload : { ...payload, consumed: Number(row.consumed_at) };
  };
  const one = async (query: typeof SQL.find, values: unknown[]) =>
    toPayload((await rows<Row>(pool, query, values))[0]);

  const adapterFor = (model: string): ProviderAdapter => ({
    async upsert(id, payload, expiresIn) {
      await rows(pool, SQL.upsert, [
        model,
        id,
        JSON.stringify(payload),
        typeof payload.grantId === 'string' ? payload.grantId : null,
        typeof payload.userCode === 'string' ? payload.userCode : null,
        typeof payload.uid === 'string' ? payload.uid : null,
        typeof expiresIn === 'number'
          ? Date.now() + (expiresIn + EXPIRY_GRACE_SECONDS) * 1000
          : null,
      ]);
      writes += 1;
      if (writes % SWEEP_EVERY_WRITES === 0) await rows(pool, SQL.sweep, [Date.now()]);
    },
    find: (id) => one(SQL.find, [model, id, Date.now()]),
    findByUid: (uid) => one(SQL.findByUid, [model, uid, Date.now()]),
    findByUserCode: (userCode) => one(SQL.findByUserCode, [model, userCode, Date.now()]),
    async consume(id) {
      await rows(pool, SQL.consume, [Math.floor(Date.now() / 1000), model, id]);
    },
    async destroy(id) {
      await rows(pool, SQL.destroy, [model, id]);
    },
    async revokeByGrantId(grantId) {
      await rows(pool, SQL.revokeByGrantId, [grantId]);
    },
  });

  // The pool belongs to the store, which closes it.
  return { adapterFor, close: () => undefined };
}
