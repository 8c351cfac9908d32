/**
 * `npm start` itself (scripts/start.mjs): it prints every URL and the test citizens, the pages
 * it names load in Chromium, and SIGTERM stops everything with exit code 0.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { freePort } from '../../demo/stack.js';
import { REPO_ROOT } from '../../server/config.js';
import { TEST_ACCOUNTS } from '../../server/idp/index.js';
import { launchChromium, watchPage } from './support/browser.js';
import { makeTempDir, preparedBuild } from './support/demo-stack.js';
import { translation } from './support/translations.js';

const READY_LINE = 'Stop with Ctrl-C.';

/** Runs `node scripts/start.mjs` and resolves with its output once it says it is ready. */
function startDemo(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString('utf8'));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm start did not get ready in 30 s:\n${output}`));
    }, 30_000);
    child.stdout!.on('data', () => {
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
}

describe('npm start', () => {
  const tempDir = makeTempDir();
  let child: ChildProcess | undefined;
  let printed = '';
  let browser: Browser;
  const origins = { portal: '', saarbruecken: '', tholey: '' };

  before(async () => {
    const cdnDir = join(tempDir, 'cdn');
    await preparedBuild(cdnDir);
    const [portal, saarbruecken, tholey] = await Promise.all([
      freePort('127.0.0.1'),
      freePort('127.0.0.1'),
      freePort('127.0.0.1'),
    ]);
    origins.portal = `http://localhost:${portal}`;
    origins.saarbruecken = `http://localhost:${saarbruecken}`;
    origins.tholey = `http://localhost:${tholey}`;
    browser = await launchChromium();
    // The developer's own portal settings must not leak in: origins follow the ports here.
    const {
      PORTAL_ORIGIN: _origin,
      PORTAL_HOST: _host,
      OIDC_ISSUER: _issuer,
      OIDC_AUDIENCE: _audience,
      ...env
    } = process.env;
    const started = await startDemo({
      ...env,
      PORTAL_PORT: String(portal),
      TOWN_ORIGINS: `${origins.saarbruecken},${origins.tholey}`,
      DATA_DIR: join(tempDir, 'data'),
      CDN_DIR: cdnDir,
      LOG_LEVEL: 'warn',
    });
    child = started.child;
    printed = started.output();
  });

  after(async () => {
    await browser?.close();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(tempDir, { recursive: true, force: true });
  });

  it('prints the town pages, the portal URLs and the test citizens', () => {
    for (const url of [
      `${origins.saarbruecken}/`,
      `${origins.tholey}/`,
      `${origins.tholey}/sprachen.html`,
      `${origins.portal}/caseworker/`,
      `${origins.portal}/api/v1`,
      `${origins.portal}/idp/.well-known/openid-configuration`,
      'npm run storybook',
    ]) {
      assert.ok(printed.includes(url), `prints ${url}`);
    }
    for (const account of TEST_ACCOUNTS) {
      assert.match(
        printed,
        new RegExp(`${account.login}\\s+${account.password}\\s+${account.trustLevel}`),
      );
    }
  });

  it('serves the town pages it prints, and they load in Chromium', async () => {
    for (const origin of [origins.saarbruecken, origins.tholey]) {
      const page = await browser.newPage();
      const watch = await watchPage(page);
      await page.goto(`${origin}/`);
      await page
        .getByRole('combobox', { name: translation('de', 'finder.search.label') })
        .waitFor({ timeout: 15_000 });
      assert.deepEqual([watch.pageErrors, watch.cspViolations, watch.consoleErrors], [[], [], []]);
      await page.close();
    }
  });

  it('stops every server on SIGTERM and exits with 0', async () => {
    child!.kill('SIGTERM');
    const [code] = (await once(child!, 'exit')) as [number | null];
    assert.equal(code, 0);
    for (const origin of Object.values(origins)) {
      await assert.rejects(fetch(`${origin}/`), `${origin} is closed`);
    }
  });
});
