/**
 * Opens the portal's SQLite file: created readable by the server's user only, WAL mode,
 * `synchronous = FULL` (an acknowledged application is on disk, decision 0055), foreign keys on,
 * schema brought up to date.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

/** File name of the database inside the data folder. */
export const DATABASE_FILE = 'portal.sqlite';

/** Opens (creating if needed) the database in `dataDir` and migrates it. */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, DATABASE_FILE);
  // SQLite gives its -wal and -shm files the database file's mode: create that one 0600 first.
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
