#!/usr/bin/env node
// `npm run test:browser`: the component tests in Debian's Chromium and Firefox ESR.
//   1. installs the browsers when missing (scripts/ensure-browsers.mjs);
//   2. lets the browsers skip protocol commands the tests do not need (bidi-compat.mjs);
//   3. preflight: starts each browser as the tests will; one clear line and exit 1 if it cannot;
//   4. runs web-test-runner (arguments pass through, e.g. a test file);
//   5. guard: a browser leg that ran no test fails the run, with one line saying which and why;
//   6. when the only failures are files a browser dropped mid-run (its page went away, no test
//      failed), says so with what Chromium logged, and runs those files once more; that run's
//      verdict is the verdict. A failed test is never run again.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestRunner } from '@web/test-runner';
import { ensureBrowsers } from '../ensure-browsers.mjs';
import { skippedBidiCommands, tolerateOptionalBidiCommands } from './bidi-compat.mjs';
import {
  browserLegProblems,
  interruptedSessions,
  legSummary,
  legsFromSessions,
  onlyInterruptions,
} from './guard.mjs';
import { CHROMIUM_LOG, TEST_BROWSERS } from './launch-options.mjs';
import { preflight } from './preflight.mjs';

/** Set in the second run, so that it is the last. */
const IS_RERUN = process.env.SAAR_TEST_RERUN === '1';

ensureBrowsers();
tolerateOptionalBidiCommands();

const labels = new Map();
const preflightProblems = [];
for (const testBrowser of TEST_BROWSERS) {
  const { label, problem } = await preflight(testBrowser);
  labels.set(testBrowser.launcherName, label);
  if (problem) preflightProblems.push(problem);
}
if (preflightProblems.length > 0) {
  for (const line of preflightProblems) console.error(`✗ ${line}`);
  process.exit(1);
}
console.log(`Browsers: ${[...labels.values()].join(', ')}`);

const runner = await startTestRunner({ autoExitProcess: false });
if (!runner) process.exit(1);
// Stopped by hand (Ctrl-C): the sessions cut short are not the browser's doing, run none again.
let stoppedByHand = false;
process.on('SIGINT', () => {
  stoppedByHand = true;
  void runner.stop();
});
runner.on('stopped', (passed) => {
  const legs = legsFromSessions(runner.sessions.all());
  const problems = browserLegProblems(legs, labels);
  for (const leg of legs) console.log(legSummary(leg, labels.get(leg.browser) ?? leg.browser));
  for (const command of skippedBidiCommands) {
    console.log(`(skipped ${command}: not implemented by this browser, not needed by the tests)`);
  }
  for (const line of problems) console.error(`✗ ${line}`);
  // web-test-runner's own verdict, and ours from the results: either failing fails the run.
  const failedTests = legs.reduce((sum, leg) => sum + leg.failed, 0);
  if (passed && failedTests === 0 && problems.length === 0) finish(0);
  const sessions = [...runner.sessions.all()];
  // Also when a leg ran no test because the browser dropped all its files: the second run's
  // guard judges that leg again.
  if (!IS_RERUN && !stoppedByHand && onlyInterruptions(sessions)) {
    finish(rerunDropped(interruptedSessions(sessions)));
  }
  finish(1);
});

function finish(code) {
  rmSync(CHROMIUM_LOG, { force: true });
  process.exit(code);
}

/** Runs the files a browser dropped once more, in a fresh runner; answers its exit code. */
function rerunDropped(dropped) {
  const files = [...new Set(dropped.map((session) => relative(process.cwd(), session.testFile)))];
  console.log(
    `\n⚠ The browser dropped ${dropped.length} test session(s) without a failed test:` +
      dropped.map((session) => `\n  ${session.browser}: ${session.testFile}`).join(''),
  );
  for (const line of chromiumSaid()) console.log(`  Chromium logged: ${line}`);
  console.log(`Running ${files.length} file(s) once more, in both browsers, without coverage.\n`);
  const rerun = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--files', ...files], {
    stdio: 'inherit',
    env: { ...process.env, SAAR_TEST_RERUN: '1', WTR_COVERAGE: '0' },
  });
  return rerun.status ?? 1;
}

/** Chromium's own log lines that may say why a page went away (not its usual D-Bus noise). */
function chromiumSaid() {
  if (!existsSync(CHROMIUM_LOG)) return [];
  return readFileSync(CHROMIUM_LOG, 'utf8')
    .split('\n')
    .filter((line) => /FATAL|ERROR|crash/i.test(line) && !/dbus|D-Bus|on_device_model/.test(line))
    .slice(-20);
}
