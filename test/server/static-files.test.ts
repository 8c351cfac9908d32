/**
 * Files besides the API: the widget build under /cdn/ (public CORS, JavaScript media type,
 * a year's immutable caching for hashed chunks, five minutes for entries and the manifest, the
 * build's brotli and gzip copies by Accept-Encoding, the release under /cdn/<version>/) and a
 * quiet favicon.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expectProblem, startTestPortal, type TestPortal } from './support/test-app.js';

let portal: TestPortal;
let cdnDir: string;
/** The fixture's files: long enough that compressing them is worth it. */
const SHARED_SOURCE = (name: string) =>
  Buffer.from(
    name === 'saar-portal.js'
      ? `import("./shared-AbC_12-x.js");\n${'// the loader\n'.repeat(200)}`
      : `export {};\n${'// shared code\n'.repeat(200)}`,
  );
before(async () => {
  cdnDir = mkdtempSync(join(tmpdir(), 'portal-cdn-'));
  writeFileSync(join(cdnDir, 'saar-portal.js'), SHARED_SOURCE('saar-portal.js'));
  writeFileSync(join(cdnDir, 'shared-AbC_12-x.js'), SHARED_SOURCE('shared-AbC_12-x.js'));
  writeFileSync(join(cdnDir, 'shared-AbC_12-x.js.map'), '{}');
  // What the build writes next to every file (rollup.config.mjs).
  for (const name of ['saar-portal.js', 'shared-AbC_12-x.js']) {
    writeFileSync(join(cdnDir, `${name}.br`), brotliCompressSync(SHARED_SOURCE(name)));
    writeFileSync(join(cdnDir, `${name}.gz`), gzipSync(SHARED_SOURCE(name)));
  }
  writeFileSync(
    join(cdnDir, 'manifest.json'),
    JSON.stringify({
      version: '1.2.3',
      entry: 'saar-portal.js',
      files: { 'saar-portal.js': { kind: 'entry' }, 'shared-AbC_12-x.js': { kind: 'shared' } },
    }),
  );
  portal = await startTestPortal({ config: { cdnDir } });
});
after(async () => {
  await portal.stop();
  rmSync(cdnDir, { recursive: true, force: true });
});

describe('/cdn/', () => {
  const get = (path: string) =>
    portal.app.inject({ url: `/cdn/${path}`, headers: { origin: 'https://gemeinde.example' } });

  it('serves hashed chunks immutable for a year, as JavaScript, to any origin', async () => {
    const response = await get('shared-AbC_12-x.js');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(response.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.equal(response.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(
      (await get('shared-AbC_12-x.js.map')).headers['cache-control'],
      'public, max-age=31536000, immutable',
    );
  });

  it('serves the entry and the manifest for five minutes', async () => {
    for (const path of ['saar-portal.js', 'manifest.json']) {
      const response = await get(path);
      assert.equal(response.statusCode, 200, path);
      assert.equal(
        response.headers['cache-control'],
        'public, max-age=300, stale-while-revalidate=86400',
        path,
      );
    }
    const again = await get('saar-portal.js');
    assert.ok(again.headers.etag ?? again.headers['last-modified'], 'revalidatable');
  });

  it('serves the build’s brotli or gzip copy to browsers that accept it, with Vary', async () => {
    const source = SHARED_SOURCE('shared-AbC_12-x.js');
    const br = await portal.app.inject({
      url: '/cdn/shared-AbC_12-x.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.ok(br.rawPayload.length < source.length / 4, `${br.rawPayload.length} B`);
    const gzip = await portal.app.inject({
      url: '/cdn/shared-AbC_12-x.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.rawPayload), source);
    const plain = await portal.app.inject({ url: '/cdn/shared-AbC_12-x.js' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.rawPayload, source);
    assert.match(String(plain.headers.vary), /accept-encoding/i);
    const entry = await portal.app.inject({
      url: '/cdn/saar-portal.js',
      headers: { 'accept-encoding': 'br' },
    });
    assert.equal(entry.headers['content-encoding'], 'br');
    assert.equal(
      entry.headers['cache-control'],
      'public, max-age=300, stale-while-revalidate=86400',
    );
  });

  it('sends scripts the headers a script needs, not those only documents read', async () => {
    const response = await get('shared-AbC_12-x.js');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['cross-origin-resource-policy'], 'cross-origin');
    for (const name of ['content-security-policy', 'x-frame-options', 'referrer-policy']) {
      assert.equal(response.headers[name], undefined, name);
    }
  });

  it('does not serve the compressed copies under their own names', async () => {
    expectProblem(await get('shared-AbC_12-x.js.br'), 404);
  });

  it('serves the release under /cdn/<version>/, every file immutable, entry included', async () => {
    for (const path of ['saar-portal.js', 'shared-AbC_12-x.js']) {
      const response = await portal.app.inject({
        url: `/cdn/1.2.3/${path}`,
        headers: { origin: 'https://gemeinde.example', 'accept-encoding': 'br' },
      });
      assert.equal(response.statusCode, 200, path);
      assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable', path);
      assert.equal(response.headers['access-control-allow-origin'], '*', path);
      assert.equal(response.headers['content-encoding'], 'br', path);
    }
    expectProblem(await get('9.9.9/saar-portal.js'), 404);
  });

  it('answers missing files with a 404 problem', async () => {
    expectProblem(await get('missing-12345678.js'), 404);
  });
});

describe('/antrag/', () => {
  it('serves the portal’s application page with the form and the login, for the finder’s link', async () => {
    const response = await portal.app.inject({
      url: '/antrag/?service=hundesteuer-anmeldung&ars=100410100100',
    });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.ok(response.body.includes('<saar-application-form'), 'the form');
    assert.ok(response.body.includes('/cdn/saar-portal.js'), 'the widgets');
    assert.match(String(response.headers['content-security-policy']), /script-src 'self'/);
    const script = await portal.app.inject({ url: '/antrag/application-page.js' });
    assert.equal(script.statusCode, 200);
    const bare = await portal.app.inject({ url: '/antrag?service=x' });
    assert.equal(bare.statusCode, 301);
    assert.equal(bare.headers.location, '/antrag/?service=x');
  });
});

describe('/favicon.ico', () => {
  it('answers 204 instead of a 404', async () => {
    const response = await portal.app.inject({ url: '/favicon.ico' });
    assert.equal(response.statusCode, 204);
  });
});
