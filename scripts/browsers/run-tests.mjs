#!/usr/bin/env node
// `npm run test:browser`: the component tests in Debian's Chromium and Firefox ESR.
//   1. installs the browsers when missing (scripts/ensure-browsers.mjs);
//   2. lets the browsers skip protocol commands the tests do not need (bidi-compat.mjs);
//   3. preflight: starts each browser as the tests will; one clear line and exit 1 if it cannot;
//   4. runs web-test-runner (arguments pass through, e.g. a test file);
//   5. guard: a browser leg that ran no test fails the run, with one line saying which and why.
import { startTestRunner } from '@web/test-runner';
import { ensureBrowsers } from '../ensure-browsers.mjs';
import { skippedBidiCommands, tolerateOptionalBidiCommands } from './bidi-compat.mjs';
import { browserLegProblems, legSummary, legsFromSessions } from './guard.mjs';
import { TEST_BROWSERS } from './launch-options.mjs';
import { preflight } from './preflight.mjs';

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
process.on('SIGINT', () => void runner.stop());
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
  process.exit(passed && failedTests === 0 && problems.length === 0 ? 0 : 1);
});
