/**
 * Request validation with the contract's zod schemas: a failed parse becomes a 400 problem with
 * `invalidParams`, one entry per issue, named by a path in the format widgets read
 * (`formatParamPath` in src/api/rules: `answers.F00000001`, `query.limit`).
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import {
  formatParamPath,
  type InvalidParam,
  type PathSegment,
} from '../../src/api/rules/problem-types.js';
import { HttpProblem, PROBLEM_TYPES } from './problem.js';

export type { InvalidParam } from '../../src/api/rules/problem-types.js';

// zod/mini ships without messages ("Invalid input"); the server answers with English ones.
z.config(en());

function joinPath(prefix: string, path: ReadonlyArray<PropertyKey>): string {
  const segments: PathSegment[] = path.map((part) =>
    typeof part === 'number' ? part : String(part),
  );
  return formatParamPath(segments, prefix);
}

/** Flattens zod issues into `invalidParams`; unknown keys get one entry each. */
export function toInvalidParams(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix = '',
): InvalidParam[] {
  return issues.flatMap((issue): InvalidParam[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: joinPath(prefix, [...issue.path, key]),
        message: 'Unknown field.',
      }));
    }
    return [{ path: joinPath(prefix, issue.path), message: issue.message }];
  });
}

/** A 400 problem listing what was invalid. */
export function validationProblem(invalidParams: InvalidParam[], detail?: string): HttpProblem {
  return new HttpProblem({
    type: PROBLEM_TYPES.validation,
    title: 'Bad Request',
    status: 400,
    detail: detail ?? 'The request is not valid. See invalidParams.',
    invalidParams,
  });
}

/** Where a request's input came from; bodies' paths have no prefix. */
export type InputSource = 'body' | 'query' | 'params' | 'headers';

/** Parses `input` with `schema` or throws a 400 problem; `where` prefixes the paths. */
export function parseRequest<T extends z.core.$ZodType>(
  schema: T,
  input: unknown,
  where: InputSource,
): z.output<T> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  // Body paths read as the widget knows them (`answers.F1`), the others name where they came from.
  const prefix = where === 'body' ? '' : where;
  throw validationProblem(toInvalidParams(result.error.issues, prefix));
}

/**
 * Checks an outgoing body against its response schema, so nothing off-contract leaves:
 * unknown properties are stripped, a mismatch is a server bug (500, logged).
 */
export function serialize<T extends z.core.$ZodType>(schema: T, value: z.input<T>): z.output<T> {
  return z.parse(schema, value);
}
