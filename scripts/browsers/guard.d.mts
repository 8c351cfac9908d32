/** Types of guard.mjs, for the tests in test/tooling/. */
export interface LegCounts {
  browser: string;
  files: number;
  run: number;
  skipped: number;
  failed: number;
  /** Each failed test as `file: suite > test`. */
  failedTests: string[];
  startErrors: string[];
}
export interface SessionLike {
  browser: { name: string };
  passed?: boolean;
  testFile?: string;
  errors?: { message?: string }[];
  testResults?: SuiteLike;
}
export interface SuiteLike {
  name?: string;
  tests?: { name?: string; skipped?: boolean; passed?: boolean }[];
  suites?: SuiteLike[];
}
export declare function unsupportedCommand(message: string): string | undefined;
export declare function legsFromSessions(sessions: Iterable<SessionLike>): LegCounts[];
export declare function browserLegProblems(
  legs: LegCounts[],
  labels: Map<string, string>,
  expectedLegs?: string[],
): string[];
export declare function legSummary(leg: LegCounts, label: string): string;
export declare function interruptedSessions(
  sessions: Iterable<SessionLike>,
): { browser: string; testFile?: string }[];
export declare function onlyInterruptions(sessions: Iterable<SessionLike>): boolean;
