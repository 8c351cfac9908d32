// How the component tests launch each browser, shared by the web-test-runner config and the
// preflight check, so the check starts the browsers exactly as the tests will.
import { BROWSERS, browserPath, CHROMIUM_ARGS } from '../ensure-browsers.mjs';

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
