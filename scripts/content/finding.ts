/** What a content check found wrong in one text. */
import type { TargetLocale } from './corpus.js';

/** One finding of a content check. */
export interface Finding {
  /** Rule id, such as `fr.elision` or `ls.sentence-length`. */
  rule: string;
  /** The language of the text at fault (`de` for the German source). */
  locale: TargetLocale | 'de';
  /** Where the text is (`TextEntry.where`). */
  where: string;
  message: string;
}
