// Before the component tests: start each browser exactly as web-test-runner will, set the
// viewport it sets and load a page. A browser that cannot do that fails here with one line
// (browser, version, the command it lacks) instead of one stack trace per test file.
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { unsupportedCommand } from './guard.mjs';

const PREFLIGHT_TIMEOUT_MS = 60_000;

/** "firefox/140.12.0esr" or "HeadlessChrome/156.0…" → "140.12.0esr" / "156.0…". */
function versionNumber(puppeteerVersion) {
  return puppeteerVersion.split('/').at(-1) ?? puppeteerVersion;
}

/** The version a browser binary prints, for a browser that would not start under the driver. */
function versionFromBinary(path) {
  try {
    const printed = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    return /\d+(\.\d+)+\w*/.exec(printed)?.[0];
  } catch {
    return undefined;
  }
}

/**
 * Starts one test browser and drives a page through what every test session does. Answers the
 * leg's label ("Firefox ESR 140.12.0esr") and, if it failed, one line saying why.
 */
export async function preflight(testBrowser) {
  let browser;
  const { executablePath } = testBrowser.launchOptions();
  const printedVersion = versionFromBinary(executablePath);
  let label = [testBrowser.browser.name, printedVersion].filter(Boolean).join(' ');
  try {
    browser = await puppeteer.launch({
      ...testBrowser.launchOptions(),
      timeout: PREFLIGHT_TIMEOUT_MS,
      protocolTimeout: PREFLIGHT_TIMEOUT_MS,
    });
    label = `${testBrowser.browser.name} ${versionNumber(await browser.version())}`;
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 600 });
    await page.goto('data:text/html,<!doctype html><title>preflight</title><p>ready</p>');
    const text = await page.evaluate(() => document.querySelector('p')?.textContent);
    if (text !== 'ready') throw new Error(`the page answered ${JSON.stringify(text)}`);
    return { label };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const command = unsupportedCommand(message);
    const reason = command
      ? `it does not implement the protocol command ${command}`
      : `it could not start a test session (${message.split('\n')[0].slice(0, 160)})`;
    return {
      label,
      problem: `${label} cannot run the component tests: ${reason}. See docs/browsers.md.`,
    };
  } finally {
    await browser?.close().catch(() => {});
  }
}
