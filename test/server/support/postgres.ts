/**
 * A throwaway PostgreSQL cluster for a test file: `initdb` in a temporary folder, started on a
 * free port as an unprivileged user (the cluster refuses to run as root), stopped and deleted
 * afterwards. No Docker. A developer with their own server sets `TEST_DATABASE_URL` (a role that
 * may create databases) and the tests use that instead.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBinDir } from '../../../scripts/ensure-postgres.mjs';

const REPO = new URL('../../../', import.meta.url);

/** A database server for tests. */
export interface TestDatabase {
  /** Connection string of the server's maintenance database. */
  readonly url: string;
  /** Creates an empty database and answers its connection string. */
  fresh(): Promise<string>;
  /** Stops the cluster (or drops the databases made on a developer's server). */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.href;
}

function databaseMaker(url: string): { fresh(): Promise<string>; made: string[] } {
  const made: string[] = [];
  return {
    made,
    async fresh() {
      const name = `portal_test_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      made.push(name);
      return withDatabase(url, name);
    },
  };
}

/** Starts (or connects to) a database server for this test file. */
export async function startTestDatabase(
  options: { durable?: boolean } = {},
): Promise<TestDatabase> {
  const external = process.env.TEST_DATABASE_URL;
  if (external !== undefined && external !== '') {
    const maker = databaseMaker(external);
    return {
      url: external,
      fresh: maker.fresh,
      async stop() {
        const client = new pg.Client({ connectionString: external });
        await client.connect();
        for (const name of maker.made)
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }

  let bin = postgresBinDir();
  if (bin === undefined) {
    execFileSync(process.execPath, ['scripts/ensure-postgres.mjs'], {
      cwd: REPO,
      stdio: 'inherit',
    });
    bin = postgresBinDir();
  }
  if (bin === undefined)
    throw new Error('PostgreSQL is not installed (see scripts/ensure-postgres.mjs)');

  // As root, run the cluster as the `postgres` user the Debian package creates.
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot
    ? {
        uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
        gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
      }
    : undefined;
  const run = (program: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, program), args, { stdio: 'pipe' });

  const dir = mkdtempSync(join(tmpdir(), 'portal-pg-'));
  const data = join(dir, 'data');
  const sockets = join(dir, 'sockets');
  mkdirSync(sockets);
  if (owner !== undefined) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(sockets, owner.uid, owner.gid);
  }
  run('initdb', [
    '-D',
    data,
    '-U',
    'portal',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${sockets}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(options.durable === true ? [] : ['-c fsync=off', '-c synchronous_commit=off']),
  ].join(' ');
  run('pg_ctl', [
    '-D',
    data,
    '-o',
    settings,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const url = `postgres://portal@127.0.0.1:${port}/postgres`;
  const maker = databaseMaker(url);
  return {
    url,
    fresh: maker.fresh,
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
