/**
 * Secrets and identifiers: reference numbers, access codes, resume tokens, upload ids, and the
 * hashes under which the store keeps them. All randomness comes from `node:crypto`.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET } from '../../src/api/rules/identifiers.js';

/** `length` characters drawn uniformly from the code alphabet (32 symbols: 5 bits a byte). */
export function randomCode(length: number): string {
  const bytes = randomBytes(length);
  let code = '';
  for (const byte of bytes) code += CODE_ALPHABET[byte & 31];
  return code;
}

/** A new reference number such as `SAAR-2026-7KQ4-M2XH` (40 random bits). */
export function newReference(now: Date): string {
  return `SAAR-${now.getUTCFullYear()}-${randomCode(4)}-${randomCode(4)}`;
}

/** A new 8-character access code (40 random bits). */
export function newAccessCode(): string {
  return randomCode(8);
}

/** A new resume token: 256 random bits, 43 url-safe characters. */
export function newResumeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new upload id: 144 random bits, 24 url-safe characters. */
export function newAttachmentId(): string {
  return randomBytes(18).toString('base64url');
}

/** SHA-256 of `text` in a named domain, base64url: for high-entropy secrets (tokens, keys). */
export function hashSecret(domain: string, text: string): string {
  return createHash('sha256').update(`${domain}\u0000${text}`).digest('base64url');
}

/**
 * Keyed hash of an access code, bound to its reference. The key (pepper) lives outside the
 * database, so a copy of the database alone does not allow guessing the 40-bit codes offline.
 */
export function hashAccessCode(pepper: Buffer, reference: string, accessCode: string): string {
  return createHmac('sha256', pepper).update(`${reference}\u0000${accessCode}`).digest('base64url');
}

/** Compares an access code against its stored hash in constant time. */
export function accessCodeMatches(
  pepper: Buffer,
  reference: string,
  accessCode: string,
  storedHash: string,
): boolean {
  const actual = Buffer.from(hashAccessCode(pepper, reference, accessCode));
  const expected = Buffer.from(storedHash);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** JSON with object keys sorted, so equal values hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
