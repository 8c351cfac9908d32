/**
 * Reference numbers and access codes as citizens type them, from a letter or a phone: normalised
 * to canonical form before they are checked against the patterns of `identifiers.ts`. The status
 * tracker and the server run the same functions. Apart from the patterns because the schemas
 * need only those: the CDN build puts the patterns in the shared chunk, these with the tracker.
 */
import { ACCESS_CODE_PATTERN, REFERENCE_PATTERN } from './identifiers.js';

/**
 * An access code as a citizen may type it, in canonical form: upper case, without spaces or
 * hyphens, and Crockford's look-alikes read as digits (O → 0, I and L → 1).
 */
export function normalizeAccessCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** The canonical access code in `text`, or undefined when it cannot be one. */
export function parseAccessCode(text: string | null | undefined): string | undefined {
  if (text == null) return undefined;
  const code = normalizeAccessCode(text);
  return ACCESS_CODE_PATTERN.test(code) ? code : undefined;
}

/**
 * The reference number in `text` as a citizen may type it, in canonical form, or undefined:
 * upper case, spaces and hyphens anywhere (or none), and look-alikes in the code parts read as
 * digits (O → 0, I and L → 1), as for access codes.
 */
export function parseReference(text: string | null | undefined): string | undefined {
  if (text == null) return undefined;
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  const match = /^SAAR(\d{4})(\w{4})(\w{4})$/.exec(compact);
  if (!match) return undefined;
  const [, year, first, second] = match as unknown as [string, string, string, string];
  const reference = `SAAR-${year}-${normalizeAccessCode(first)}-${normalizeAccessCode(second)}`;
  return REFERENCE_PATTERN.test(reference) ? reference : undefined;
}
