/** Reads seed JSON files and validates them record by record, naming the culprit on failure. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type * as z from 'zod/mini';
import { formatJsonPath } from '../../src/api/json-path.js';

/** A seed file that is missing, not JSON, or holds an invalid record. */
export class SeedDataError extends Error {
  override name = 'SeedDataError';
}

/** How a file is named in error messages: relative to the working directory when possible. */
export function displayPath(file: URL): string {
  const path = fileURLToPath(file);
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Reads and parses one JSON file. */
export function readJson(file: URL): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SeedDataError(`${displayPath(file)}: cannot read (${String(error)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SeedDataError(`${displayPath(file)}: not valid JSON (${String(error)})`);
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatJsonPath(issue.path) || '(record)';
  // zod/mini carries no message texts by default, so the issue code and details say what is wrong.
  const details: string[] = [issue.code];
  if (issue.code === 'invalid_type') details.push(`expected ${issue.expected}`);
  if (issue.code === 'invalid_value') details.push(`expected one of ${issue.values.join(', ')}`);
  if (issue.code === 'unrecognized_keys') details.push(issue.keys.join(', '));
  if (issue.message && issue.message !== 'Invalid input') details.push(issue.message);
  return `${path}: ${details.join(', ')}`;
}

/** Validates one record; throws naming the file, the record index and each invalid path. */
export function parseRecord<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  file: URL,
  index?: number,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const where = index === undefined ? displayPath(file) : `${displayPath(file)} [${index}]`;
  const issues = result.error.issues.map(describeIssue).join('; ');
  throw new SeedDataError(`${where}: invalid record: ${issues}`);
}

/** Reads a file holding an array and validates every element. */
export function parseArrayFile<S extends z.ZodMiniType>(schema: S, file: URL): z.output<S>[] {
  const data = readJson(file);
  if (!Array.isArray(data)) throw new SeedDataError(`${displayPath(file)}: expected a JSON array`);
  return data.map((record, index) => parseRecord(schema, record, file, index));
}
