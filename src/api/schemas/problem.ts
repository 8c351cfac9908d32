/** RFC 7807 / RFC 9457 problem details: the body of every error response. */
import * as z from 'zod/mini';

/** One invalid input, named by its JSON path (for 400/422 answers). */
export const InvalidParamSchema = z.object({
  path: z.string(),
  message: z.string(),
  /** The form rule that failed (`required`, `pattern`, …), for answers checked against a form. */
  rule: z.optional(z.string()),
});

/** Problem details; extension members are allowed and kept. */
export const ProblemSchema = z.looseObject({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  invalidParams: z.optional(z.array(InvalidParamSchema)),
});
/** Problem details of an error response. */
export type Problem = z.infer<typeof ProblemSchema>;

export { PROBLEM_MEDIA_TYPE } from '../vocabulary.js';
