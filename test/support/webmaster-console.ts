/**
 * What the widgets tell the webmaster (`saar-portal:` lines on the console) while a test runs.
 */

/** Collects the console's error and warning lines while `work` runs. */
export async function webmasterLines(work: () => Promise<void>): Promise<string[]> {
  // The console says each thing once per page: forget what earlier tests on this page heard.
  const told = Symbol.for('saar-portal.webmaster-told');
  (globalThis as unknown as Record<symbol, Set<string> | undefined>)[told]?.clear();
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  try {
    await work();
  } finally {
    Object.assign(console, { error, warn });
  }
  return lines;
}
