/**
 * Two API processes on one PostgreSQL database (issue 15): concurrent submissions with one
 * `Idempotency-Key` sent to both create exactly one application; a status change through one
 * reaches a stream held by the other within 2 seconds; a stream that reconnects to the other
 * instance replays from `Last-Event-ID`; `kill -9` of one instance during continuous submissions
 * loses nothing that was acknowledged.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { ARS, DOG_TAX } from './support/seed-fixture.js';
import { startTestDatabase, type TestDatabase } from './support/postgres.js';

const REPO = new URL('../../', import.meta.url);
const ANSWERS = { F_NAME: 'Anna', G_DOGS: [{ F_DOG_NAME: 'Rex' }] };
const INPUT = { serviceId: DOG_TAX.id, ars: ARS.saarbruecken, answers: ANSWERS };
const CASEWORKER = { authorization: 'Bearer token-caseworker' };

interface Instance {
  process: ChildProcess;
  base: string;
}

let database: TestDatabase;
let url: string;
let dataDir: string;
const instances: Instance[] = [];

/** Starts one API process on the shared database and secrets; resolves once it listens. */
function startInstance(): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/server/support/instance-main.ts'],
      {
        cwd: REPO,
        env: { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /ready (\d+)/.exec(output)?.[1];
      if (port !== undefined) {
        const instance = { process: child, base: `http://127.0.0.1:${port}/api/v1` };
        instances.push(instance);
        resolve(instance);
      }
    });
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}: ${output}`)));
  });
}

function post(
  instance: Instance,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${instance.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Opens a status stream and collects its events. */
function openStream(instance: Instance, reference: string, code: string, lastEventId?: string) {
  const controller = new AbortController();
  const events: Array<{ id: string; status: string; at: number }> = [];
  const ready = fetch(`${instance.base}/applications/${reference}/events/stream?code=${code}`, {
    signal: controller.signal,
    headers: lastEventId === undefined ? {} : { 'last-event-id': lastEventId },
  }).then(async (response) => {
    assert.equal(response.status, 200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          for (const match of buffer.matchAll(/^data: (.*)$/gm)) {
            const event = JSON.parse(match[1]!) as { id: string; status: string };
            if (!events.some((seen) => seen.id === event.id))
              events.push({ ...event, at: Date.now() });
          }
        }
      } catch {
        // aborted
      }
    })();
  });
  return { events, ready, close: () => controller.abort() };
}

async function waitFor(predicate: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

before(async () => {
  database = await startTestDatabase();
  url = await database.fresh();
  // Shared secrets (the access-code pepper), as a deployment shares ACCESS_CODE_PEPPER.
  dataDir = mkdtempSync(join(tmpdir(), 'two-instances-'));
  await startInstance();
  await startInstance();
});

after(async () => {
  for (const instance of instances) instance.process.kill('SIGKILL');
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two API instances on one PostgreSQL', () => {
  it('one Idempotency-Key sent to both at once: exactly one application', async () => {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        post(instances[index % 2]!, '/applications', INPUT, { 'idempotency-key': key }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as Array<{
      reference: string;
    }>;
    assert.deepEqual(statuses.filter((status) => status === 201).length, 1, String(statuses));
    assert.deepEqual(statuses.filter((status) => status === 200).length, 19, String(statuses));
    assert.equal(new Set(bodies.map((body) => body.reference)).size, 1);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const count = await client.query(
      'SELECT count(*)::int AS n FROM applications WHERE reference = $1',
      [bodies[0]!.reference],
    );
    await client.end();
    assert.equal(count.rows[0].n, 1);
  });

  it('a change through one instance reaches a stream held by the other within 2 s; a reconnect to the first replays', async () => {
    const [a, b] = instances as [Instance, Instance];
    const receipt = (await (
      await post(a, '/applications', INPUT, { 'idempotency-key': randomUUID() })
    ).json()) as { reference: string; accessCode: string; events: Array<{ id: string }> };
    const stream = openStream(b, receipt.reference, receipt.accessCode);
    await stream.ready;
    await waitFor(() => stream.events.length === 1, 2000);
    const changedAt = Date.now();
    const change = await post(
      a,
      `/caseworker/applications/${receipt.reference}/status`,
      { status: 'RECEIVED' },
      CASEWORKER,
    );
    assert.equal(change.status, 200);
    await waitFor(() => stream.events.length === 2, 2000);
    const latency = stream.events[1]!.at - changedAt;
    assert.ok(latency < 2000, `${latency} ms`);
    stream.close();

    // The client reconnects to the other instance with the last id it saw: it gets what came after.
    await post(
      b,
      `/caseworker/applications/${receipt.reference}/status`,
      { status: 'PROCESSING' },
      CASEWORKER,
    );
    const resumed = openStream(a, receipt.reference, receipt.accessCode, stream.events[1]!.id);
    await resumed.ready;
    await waitFor(() => resumed.events.length === 1, 2000);
    assert.equal(resumed.events[0]!.status, 'PROCESSING');
    resumed.close();
  });

  it('kill -9 of one instance during continuous submissions loses nothing acknowledged', async () => {
    const victim = instances[0]!;
    const survivor = instances[1]!;
    const acknowledged: Array<{ reference: string; accessCode: string }> = [];
    let refused = 0;
    let running = true;
    const writer = async (instance: Instance) => {
      while (running) {
        try {
          const response = await post(instance, '/applications', INPUT, {
            'idempotency-key': randomUUID(),
          });
          if (response.status === 201)
            acknowledged.push((await response.json()) as { reference: string; accessCode: string });
          else await response.arrayBuffer();
        } catch {
          refused += 1;
          if (instance === victim) return;
        }
      }
    };
    const writers = [writer(victim), writer(victim), writer(survivor), writer(survivor)];
    await new Promise((resolve) => setTimeout(resolve, 700));
    victim.process.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500));
    running = false;
    await Promise.all(writers);
    assert.ok(acknowledged.length > 10, `only ${acknowledged.length} acknowledged`);
    for (const receipt of acknowledged) {
      const response = await fetch(`${survivor.base}/applications/${receipt.reference}`, {
        headers: { 'x-access-code': receipt.accessCode },
      });
      assert.equal(response.status, 200, receipt.reference);
      await response.arrayBuffer();
    }
    console.log(
      `two instances: ${acknowledged.length} acknowledged across a kill -9 (${refused} requests cut), all found`,
    );
  });
});
