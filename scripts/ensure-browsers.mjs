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
    // The binary itself first: Debian's /usr/bin/chromium wrapper sources /etc/chromium.d/ and
    // prints `[: …: unexpected operator` into the test output on some machines. Our own flags
    // replace what the wrapper would add.
    fallbacks: ['/usr/lib/chromium/chromium', '/usr/bin/chromium'],
    debianPackage: 'chromium',
  },
  {
    name: 'Firefox ESR',
    env: 'FIREFOX_BIN',
    fallbacks: ['/usr/bin/firefox-esr'],
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

/** The executable for a browser: its environment variable wins over Debian's default paths. */
export function browserPath(browser) {
  const fromEnv = process.env[browser.env];
  if (fromEnv) return fromEnv;
  return browser.fallbacks.find((path) => existsSync(path)) ?? browser.fallbacks.at(-1);
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

/** Installs missing browsers (as root) or exits naming them. */
export function ensureBrowsers() {
  main();
}

if (import.meta.url === `file://${process.argv[1]}`) main();
