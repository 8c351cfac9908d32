/**
 * Files besides the API: the widget build under /cdn/ (public CORS, JavaScript media type,
 * a year's immutable caching for hashed chunks, five minutes for entries and the manifest) and
 * a quiet favicon.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expectProblem, startTestPortal, type TestPortal } from './support/test-app.js';

let portal: TestPortal;
let cdnDir: string;
before(async () => {
  cdnDir = mkdtempSync(join(tmpdir(), 'portal-cdn-'));
  writeFileSync(join(cdnDir, 'saar-portal.js'), 'import("./shared-AbC_12-x.js");\n');
  writeFileSync(join(cdnDir, 'shared-AbC_12-x.js'), 'export {};\n');
  writeFileSync(join(cdnDir, 'shared-AbC_12-x.js.map'), '{}');
  writeFileSync(
    join(cdnDir, 'manifest.json'),
    JSON.stringify({
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

  it('answers missing files with a 404 problem', async () => {
    expectProblem(await get('missing-12345678.js'), 404);
  });
});

describe('/favicon.ico', () => {
  it('answers 204 instead of a 404', async () => {
    const response = await portal.app.inject({ url: '/favicon.ico' });
    assert.equal(response.statusCode, 204);
  });
});
