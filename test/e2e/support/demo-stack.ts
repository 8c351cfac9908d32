/**
 * The `npm start` stack for one test file: the same `startStack`, on free ports, with a
 * temporary data folder and a snapshot of the widget build (so another `npm run build` on the
 * machine cannot pull files away mid-test).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { startStack, type RunningStack } from '../../../demo/stack.js';
import { CDN_MANIFEST, ensureWidgetBuild } from '../../../demo/widget-build.js';
import { REPO_ROOT, type ServerEnv } from '../../../server/config.js';
import { launchChromium } from './browser.js';

/** What the build's manifest says about each file. */
export interface CdnManifest {
  /** The release: the build is served under /cdn/<version>/ too. */
  version: string;
  entry: string;
  /** Tag → the chunk that registers it. */
  widgets: Record<string, string>;
  files: Record<
    string,
    {
      kind: string;
      /** Which part of the contract a `contract` file is (`core`, `applications`). */
      part?: string;
      integrity: string;
      bytes: number;
      gzipBytes: number;
      dynamicImports?: string[];
    }
  >;
}

/** The running stack and what it serves under `/cdn/`. */
export interface E2eStack extends RunningStack {
  manifest: CdnManifest;
}

function readManifest(dir: string): CdnManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CdnManifest;
}

/** Copies `dist/cdn` once it is complete (every file of its manifest there). */
async function snapshotBuild(target: string): Promise<CdnManifest> {
  const source = join(REPO_ROOT, 'dist', 'cdn');
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      if (existsSync(CDN_MANIFEST)) {
        cpSync(source, target, { recursive: true });
        const manifest = readManifest(target);
        const complete = Object.keys(manifest.files).every((file) =>
          existsSync(join(target, file)),
        );
        if (complete) return manifest;
      }
    } catch {
      // A build elsewhere is rewriting dist/cdn: wait for it.
    }
    rmSync(target, { recursive: true, force: true });
    await sleep(1000);
  }
  throw new Error('dist/cdn stayed incomplete for a minute (is a build failing?)');
}

/** Builds the widgets if needed and copies the build to `cdnDir`; answers its manifest. */
export async function preparedBuild(cdnDir: string): Promise<CdnManifest> {
  ensureWidgetBuild('on-failure');
  return snapshotBuild(cdnDir);
}

/** A new temporary folder for one test file's data and build snapshot. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'saar-e2e-'));
}

/** Builds the widgets if needed and starts the demo stack on free ports (`env`: settings). */
export async function startE2eStack(env: ServerEnv = {}): Promise<E2eStack> {
  const tempDir = makeTempDir();
  try {
    const cdnDir = join(tempDir, 'cdn');
    const manifest = await preparedBuild(cdnDir);
    const stack = await startStack({
      env,
      portalPort: 0,
      townPorts: [0, 0],
      dataDir: join(tempDir, 'data'),
      cdnDir,
      logLevel: 'silent',
    });
    return {
      ...stack,
      manifest,
      stop: async () => {
        await stack.stop();
        rmSync(tempDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}

/** The stack and Chromium, started side by side; if either fails, the other is stopped again. */
export async function startStackAndBrowser(
  env: ServerEnv = {},
): Promise<{ stack: E2eStack; browser: Browser }> {
  const [stack, browser] = await Promise.allSettled([startE2eStack(env), launchChromium()]);
  if (stack.status === 'fulfilled' && browser.status === 'fulfilled') {
    return { stack: stack.value, browser: browser.value };
  }
  if (stack.status === 'fulfilled') await stack.value.stop();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw stack.status === 'rejected' ? stack.reason : (browser as PromiseRejectedResult).reason;
}
