/**
 * `npm run bench:server`: requests per second and p50/p99 latency of the reference server on this
 * machine for the catalogue (200 and 304), routes, an application's status and submissions, then
 * how many concurrent status streams one process holds and what a status change costs to fan out
 * to all — once on SQLite and once on PostgreSQL (a throwaway cluster with fsync on, or
 * `TEST_DATABASE_URL`), printed side by side.
 *
 * The server runs in a child process (bench/server/server-process.ts) on loopback with a
 * temporary data folder; autocannon runs here. Knobs (environment):
 *   BENCH_STORES  which stores, comma list (default `sqlite,postgres`)
 *   BENCH_DURATION  seconds per scenario (default 5)
 *   BENCH_CONNECTIONS  concurrent connections per scenario (default 20)
 *   BENCH_STREAMS  status streams to ramp up to (default 2000), BENCH_STREAM_STEP (default 250)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startTestDatabase, type TestDatabase } from '../../test/server/support/postgres.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const MAX_STREAMS = Number(process.env.BENCH_STREAMS ?? 2000);
const STREAM_STEP = Number(process.env.BENCH_STREAM_STEP ?? 250);
/** Stop ramping when the server's resident memory passes this many MB. */
const MEMORY_LIMIT_MB = Number(process.env.BENCH_MEMORY_LIMIT_MB ?? 1024);
/** Give up on the stream test after this long. */
const STREAM_DEADLINE_MS = 120_000;

const STORES = (process.env.BENCH_STORES ?? 'sqlite,postgres')
  .split(',')
  .map((name) => name.trim())
  .filter((name) => name === 'sqlite' || name === 'postgres');

interface ServerInfo {
  url: string;
  reference: string;
  accessCode: string;
  leikaKey: string;
  ars: string;
  submission: unknown;
}

/** Starts the server process (on PostgreSQL when `databaseUrl`) and waits for its ready line. */
async function startServer(
  databaseUrl?: string,
): Promise<{ child: ChildProcess; info: ServerInfo }> {
  const script = fileURLToPath(new URL('./server-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: databaseUrl ?? '' },
  });
  const lines = createInterface({ input: child.stdout! });
  const info = await new Promise<ServerInfo>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    lines.once('line', (line) => resolve(JSON.parse(line) as ServerInfo));
  });
  return { child, info };
}

/** Resident memory of a process in MB (Linux). */
function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

interface Row {
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function scenario(
  name: string,
  url: string,
  headers: Record<string, string>,
  expectedStatus: number,
  body?: unknown,
): Promise<Row> {
  const result = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: DURATION,
    expectBody: undefined,
    ...(body === undefined
      ? {}
      : {
          method: 'POST' as const,
          requests: [
            {
              method: 'POST' as const,
              // A new Idempotency-Key per request: each one a new application.
              setupRequest: (request: Record<string, unknown>) => ({
                ...request,
                headers: {
                  ...headers,
                  'content-type': 'application/json',
                  'idempotency-key': randomUUID(),
                },
                body: JSON.stringify(body),
              }),
            },
          ],
        }),
  });
  const wrong =
    expectedStatus === 304
      ? result.non2xx - (result.statusCodeStats['304']?.count ?? 0)
      : result.non2xx;
  return {
    scenario: name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: wrong,
    errors: result.errors + result.timeouts,
  };
}

/** One open status stream. */
interface Stream {
  request: ClientRequest;
  response?: IncomingMessage;
  received: string;
}

/** Opens a status stream on its own socket; resolves once the history has arrived. */
function openStream(info: ServerInfo): Promise<Stream> {
  const url = new URL(
    `/api/v1/applications/${info.reference}/events/stream?code=${info.accessCode}`,
    info.url,
  );
  return new Promise((resolve, reject) => {
    const stream: Stream = {
      request: request(url, { agent: false, headers: { accept: 'text/event-stream' } }),
      received: '',
    };
    const timer = setTimeout(() => reject(new Error('stream did not open in 10 s')), 10_000);
    stream.request.on('response', (response) => {
      stream.response = response;
      if (response.statusCode !== 200) {
        clearTimeout(timer);
        reject(new Error(`stream answered ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        stream.received += chunk;
        if (stream.received.includes('data:')) {
          clearTimeout(timer);
          resolve(stream);
        }
      });
    });
    stream.request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    stream.request.end();
  });
}

/** Ramps up status streams in steps until the target, an error, the memory limit or the deadline. */
async function streamTest(info: ServerInfo, pid: number) {
  const streams: Stream[] = [];
  const baseline = residentMb(pid);
  const started = Date.now();
  let stoppedBy = 'target reached';
  while (streams.length < MAX_STREAMS) {
    const batch = Math.min(STREAM_STEP, MAX_STREAMS - streams.length);
    const opened = await Promise.allSettled(Array.from({ length: batch }, () => openStream(info)));
    const failed = opened.filter((result) => result.status === 'rejected');
    for (const result of opened) if (result.status === 'fulfilled') streams.push(result.value);
    if (failed.length > 0) {
      stoppedBy = `errors (${(failed[0] as PromiseRejectedResult).reason})`;
      break;
    }
    if (residentMb(pid) > MEMORY_LIMIT_MB) {
      stoppedBy = `memory limit ${MEMORY_LIMIT_MB} MB`;
      break;
    }
    if (Date.now() - started > STREAM_DEADLINE_MS) {
      stoppedBy = 'time limit';
      break;
    }
  }
  const held = residentMb(pid);

  // Fan-out: one caseworker change, time until every stream has the new event.
  for (const stream of streams) stream.received = '';
  const changeAt = performance.now();
  const change = await fetch(
    new URL(`/api/v1/caseworker/applications/${info.reference}/status`, info.url),
    {
      method: 'POST',
      headers: { authorization: 'Bearer bench-caseworker', 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'PROCESSING' }),
    },
  );
  if (!change.ok) throw new Error(`status change failed: ${change.status}`);
  const deadline = Date.now() + 30_000;
  while (
    streams.some((stream) => !stream.received.includes('"PROCESSING"')) &&
    Date.now() < deadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const fanOutMs = Math.round(performance.now() - changeAt);
  const delivered = streams.filter((stream) => stream.received.includes('"PROCESSING"')).length;

  for (const stream of streams) stream.request.destroy();
  return {
    held: streams.length,
    stoppedBy,
    baselineMb: baseline,
    heldMb: held,
    fanOutMs,
    delivered,
  };
}

/** Prints the scenarios of every store side by side. */
function printTable(results: ReadonlyArray<{ store: string; rows: Row[] }>): void {
  const header = [
    'scenario',
    ...results.flatMap(({ store }) => [`${store} req/s`, 'p50 ms', 'p99 ms', 'bad']),
  ];
  const lines = results[0]!.rows.map((row, index) => [
    row.scenario,
    ...results.flatMap(({ rows }) => {
      const cell = rows[index]!;
      return [
        String(cell.requestsPerSecond),
        String(cell.p50),
        String(cell.p99),
        String(cell.non2xx + cell.errors),
      ];
    }),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}

/** Every scenario and the stream test against one store. */
async function benchStore(store: string, databaseUrl?: string) {
  const { child, info } = await startServer(databaseUrl);
  try {
    const catalogue = await fetch(new URL('/api/v1/services', info.url), {
      headers: { 'accept-encoding': 'gzip' },
    });
    const etag = catalogue.headers.get('etag') ?? '';
    const gzipBytes = Number(catalogue.headers.get('content-length'));
    await catalogue.arrayBuffer();
    const rows: Row[] = [];
    rows.push(
      await scenario(
        'GET /services (gzip, 200)',
        `${info.url}/api/v1/services`,
        { 'accept-encoding': 'gzip' },
        200,
      ),
    );
    rows.push(
      await scenario(
        'GET /services (If-None-Match, 304)',
        `${info.url}/api/v1/services`,
        { 'accept-encoding': 'gzip', 'if-none-match': etag },
        304,
      ),
    );
    rows.push(
      await scenario(
        'GET /routes',
        `${info.url}/api/v1/routes?leikaKey=${info.leikaKey}&ars=${info.ars}`,
        {},
        200,
      ),
    );
    rows.push(
      await scenario(
        'GET /applications/{ref} (X-Access-Code)',
        `${info.url}/api/v1/applications/${info.reference}`,
        { 'x-access-code': info.accessCode },
        200,
      ),
    );
    rows.push(
      await scenario(
        'POST /applications (new key each)',
        `${info.url}/api/v1/applications`,
        {},
        201,
        info.submission,
      ),
    );
    console.log(
      `${store}: scenarios done; status streams: ramping to ${MAX_STREAMS} in steps of ${STREAM_STEP} ...`,
    );
    const streams = await streamTest(info, child.pid!);
    return { store, rows, streams, gzipBytes };
  } finally {
    child.kill('SIGTERM');
  }
}

console.log(
  `Portal server benchmark (loopback), ${DURATION} s per scenario, ${CONNECTIONS} connections, stores: ${STORES.join(', ')}`,
);
const results = [];
let database: TestDatabase | undefined;
try {
  for (const store of STORES) {
    if (store === 'postgres') {
      // fsync on: the figures of a database that keeps what it acknowledged.
      database ??= await startTestDatabase({ durable: true });
      results.push(await benchStore(store, await database.fresh()));
    } else {
      results.push(await benchStore(store));
    }
  }
} finally {
  await database?.stop();
}
console.log('');
printTable(results);
console.log(`\nCatalogue: ${results[0]?.gzipBytes} bytes gzip on the wire.`);
for (const { store, streams } of results) {
  console.log(
    `${store}: held ${streams.held} concurrent status streams (${streams.stoppedBy}); server memory ${streams.baselineMb} MB → ${streams.heldMb} MB RSS` +
      ` (~${streams.held > 0 ? Math.round(((streams.heldMb - streams.baselineMb) * 1024) / streams.held) : 0} kB per stream);` +
      ` one status change reached ${streams.delivered}/${streams.held} streams in ${streams.fanOutMs} ms.`,
  );
}
