// Component tests run in real browsers: Debian's Chromium and Firefox ESR, driven through
// puppeteer-core (no browser download). Coverage is collected in Chromium only: Firefox yields
// an empty report.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { tolerateOptionalBidiCommands } from './scripts/browsers/bidi-compat.mjs';
import { TEST_BROWSERS } from './scripts/browsers/launch-options.mjs';

// Also when web-test-runner is started directly (`npx web-test-runner test/x.test.ts`) rather
// than through `npm run test:browser`: browsers without optional BiDi commands still run.
tolerateOptionalBidiCommands();

const [chromium, firefox] = TEST_BROWSERS;

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: turns forced-colours mode on or
 * off through the DevTools protocol. Chromium only (answers `false` elsewhere): the built-in
 * `emulateMedia` command supports forced colours with Playwright alone.
 */
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    // Firefox runs through puppeteer's WebDriver BiDi, which cannot emulate forced colours.
    if (session.browser.name !== 'Chromium' || typeof session.browser.getPage !== 'function') {
      return false;
    }
    // Puppeteer's emulateMediaFeatures rejects `forced-colors`; the protocol itself accepts it.
    // The override lives as long as the protocol session, so keep one per page.
    const page = session.browser.getPage(session.id);
    let cdp = cdpSessions.get(page);
    if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

export default {
  files: [
    'test/**/*.test.ts',
    '!test/server/**',
    '!test/e2e/**',
    '!test/relevance/**',
    '!test/tooling/**',
    '!test/content/**',
  ],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    forcedColorsPlugin,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({ puppeteer, launchOptions: chromium.launchOptions() }),
    chromeLauncher({
      puppeteer,
      launchOptions: firefox.launchOptions(),
      // One test file at a time: Firefox does not match :focus or :focus-visible in a tab that is
      // not the active one, so side-by-side files would fail their focus-ring checks.
      concurrency: 1,
    }),
  ],
  concurrency: 2,
  coverage: process.env.WTR_COVERAGE !== '0',
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/locales/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
  },
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="de">
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
