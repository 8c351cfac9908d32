/**
 * Idempotent submissions (`Idempotency-Key`, draft-ietf-httpapi-idempotency-key-header).
 *
 * A replay must return the same receipt, access code included, yet the store keeps no access
 * code in the clear. So the receipt is sealed with AES-256-GCM under a key derived from the
 * idempotency key itself: only a client presenting that key can open its receipt, and the store
 * looks it up by a hash of the key. See docs/decisions/0004-idempotent-submissions.md.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { canonicalJson, hashSecret } from './identifiers.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** Accepted keys: 16–255 visible ASCII characters (a UUID fits), optionally quoted (sf-string). */
const KEY_PATTERN = /^[\x21-\x7e]{16,255}$/;

/** The key from the header value, without the structured-field quotes; undefined if unusable. */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const trimmed = header.trim();
  const key =
    trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
      ? trimmed.slice(1, -1)
      : trimmed;
  return KEY_PATTERN.test(key) && !key.includes('"') ? key : undefined;
}

/** The store's lookup hash of a key. */
export function idempotencyKeyHash(key: string): string {
  return hashSecret('idempotency-key', key);
}

/** The fingerprint of a request: who sent which body. */
export function requestFingerprint(ownerSub: string | undefined, body: unknown): string {
  return hashSecret('idempotency-request', canonicalJson({ owner: ownerSub ?? null, body }));
}

function sealingKey(idempotencyKey: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', idempotencyKey, 'saar-portal', 'application receipt sealing key', 32),
  );
}

/** Encrypts a receipt so only the holder of `idempotencyKey` can open it. */
export function sealReceipt(idempotencyKey: string, receipt: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(idempotencyKey), iv);
  const ciphertext = Buffer.concat([
    cipher.update(JSON.stringify(receipt), 'utf8'),
    cipher.final(),
  ]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

/** Opens a sealed receipt; throws if the key does not fit or the data was altered. */
export function openReceipt(idempotencyKey: string, sealed: string): unknown {
  const data = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    sealingKey(idempotencyKey),
    data.subarray(0, 12),
  );
  decipher.setAuthTag(data.subarray(12, 28));
  const plain = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as unknown;
}
