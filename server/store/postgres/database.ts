/**
 * The PostgreSQL connection pool and its schema: migrations from `./migrations/NNN-*.sql`, applied
 * under an advisory lock so several instances may start at once, each migration in its own
 * transaction and recorded in `schema_migrations`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** Folder of the PostgreSQL migrations. */
export const PG_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Advisory lock keys: one for migrations, one for reseeding the catalogue. */
export const LOCKS = { migrate: 0x5341_4152, seed: 0x5341_4153 } as const;

/** A named query: the driver prepares it once per connection and reuses it. */
export interface Statement {
  name: string;
  text: string;
}

/** Declares a prepared statement. */
export function statement(name: string, text: string): Statement {
  return { name, text };
}

/** Something that runs queries: the pool or one client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** Runs `statement` with `values` and answers its rows. */
export async function rows<Row extends pg.QueryResultRow>(
  db: Queryable,
  query: Statement,
  values: unknown[] = [],
): Promise<Row[]> {
  const result = await db.query<Row>({ name: query.name, text: query.text, values });
  return result.rows;
}

/** Runs `work` in one transaction on one connection; rolls back if it throws. */
export async function transaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Opens a pool for `connectionString`. */
export function openPool(connectionString: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString, max, application_name: 'saar-portal' });
}

/** Applies the migrations the database does not have yet; answers their names. */
export async function migratePostgres(pool: pg.Pool): Promise<string[]> {
  const files = readdirSync(PG_MIGRATIONS_DIR)
    .filter((file) => /^\d{3}-[\w-]+\.sql$/.test(file))
    .sort();
  const client = await pool.connect();
  const done: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCKS.migrate]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (row) => row.version,
      ),
    );
    for (const file of files) {
      const version = Number(file.slice(0, 3));
      if (applied.has(version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(new URL(file, `file://${PG_MIGRATIONS_DIR}`), 'utf8'));
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          version,
          file,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      done.push(file);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCKS.migrate]).catch(() => undefined);
    client.release();
  }
  return done;
}
