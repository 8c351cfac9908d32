/**
 * Reading and writing answers by path. Answers follow the contract's shape (docs/forms.md): a
 * field's value at its level, a repeatable group as a list of entries. Paths are the segments of
 * an `invalidParams` path without the leading `answers` (`['G1', 0, 'F2']`), so server errors and
 * the widget's own checks name the same place.
 */
import type { FormAnswers, FormDefinition } from '../api/schemas/form.js';
import { isRepeatableGroup, parseCardinality } from '../api/rules/form-model.js';
import { formatParamPath, parseParamPath, type PathSegment } from '../api/rules/problem-types.js';

/** Where an answer lives, below `answers`. */
export type AnswerPath = readonly PathSegment[];

type Container = Record<string, unknown> | unknown[];

/** The value at `path`, or `undefined`. */
export function answerAt(answers: FormAnswers, path: AnswerPath): unknown {
  let node: unknown = answers;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** New answers with `value` at `path` (`undefined` removes it); the old object is untouched. */
export function withAnswer(answers: FormAnswers, path: AnswerPath, value: unknown): FormAnswers {
  const write = (node: unknown, index: number): unknown => {
    const segment = path[index]!;
    const container: Container = Array.isArray(node)
      ? [...(node as unknown[])]
      : { ...((node ?? {}) as Record<string, unknown>) };
    const next =
      index === path.length - 1 ? value : write((container as never)[segment], index + 1);
    if (next === undefined && !Array.isArray(container)) Reflect.deleteProperty(container, segment);
    else (container as Record<PropertyKey, unknown>)[segment] = next;
    return container;
  };
  return path.length === 0 ? answers : (write(answers, 0) as FormAnswers);
}

/** The `invalidParams` path of an answer (`answers.G1[0].F2`). */
export function paramPath(path: AnswerPath): string {
  return formatParamPath(['answers', ...path]);
}

/** The answer path of an `invalidParams` path, or `undefined` if it is not about an answer. */
export function answerPathOf(param: string): AnswerPath | undefined {
  const segments = parseParamPath(param);
  return segments[0] === 'answers' ? segments.slice(1) : undefined;
}

/** An element id safe for the shadow root, made from an answer path (`f-G1-0-F2`). */
export function controlId(path: AnswerPath, suffix = ''): string {
  return `f-${path.join('-')}${suffix ? `-${suffix}` : ''}`;
}

/** `answers` with each required list of entries (a group of `1:n`) holding at least its minimum. */
export function withRequiredEntries(form: FormDefinition, answers: FormAnswers): FormAnswers {
  let result = answers;
  for (const step of form.steps) {
    for (const element of step.elements) {
      if (element.type !== 'group' || !isRepeatableGroup(element)) continue;
      const { min } = parseCardinality(element.cardinality);
      const entries = answerAt(result, [element.id]);
      const count = Array.isArray(entries) ? entries.length : 0;
      if (count >= min) continue;
      const kept = Array.isArray(entries) ? entries : [];
      result = withAnswer(
        result,
        [element.id],
        [...kept, ...Array.from({ length: min - count }, () => ({}))],
      );
    }
  }
  return result;
}
