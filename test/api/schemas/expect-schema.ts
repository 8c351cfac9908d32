/** Assertions for schema tests: a sample parses, or fails at the named path. */
import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { formatJsonPath } from '../../../src/api/json-path.js';

export function expectValid(schema: z.ZodMiniType, sample: unknown): void {
  const result = schema.safeParse(sample);
  const issues = result.success
    ? []
    : result.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`);
  expect(issues, 'issues').to.deep.equal([]);
}

export function expectInvalidAt(schema: z.ZodMiniType, sample: unknown, path: string): void {
  const result = schema.safeParse(sample);
  expect(result.success, `expected ${JSON.stringify(sample)} to be invalid`).to.equal(false);
  if (!result.success) {
    expect(result.error.issues.map((issue) => formatJsonPath(issue.path))).to.include(path);
  }
}

/** A copy of `base` with `changes` merged in at the top level. */
export function variant<T extends object>(base: T, changes: Record<string, unknown>): unknown {
  return { ...base, ...changes };
}
