/**
 * The guard over the component tests' browser legs (scripts/browsers/guard.mjs): a browser that
 * runs no test must fail `npm test` with one line naming it, its version and the command it
 * lacks. The sessions here have the shape web-test-runner reports.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  browserLegProblems,
  interruptedSessions,
  legSummary,
  legsFromSessions,
  onlyInterruptions,
  unsupportedCommand,
  type SessionLike,
} from '../../scripts/browsers/guard.mjs';

/** What Firefox 140 ESR answered puppeteer-core 24.43 on every session (seen 2026-12-01). */
const FIREFOX_140_ERROR =
  'Protocol error (emulation.setScreenOrientationOverride): unknown command emulation.setScreenOrientationOverride RemoteError@chrome://remote/content/shared/RemoteError.sys.mjs:8:8';

const LABELS = new Map([
  ['Chromium', 'Chromium 156.0.8078.114'],
  ['Firefox', 'Firefox ESR 140.12.0'],
]);

function passingSession(browser: string, tests = 3): SessionLike {
  return {
    browser: { name: browser },
    errors: [],
    testResults: { tests: [], suites: [{ tests: Array.from({ length: tests }, () => ({})) }] },
  };
}

function failedToStart(browser: string, message: string): SessionLike {
  return { browser: { name: browser }, errors: [{ message }] };
}

describe('browser leg guard', () => {
  it('reads the unsupported command out of BiDi and CDP errors', () => {
    assert.equal(unsupportedCommand(FIREFOX_140_ERROR), 'emulation.setScreenOrientationOverride');
    assert.equal(
      unsupportedCommand("unknown command: Emulation.setEmulatedMedia wasn't found"),
      'Emulation.setEmulatedMedia',
    );
    assert.equal(unsupportedCommand('Navigation timeout of 30000 ms exceeded'), undefined);
  });

  it('passes when every browser ran tests', () => {
    const legs = legsFromSessions([
      passingSession('Chromium'),
      passingSession('Chromium'),
      passingSession('Firefox'),
      passingSession('Firefox'),
    ]);
    assert.deepEqual(browserLegProblems(legs, LABELS), []);
    assert.deepEqual(
      legs.map((leg) => [leg.browser, leg.files, leg.run]),
      [
        ['Chromium', 2, 6],
        ['Firefox', 2, 6],
      ],
    );
  });

  it('fails with one line naming browser, version and command when a leg never started', () => {
    const legs = legsFromSessions([
      passingSession('Chromium'),
      failedToStart('Firefox', FIREFOX_140_ERROR),
      failedToStart('Firefox', FIREFOX_140_ERROR),
    ]);
    assert.deepEqual(browserLegProblems(legs, LABELS), [
      'Firefox ESR 140.12.0 ran no test: it does not implement the protocol command emulation.setScreenOrientationOverride. See docs/browsers.md.',
    ]);
  });

  it('fails when a leg ran no test for another reason, quoting the first error line', () => {
    const legs = legsFromSessions([
      passingSession('Chromium'),
      failedToStart('Firefox', 'Browser closed unexpectedly\n    at Foo (bar.js:1:1)'),
    ]);
    assert.deepEqual(browserLegProblems(legs, LABELS), [
      'Firefox ESR 140.12.0 ran no test: its sessions failed to start (Browser closed unexpectedly). See docs/browsers.md.',
    ]);
  });

  it('fails when a browser had no test file at all, or only skipped tests', () => {
    const onlySkipped: SessionLike = {
      browser: { name: 'Firefox' },
      testResults: { tests: [{ skipped: true }] },
    };
    assert.deepEqual(browserLegProblems(legsFromSessions([passingSession('Firefox')]), LABELS), [
      'Chromium 156.0.8078.114: no test file ran in this browser.',
    ]);
    assert.deepEqual(
      browserLegProblems(legsFromSessions([passingSession('Chromium'), onlySkipped]), LABELS),
      ['Firefox ESR 140.12.0 ran no test in 1 test files. See docs/browsers.md.'],
    );
  });

  it('counts failed tests and sessions that failed outside a test', () => {
    const failing: SessionLike = {
      browser: { name: 'Chromium' },
      passed: false,
      testResults: { tests: [{ passed: true }, { passed: false }] },
    };
    const crashed: SessionLike = {
      browser: { name: 'Chromium' },
      passed: false,
      testResults: { tests: [{ passed: true }] },
    };
    const [leg] = legsFromSessions([failing, crashed]);
    assert.equal(leg!.failed, 2);
  });

  it('names each failed test in the summary, so the end of a CI log says what failed', () => {
    const [leg] = legsFromSessions([
      {
        browser: { name: 'Chromium' },
        testFile: 'test/x.test.ts',
        passed: false,
        testResults: {
          suites: [{ name: '<saar-x>', tests: [{ name: 'works', passed: false }] }],
        },
      },
    ]);
    assert.equal(
      legSummary(leg!, 'Chromium 156'),
      'Chromium 156: 1 test files, 1 tests run, 1 FAILED\n  ✗ test/x.test.ts: <saar-x> > works',
    );
  });

  it('still passes a leg where some files failed to start but others ran', () => {
    const legs = legsFromSessions([
      passingSession('Chromium'),
      passingSession('Firefox'),
      failedToStart('Firefox', FIREFOX_140_ERROR),
    ]);
    // The failed session fails the run through web-test-runner itself; the guard is for legs
    // that ran nothing, which web-test-runner would otherwise report only as stack traces.
    assert.deepEqual(browserLegProblems(legs, LABELS), []);
  });
});

describe('files a browser dropped', () => {
  /** What CI printed on 2026-12-02 for two files whose Chromium pages went away mid-run. */
  const dropped = (testFile: string, passedTests = 4): SessionLike => ({
    browser: { name: 'Chromium' },
    testFile,
    passed: false,
    errors: [
      { message: 'Tests were interrupted because the browser disconnected.' },
      {
        message:
          'TargetCloseError: Protocol error (Profiler.takePreciseCoverage): Session closed. Most likely the page has been closed.',
      },
    ],
    testResults: {
      suites: [{ tests: Array.from({ length: passedTests }, () => ({ passed: true })) }],
    },
  });

  it('names sessions interrupted by a disconnect, with no failed test', () => {
    const sessions = [
      passingSession('Firefox'),
      dropped('test/a.test.ts'),
      {
        ...dropped('test/b.test.ts', 0),
        errors: [
          { message: 'Tests were interrupted because the browser disconnected.' },
          { message: 'Error: Timed out stopping the browser page' },
        ],
      },
    ];
    assert.deepEqual(interruptedSessions(sessions), [
      { browser: 'Chromium', testFile: 'test/a.test.ts' },
      { browser: 'Chromium', testFile: 'test/b.test.ts' },
    ]);
    assert.equal(onlyInterruptions(sessions), true);
  });

  it('never counts a failed test or another error as a drop', () => {
    const failedTest: SessionLike = {
      ...dropped('test/a.test.ts'),
      testResults: { suites: [{ tests: [{ name: 'works', passed: false }] }] },
    };
    const otherError: SessionLike = {
      ...dropped('test/b.test.ts'),
      errors: [
        { message: 'Tests were interrupted because the browser disconnected.' },
        { message: 'TypeError: x is undefined' },
      ],
    };
    assert.deepEqual(interruptedSessions([failedTest, otherError]), []);
    assert.equal(onlyInterruptions([dropped('test/c.test.ts'), failedTest]), false);
    assert.equal(onlyInterruptions([passingSession('Chromium')]), false);
  });
});
