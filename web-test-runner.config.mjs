// Component tests run in real browsers: Debian's Chromium and Firefox ESR, driven through
// puppeteer-core (no browser download). Coverage is collected in Chromium only: Firefox yields
// an empty report.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { BROWSERS, browserPath } from './scripts/ensure-browsers.mjs';

const [chromium, firefox] = BROWSERS;

const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these, Chromium keeps trying to reach Google's services on a closed network.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/e2e/**', '!test/relevance/**'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { executablePath: browserPath(chromium), args: chromiumArgs },
    }),
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: browserPath(firefox),
        args: ['--headless'],
      },
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
