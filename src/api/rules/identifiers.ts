/**
 * Identifier formats the widgets and the server agree on, without zod: the schemas in
 * `../schemas/` are built from these patterns, and the server's generators draw from the same
 * alphabet. Reading what a citizen typed is `typed-identifiers.ts`.
 */

/** Crockford's base32 without I, L, O, U: the alphabet of references and access codes. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference number such as `SAAR-2026-7KQ4-M2XH`. */
export const REFERENCE_PATTERN = /^SAAR-\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** An access code in canonical form: 8 characters of the code alphabet. */
export const ACCESS_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** A resume token: opaque, url-safe, 32–128 characters (the server issues 43). */
export const RESUME_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

/** An upload id: url-safe, 8–64 characters (the server issues 24). */
export const ATTACHMENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** The 14-digit key of the federal service catalogue (Leistungskatalog, LeiKa). */
export const LEIKA_KEY_PATTERN = /^99\d{12}$/;

/** Official regional key (ARS): state (2), district (5) or municipality (12 digits). */
export const ARS_PATTERN = /^\d{2}(?:\d{3}(?:\d{7})?)?$/;

/** Official municipality key (AGS), 8 digits. */
export const AGS_PATTERN = /^\d{8}$/;

/** German postcode, 5 digits. */
export const POSTCODE_PATTERN = /^\d{5}$/;

/** Whether `text` is a well-formed reference number. */
export function isReference(text: string): boolean {
  return REFERENCE_PATTERN.test(text);
}
