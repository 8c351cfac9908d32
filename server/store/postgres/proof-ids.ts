/**
 * DPoP proof ids on PostgreSQL, shared by every instance: the first instance to see a proof
 * records it; any instance that sees it again while it could still be accepted refuses it.
 */
import type pg from 'pg';
import type { ProofIdStore } from '../portal-store.js';
import { rows, statement } from './database.js';

const SQL = {
  // A row whose proof has expired may be taken over: such a proof fails its age check anyway.
  remember: statement(
    'proofIds.remember',
    `INSERT INTO dpop_proof_ids (jti, expires_at) VALUES ($1, $2)
     ON CONFLICT (jti) DO UPDATE SET expires_at = EXCLUDED.expires_at
       WHERE dpop_proof_ids.expires_at <= $3
     RETURNING jti`,
  ),
  purge: statement('proofIds.purge', 'DELETE FROM dpop_proof_ids WHERE expires_at <= $1'),
};

/** The PostgreSQL table of proof ids. */
export class PostgresProofIdStore implements ProofIdStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async remember(jti: string, expiresAt: number, now: number): Promise<boolean> {
    return (await rows(this.#pool, SQL.remember, [jti, expiresAt, now])).length === 1;
  }

  /** Deletes ids whose proofs have expired; answers how many. */
  async purgeExpired(now: number): Promise<number> {
    const result = await this.#pool.query({ ...SQL.purge, values: [now] });
    return result.rowCount ?? 0;
  }
}
