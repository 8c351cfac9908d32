// The guard over the browser legs of the component tests: a leg that ran no test, or whose every
// session failed to start, fails `npm test` with one line naming the browser, its version and,
// when the browser said so, the WebDriver BiDi / DevTools command it does not implement.
// Pure functions over plain data, so they are tested without a browser (test/tooling/).

/** The protocol command a browser said it does not implement, if an error names one. */
export function unsupportedCommand(message) {
  const match = /unknown command:? ([\w.]+)|Protocol error \(([\w.]+)\): unknown command/.exec(
    message,
  );
  return match ? (match[1] ?? match[2]) : undefined;
}

function countTests(suite, path = []) {
  const counts = { run: 0, skipped: 0, failed: 0, failedNames: [] };
  if (!suite) return counts;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else counts.run += 1;
    if (!test.skipped && test.passed === false) {
      counts.failed += 1;
      counts.failedNames.push([...here, test.name].join(' > '));
    }
  }
  for (const child of suite.suites ?? []) {
    const inner = countTests(child, here);
    counts.run += inner.run;
    counts.skipped += inner.skipped;
    counts.failed += inner.failed;
    counts.failedNames.push(...inner.failedNames);
  }
  return counts;
}

/**
 * Per browser leg, from web-test-runner's sessions: how many test files it had, how many tests
 * ran and were skipped, and the errors of sessions that never got to run a test.
 */
export function legsFromSessions(sessions) {
  const legs = new Map();
  for (const session of sessions) {
    const name = session.browser.name;
    let leg = legs.get(name);
    if (!leg) {
      leg = {
        browser: name,
        files: 0,
        run: 0,
        skipped: 0,
        failed: 0,
        failedTests: [],
        startErrors: [],
      };
      legs.set(name, leg);
    }
    leg.files += 1;
    const counts = countTests(session.testResults);
    leg.run += counts.run;
    leg.skipped += counts.skipped;
    // A failed test, or an error outside any test (a hook, a crashed page), fails the leg.
    leg.failed += counts.failed + (session.passed === false && counts.failed === 0 ? 1 : 0);
    leg.failedTests.push(...counts.failedNames.map((test) => `${session.testFile}: ${test}`));
    if (session.passed === false && counts.failed === 0) {
      const error = (session.errors ?? [])[0];
      leg.failedTests.push(
        `${session.testFile}: ${String(error?.message ?? 'failed outside a test').split('\n')[0]}`,
      );
    }
    if (counts.run === 0 && counts.skipped === 0) {
      leg.startErrors.push(
        ...(session.errors ?? []).map((error) => error.message ?? String(error)),
      );
    }
  }
  return [...legs.values()];
}

/** One line per leg that must fail the run; `labels` maps a leg to "Firefox ESR 140.12.0esr". */
export function browserLegProblems(legs, labels, expectedLegs = [...labels.keys()]) {
  const problems = [];
  for (const name of expectedLegs) {
    const label = labels.get(name) ?? name;
    const leg = legs.find((candidate) => candidate.browser === name);
    if (!leg || leg.files === 0) {
      problems.push(`${label}: no test file ran in this browser.`);
      continue;
    }
    if (leg.run > 0) continue;
    const command = leg.startErrors.map(unsupportedCommand).find(Boolean);
    if (command) {
      problems.push(
        `${label} ran no test: it does not implement the protocol command ${command}. See docs/browsers.md.`,
      );
    } else if (leg.startErrors.length > 0) {
      const first = leg.startErrors[0].split('\n')[0].slice(0, 160);
      problems.push(
        `${label} ran no test: its sessions failed to start (${first}). See docs/browsers.md.`,
      );
    } else {
      problems.push(`${label} ran no test in ${leg.files} test files. See docs/browsers.md.`);
    }
  }
  return problems;
}

/**
 * The summary of one leg: one line, then each failed test on a line of its own (the end of a CI
 * log is often all anyone sees, so it names what failed).
 */
export function legSummary(leg, label) {
  const skipped = leg.skipped ? `, ${leg.skipped} skipped` : '';
  const failed = leg.failed ? `, ${leg.failed} FAILED` : '';
  const names = (leg.failedTests ?? []).map((test) => `\n  ✗ ${test}`).join('');
  return `${label}: ${leg.files} test files, ${leg.run} tests run${skipped}${failed}${names}`;
}

/** What web-test-runner says when a page's connection to it dropped mid-file. */
const DISCONNECTED = 'Tests were interrupted because the browser disconnected';
/** What follows it when the runner then stops the page that went away (closed, or crashed). */
const AFTERMATH =
  /Session closed\. Most likely the page has been closed|Timed out stopping the browser page/;

/**
 * The sessions a browser dropped rather than failed: interrupted by a disconnect, with no test
 * assertion failed and no other error. Their files are worth one more run; any other failure is
 * the code's or the test's and is never retried.
 */
export function interruptedSessions(sessions) {
  const interrupted = [];
  for (const session of sessions) {
    if (session.passed !== false) continue;
    const messages = (session.errors ?? []).map((error) => String(error?.message ?? ''));
    const dropped =
      messages.some((message) => message.startsWith(DISCONNECTED)) &&
      messages.every((message) => message.startsWith(DISCONNECTED) || AFTERMATH.test(message));
    if (dropped && countTests(session.testResults).failed === 0) {
      interrupted.push({ browser: session.browser.name, testFile: session.testFile });
    }
  }
  return interrupted;
}

/** Whether every failed session of a run is one the browser dropped. */
export function onlyInterruptions(sessions) {
  const all = [...sessions];
  const failed = all.filter((session) => session.passed === false);
  return failed.length > 0 && interruptedSessions(failed).length === failed.length;
}
