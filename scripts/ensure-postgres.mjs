#!/usr/bin/env node
// Makes sure the PostgreSQL server programs are there for the store suite and the two-instance
// test, which start a throwaway cluster of their own (test/server/support/postgres.ts). A developer
// with their own server sets TEST_DATABASE_URL instead. Missing programs are installed with
// apt-get (Debian's `postgresql`) if we are root; otherwise we stop naming what to install.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = '/usr/lib/postgresql';

/** The folder of `initdb`, `pg_ctl` and `postgres` (the newest installed major version). */
export function postgresBinDir() {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(ROOT, versions[0], 'bin');
}

function main() {
  if (process.env.TEST_DATABASE_URL || postgresBinDir() !== undefined) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian package for the PostgreSQL tests: postgresql');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], {
      stdio: 'inherit',
      env,
    });
    if (postgresBinDir() !== undefined) return;
  }
  console.error(
    [
      'The PostgreSQL tests need the PostgreSQL server programs (initdb, pg_ctl), not found under',
      `${ROOT}/<version>/bin. Install them with: sudo apt-get install postgresql`,
      'or point the tests at a server of your own: TEST_DATABASE_URL=postgres://user@host/db',
      '(or at the programs: PG_BIN_DIR=/path/to/bin).',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
