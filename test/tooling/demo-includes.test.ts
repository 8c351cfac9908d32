/**
 * The demo towns' shared parts (demo/towns/town-server.ts): every page of both sites fills in
 * its includes, and a page that includes a part its site lacks is an error naming both, never a
 * silent 404.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MissingPart, withIncludes } from '../../demo/towns/town-server.js';
import { DEMO_TOWNS } from '../../demo/towns/towns.js';

describe('demo town includes', () => {
  it('fills in every include of every page of both towns', async () => {
    for (const town of DEMO_TOWNS) {
      const pages = (await readdir(town.siteDir)).filter(
        (name) => name.endsWith('.html') && !name.startsWith('_'),
      );
      assert.ok(pages.length > 0, `${town.id} has pages`);
      for (const name of pages) {
        const source = await readFile(join(town.siteDir, name), 'utf8');
        const page = await withIncludes(town.siteDir, name, source);
        assert.doesNotMatch(page, /<!--#include/, `${town.id}/${name}`);
      }
    }
  });

  it('marks the current page in the part’s navigation only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'saar-demo-'));
    await writeFile(
      join(dir, '_header.html'),
      '<a href="/a.html">Logo</a><nav><a href="/a.html">A</a><a href="/b.html">B</a></nav>',
    );
    const page = await withIncludes(
      dir,
      'a.html',
      '<!--#include _header.html current="/a.html"-->',
    );
    assert.equal(
      page,
      '<a href="/a.html">Logo</a><nav><a href="/a.html" aria-current="page">A</a><a href="/b.html">B</a></nav>',
    );
  });

  it('names the page and the part when a part is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'saar-demo-'));
    await assert.rejects(
      withIncludes(dir, 'index.html', '<!--#include _footer.html-->'),
      (error: unknown) =>
        error instanceof MissingPart && error.message.includes('index.html includes _footer.html'),
    );
  });
});
