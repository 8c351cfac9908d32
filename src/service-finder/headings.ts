/**
 * The finder's headings in the host page's outline. The widget's own heading is an `<h2>`, the
 * ones inside it `<h3>` to `<h5>`; a page that puts the widget under its own `<h2>` sets
 * `heading-level="3"`, and each heading then says its level with `aria-level` (styles stay with
 * the tags).
 */
import { nothing } from 'lit';

/** The widget's own heading's tag level; the others follow it. */
const TAG_LEVEL = 2;

/** Heading levels for a widget whose own heading sits at `level`. */
export class HeadingLevels {
  /** The level of the widget's own heading, 1 to 6. */
  readonly base: number;

  constructor(level: number) {
    this.base = Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : TAG_LEVEL;
  }

  /**
   * The `aria-level` of a heading `depth` levels below the widget's own (rendered as
   * `<h(2 + depth)>`), or `nothing` when its tag already says it.
   */
  aria(depth: number): string | typeof nothing {
    const level = Math.min(6, this.base + depth);
    return level === TAG_LEVEL + depth ? nothing : String(level);
  }
}
