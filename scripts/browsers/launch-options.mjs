// How the component tests launch each browser, shared by the web-test-runner config and the
// preflight check, so the check starts the browsers exactly as the tests will.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, browserPath, CHROMIUM_ARGS } from '../ensure-browsers.mjs';

/**
 * Where Chromium writes its own log during the component tests: when it drops a page, the
 * runner prints what Chromium said there (a service of its own that crashed, a tab it closed),
 * which nothing else records. A crashed page's renderer does not log here.
 */
export const CHROMIUM_LOG = join(tmpdir(), `saar-widgets-chromium-${process.pid}.log`);

const [chromium, firefox] = BROWSERS;

/** One browser leg of the component tests. */
export const TEST_BROWSERS = [
  {
    /** The name web-test-runner gives the leg (its launcher's `name`). */
    launcherName: 'Chromium',
    browser: chromium,
    launchOptions: () => ({
      executablePath: browserPath(chromium),
      args: [
        ...CHROMIUM_ARGS,
        // Test files run in background tabs side by side; without these, Chromium starves them
        // of animation frames and timers and fixtures waiting for a frame hang.
        '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
        '--enable-logging',
        `--log-file=${CHROMIUM_LOG}`,
      ],
    }),
  },
  {
    launcherName: 'Firefox',
    browser: firefox,
    launchOptions: () => ({
      browser: 'firefox',
      executablePath: browserPath(firefox),
      args: ['--headless'],
    }),
  },
];
