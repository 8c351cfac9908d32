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
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import * as oauth from 'oauth4webapi';
import pg from 'pg';
import { TEST_ACCOUNTS, clientIdForOrigin } from '../../server/idp/index.js';
import { CookieBrowser } from './support/cookie-browser.js';
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
function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/server/support/instance-main.ts'],
      {
        cwd: REPO,
        env: { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, ...env },
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
  balancer?.close();
  for (const instance of [...instances, ...loginInstances]) instance.process.kill('SIGKILL');
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

/** A load balancer in front of the login instances: each request to the next one in turn. */
let balancer: Server | undefined;
const loginInstances: Instance[] = [];

describe('a login across two instances (the provider’s state in PostgreSQL)', () => {
  it('starts on one instance and finishes on the other', async () => {
    const ports: number[] = [];
    const served = new Map<number, number>();
    balancer = createHttpServer((request, response) => {
      const port =
        ports[
          (served.size === 0 ? 0 : [...served.values()].reduce((a, b) => a + b)) % ports.length
        ]!;
      served.set(port, (served.get(port) ?? 0) + 1);
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: request.method,
          path: request.url,
          headers: request.headers,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.on('error', () => response.destroy());
      request.pipe(upstream);
    });
    await new Promise<void>((resolve) => balancer!.listen(0, '127.0.0.1', resolve));
    const address = balancer.address();
    assert.ok(address !== null && typeof address === 'object');
    const origin = `http://localhost:${address.port}`;
    const loginDb = await database.fresh();
    const env = { INSTANCE_LOGIN: '1', PORTAL_ORIGIN: origin, DATABASE_URL: loginDb };
    // One after the other: the first creates the provider's keys in the shared DATA_DIR.
    for (let i = 0; i < 2; i += 1) {
      const instance = await startInstance(env);
      instances.pop();
      loginInstances.push(instance);
      ports.push(Number(new URL(instance.base).port));
    }

    const issuer = new URL(`${origin}/idp`);
    const probe = await fetch(`${origin}/idp/.well-known/openid-configuration`);
    assert.equal(probe.status, 200, await probe.text());
    const insecure = { [oauth.allowInsecureRequests]: true } as const;
    const as = await oauth.processDiscoveryResponse(
      issuer,
      await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecure }),
    );
    const town = 'http://localhost:8801';
    const redirectUri = `${town}/anmeldung.html`;
    const client: oauth.Client = { client_id: clientIdForOrigin(town) ?? '' };
    // The town's page holds a key; its tokens are bound to it (DPoP, RFC 9449).
    const dpop = oauth.DPoP(client, await oauth.generateKeyPair('ES256'));
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const authorize = new URL(as.authorization_endpoint ?? '');
    for (const [name, value] of Object.entries({
      client_id: client.client_id,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid profile',
      code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
    })) {
      authorize.searchParams.set(name, value);
    }
    const account = TEST_ACCOUNTS.find((candidate) => candidate.roles.includes('citizen'))!;
    const browser = new CookieBrowser();
    const loginPage = await browser.navigate(authorize, redirectUri);
    assert.equal(loginPage.status, 200, loginPage.body.slice(0, 200));
    const consent = await browser.submitForm(
      loginPage,
      '/login',
      { login: account.login, password: account.password },
      redirectUri,
    );
    assert.equal(consent.status, 200, consent.body.slice(0, 300));
    const callback = await browser.submitForm(consent, '/confirm', {}, redirectUri);
    assert.ok(callback.location?.startsWith(redirectUri), `redirected to ${callback.location}`);
    const parameters = oauth.validateAuthResponse(
      as,
      client,
      new URL(callback.location ?? ''),
      state,
    );
    const tokens = await oauth.processAuthorizationCodeResponse(
      as,
      client,
      await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.None(),
        parameters,
        redirectUri,
        codeVerifier,
        {
          DPoP: dpop,
          ...insecure,
          headers: { origin: town },
        },
      ),
    );
    // Both instances took part, and both accept the token.
    assert.equal(served.size, 2, JSON.stringify([...served]));
    assert.equal(tokens.token_type.toLowerCase(), 'dpop');
    for (let i = 0; i < 2; i += 1) {
      const me = await oauth.protectedResourceRequest(
        tokens.access_token,
        'GET',
        new URL(`${origin}/api/v1/me`),
        new Headers(),
        null,
        { ...insecure, DPoP: dpop },
      );
      assert.equal(me.status, 200, await me.text());
    }

    // A proof used at one instance is refused by the other: the proof ids are in the database.
    let captured: Headers | undefined;
    const first = await oauth.protectedResourceRequest(
      tokens.access_token,
      'GET',
      new URL(`${origin}/api/v1/me`),
      new Headers(),
      null,
      {
        ...insecure,
        DPoP: dpop,
        [oauth.customFetch]: (url, init) => {
          captured = new Headers(init.headers);
          return fetch(String(url).replace(origin, `http://127.0.0.1:${ports[0]}`), {
            method: init.method,
            headers: init.headers,
          });
        },
      },
    );
    assert.equal(first.status, 200);
    const replayed = await fetch(`http://127.0.0.1:${ports[1]}/api/v1/me`, { headers: captured });
    assert.equal(replayed.status, 401);
    assert.match(replayed.headers.get('www-authenticate') ?? '', /invalid_dpop_proof/);
  });
});
