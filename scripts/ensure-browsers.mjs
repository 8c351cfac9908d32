#!/usr/bin/env node
// Makes sure the browsers the test suites drive are installed, before any test starts.
// Browser downloads (puppeteer, playwright) cannot work on our machines, so we use Debian's
// packages. When a browser is missing we install it with apt-get if we are root; otherwise we stop
// with a message naming what to install and the variables that point at an existing browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const BROWSERS = [
  {
    name: 'Chromium',
    env: 'CHROMIUM_BIN',
    fallback: '/usr/bin/chromium',
    debianPackage: 'chromium',
  },
  {
    name: 'Firefox ESR',
    env: 'FIREFOX_BIN',
    fallback: '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
  },
];

/** Flags that keep Chromium headless, quiet and off the closed network (tests and e2e share them). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these, Chromium keeps trying to reach Google's services on a closed network.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The executable for a browser: its environment variable wins over the Debian default path. */
export function browserPath(browser) {
  return process.env[browser.env] || browser.fallback;
}

function missingBrowsers() {
  return BROWSERS.filter((browser) => !existsSync(browserPath(browser)));
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function install(packages) {
  console.log(`Installing Debian packages for the browser tests: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
}

function main() {
  let missing = missingBrowsers();
  if (missing.length === 0) return;
  const packages = missing.map((browser) => browser.debianPackage);
  if (canInstallWithApt() && missing.every((browser) => !process.env[browser.env])) {
    install(packages);
    missing = missingBrowsers();
  }
  if (missing.length === 0) return;
  console.error(
    [
      'The browser tests need these browsers, which are not installed:',
      ...missing.map((browser) => `  - ${browser.name}: expected at ${browserPath(browser)}`),
      '',
      `Install them with: sudo apt-get install ${packages.join(' ')}`,
      'or point the tests at existing binaries with these environment variables:',
      ...missing.map((browser) => `  ${browser.env}=/path/to/${browser.debianPackage}`),
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
