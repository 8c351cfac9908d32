#!/usr/bin/env node
// Builds the widgets: dist/npm (ES modules, type declarations, custom-elements manifest) and
// dist/cdn (the lazy-loading script-tag build with its SRI manifest). See rollup.config.mjs.
//
//   node scripts/build.mjs      (npm run build)
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const step = (title, command, args) => {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  execFileSync(bin(command), args, { stdio: 'inherit' });
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

// The version the library reports (two copies on one page compare it) must be the package's.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionSource = readFileSync('src/shared/version.ts', 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  console.error(`src/shared/version.ts does not say version ${pkg.version} (package.json).`);
  process.exit(1);
}

rmSync('dist/npm', { recursive: true, force: true });
rmSync('dist/cdn', { recursive: true, force: true });

try {
  step('Translations: XLIFF → src/locales (lit-localize build)', 'lit-localize', ['build']);
  step('Bundles: dist/npm and dist/cdn (rollup)', 'rollup', ['-c', 'rollup.config.mjs']);
  step('Type declarations: dist/npm/**/*.d.ts (tsc)', 'tsc', [
    '-p',
    'tsconfig.build.json',
    '--emitDeclarationOnly',
  ]);
  step('Custom-elements manifest: dist/npm/custom-elements.json', 'cem', [
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
  ]);
} catch {
  console.error('\nThe build failed (see above).');
  process.exit(1);
}
console.log('\nBuilt dist/npm and dist/cdn. `npm run size` checks the CDN budgets.');
