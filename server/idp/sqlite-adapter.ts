/**
 * Storage of the local provider's state (sessions, pending logins, grants, codes, tokens) in
 * SQLite (`DATA_DIR/idp/provider.sqlite`), so logins survive a server restart. Implements
 * oidc-provider's adapter interface; one table, rows expire by time.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AdapterPayload, ProviderAdapter } from 'oidc-provider';

/** Seconds added to every expiry, like the library's own adapter (its clock tolerance). */
const EXPIRY_GRACE_SECONDS = 15;
/** Expired rows are swept after this many writes. */
const SWEEP_EVERY_WRITES = 200;

interface Row {
  payload: string;
  consumed_at: number | null;
}

/** An open provider database; `adapterFor` is the adapter factory for the provider's config. */
export interface ProviderStorage {
  adapterFor(model: string): ProviderAdapter;
  close(): void;
}

/** Opens (creating if needed) the provider's database in `dataDir`. */
export function openProviderStorage(dataDir: string): ProviderStorage {
  mkdirSync(join(dataDir, 'idp'), { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'idp', 'provider.sqlite');
  // Readable by the server's user only (SQLite gives its -wal and -shm files the same mode).
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS provider_state (
      model TEXT NOT NULL,
      id TEXT NOT NULL,
      payload TEXT NOT NULL,
      grant_id TEXT,
      user_code TEXT,
      uid TEXT,
      expires_at INTEGER,
      consumed_at INTEGER,
      PRIMARY KEY (model, id)
    );
    CREATE INDEX IF NOT EXISTS provider_state_grant ON provider_state (grant_id);
    CREATE INDEX IF NOT EXISTS provider_state_uid ON provider_state (model, uid);
    CREATE INDEX IF NOT EXISTS provider_state_user_code ON provider_state (model, user_code);
  `);

  const live = '(expires_at IS NULL OR expires_at > ?)';
  const statements = {
    upsert: db.prepare(`
      INSERT INTO provider_state (model, id, payload, grant_id, user_code, uid, expires_at, consumed_at)
      VALUES (@model, @id, @payload, @grantId, @userCode, @uid, @expiresAt, NULL)
      ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload,
        grant_id = excluded.grant_id, user_code = excluded.user_code, uid = excluded.uid,
        expires_at = excluded.expires_at, consumed_at = NULL`),
    find: db.prepare<[string, string, number], Row>(
      `SELECT payload, consumed_at FROM provider_state WHERE model = ? AND id = ? AND ${live}`,
    ),
    findByUid: db.prepare<[string, string, number], Row>(
      `SELECT payload, consumed_at FROM provider_state WHERE model = ? AND uid = ? AND ${live}`,
    ),
    findByUserCode: db.prepare<[string, string, number], Row>(
      `SELECT payload, consumed_at FROM provider_state WHERE model = ? AND user_code = ? AND ${live}`,
    ),
    consume: db.prepare('UPDATE provider_state SET consumed_at = ? WHERE model = ? AND id = ?'),
    destroy: db.prepare('DELETE FROM provider_state WHERE model = ? AND id = ?'),
    revokeByGrantId: db.prepare('DELETE FROM provider_state WHERE grant_id = ?'),
    sweep: db.prepare(
      'DELETE FROM provider_state WHERE expires_at IS NOT NULL AND expires_at <= ?',
    ),
  };
  statements.sweep.run(Date.now());
  let writes = 0;

  const toPayload = (row: Row | undefined): AdapterPayload | undefined => {
    if (row === undefined) return undefined;
    const payload = JSON.parse(row.payload) as AdapterPayload;
    return row.consumed_at === null ? payload : { ...payload, consumed: row.consumed_at };
  };

  const adapterFor = (model: string): ProviderAdapter => ({
    async upsert(id, payload, expiresIn) {
      statements.upsert.run({
        model,
        id,
        payload: JSON.stringify(payload),
        grantId: typeof payload.grantId === 'string' ? payload.grantId : null,
        userCode: typeof payload.userCode === 'string' ? payload.userCode : null,
        uid: typeof payload.uid === 'string' ? payload.uid : null,
        expiresAt:
          typeof expiresIn === 'number'
            ? Date.now() + (expiresIn + EXPIRY_GRACE_SECONDS) * 1000
            : null,
      });
      writes += 1;
      if (writes % SWEEP_EVERY_WRITES === 0) statements.sweep.run(Date.now());
    },
    async find(id) {
      return toPayload(statements.find.get(model, id, Date.now()));
    },
    async findByUid(uid) {
      return toPayload(statements.findByUid.get(model, uid, Date.now()));
    },
    async findByUserCode(userCode) {
      return toPayload(statements.findByUserCode.get(model, userCode, Date.now()));
    },
    async consume(id) {
      statements.consume.run(Math.floor(Date.now() / 1000), model, id);
    },
    async destroy(id) {
      statements.destroy.run(model, id);
    },
    async revokeByGrantId(grantId) {
      statements.revokeByGrantId.run(grantId);
    },
  });

  return { adapterFor, close: () => db.close() };
}
