/**
 * Whether the widget build (`dist/cdn/`) is there and newer than its sources, and building it
 * when not: `npm start` and the end-to-end tests serve what `npm run build` made.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../server/config.js';

/** The CDN entry a town page loads; its age stands for the whole build. */
export const CDN_ENTRY = join(REPO_ROOT, 'dist', 'cdn', 'saar-portal.js');
/** The build's list of files with their SRI hashes. */
export const CDN_MANIFEST = join(REPO_ROOT, 'dist', 'cdn', 'manifest.json');

/** Folders and files whose change calls for a new build. */
const BUILD_INPUTS = [
  'src',
  'xliff',
  'rollup.config.mjs',
  'scripts/build.mjs',
  'lit-localize.json',
  'tsconfig.build.json',
  'package-lock.json',
];

/** The newest modification time (ms) under `path`, 0 when it does not exist. */
function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

/** Why the build must be made again, or undefined when it is up to date. */
export function staleBuildReason(): string | undefined {
  if (!existsSync(CDN_ENTRY)) return 'dist/cdn/saar-portal.js is missing';
  if (!existsSync(CDN_MANIFEST)) return 'dist/cdn/manifest.json is missing';
  const built = statSync(CDN_ENTRY).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestModification(join(REPO_ROOT, input)) > built);
  return changed === undefined ? undefined : `${changed} changed since the last build`;
}

/** How the build's output is shown: live on the terminal, or kept and shown only on failure. */
export type BuildOutput = 'inherit' | 'on-failure';

/**
 * Runs `npm run build` when the build is missing or stale (unless `SAAR_SKIP_BUILD=1` and a
 * build exists); throws when it fails. Answers whether it built.
 */
export function ensureWidgetBuild(output: BuildOutput = 'inherit'): boolean {
  const reason = staleBuildReason();
  if (reason === undefined) return false;
  // For work on the demo pages while the widget sources are mid-change: serve dist/cdn as it is.
  if (process.env.SAAR_SKIP_BUILD === '1' && existsSync(CDN_ENTRY)) {
    if (output === 'inherit')
      console.log(`SAAR_SKIP_BUILD=1: serving dist/cdn as it is (${reason})`);
    return false;
  }
  if (output === 'inherit') console.log(`Building the widgets (${reason}): npm run build`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'build'], {
    cwd: REPO_ROOT,
    stdio: output === 'inherit' ? 'inherit' : 'pipe',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const shown = output === 'inherit' ? '' : `\n${result.stdout ?? ''}${result.stderr ?? ''}`;
    throw new Error(`npm run build failed (${reason})${shown}`);
  }
  return true;
}
