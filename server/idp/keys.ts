/**
 * Keys of the local identity provider: the token signing key and the cookie keys.
 *
 * They are generated on first start and kept in `DATA_DIR/idp/keys.json` (mode 0600), so tokens
 * and sessions survive a restart. The file is never committed (`.data/` is git-ignored); delete it
 * to rotate every key at once.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';

/** Algorithm of the provider's signing key (ID tokens and JWT access tokens). */
export const SIGNING_ALG = 'ES256';

/** The provider's persisted key material. */
export interface IdpKeys {
  /** Private signing keys (JWK), newest first; the provider signs with the first. */
  signingKeys: JWK[];
  /** Secrets that sign the provider's cookies, newest first. */
  cookieKeys: string[];
}

/** Where the key file lives inside the data folder. */
export function idpKeysPath(dataDir: string): string {
  return join(dataDir, 'idp', 'keys.json');
}

function createSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  // A date-based key id tells at a glance how old a key is; the suffix keeps it unique.
  const kid = `${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;
  return { ...jwk, kid, alg: SIGNING_ALG, use: 'sig' };
}

function isIdpKeys(value: unknown): value is IdpKeys {
  if (typeof value !== 'object' || value === null) return false;
  const { signingKeys, cookieKeys } = value as Partial<IdpKeys>;
  return (
    Array.isArray(signingKeys) &&
    signingKeys.length > 0 &&
    signingKeys.every((key) => typeof key === 'object' && key !== null && 'd' in key) &&
    Array.isArray(cookieKeys) &&
    cookieKeys.length > 0 &&
    cookieKeys.every((key) => typeof key === 'string' && key.length >= 32)
  );
}

/**
 * Loads the keys from `dataDir`, creating them on first use. Synchronous on purpose: the API's
 * token verifier and the provider both call it while the server is being built, and must end up
 * with the same keys.
 */
export function loadOrCreateIdpKeys(dataDir: string): IdpKeys {
  const path = idpKeysPath(dataDir);
  if (existsSync(path)) {
    const stored: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!isIdpKeys(stored)) {
      throw new Error(`${path} is not a valid key file; delete it to generate new keys`);
    }
    return stored;
  }
  const keys: IdpKeys = {
    signingKeys: [createSigningKey()],
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
  mkdirSync(join(dataDir, 'idp'), { recursive: true, mode: 0o700 });
  // Write a temporary file, then link it into place: the link fails if another process got
  // there first, and then everyone uses that process's keys. No half-written key file either.
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return loadOrCreateIdpKeys(dataDir);
  } finally {
    unlinkSync(temporary);
  }
  return keys;
}

/** The public half of a private JWK: what may be published in the JWKS. */
export function publicJwk(privateJwk: JWK): JWK {
  const { kty, crv, x, y, n, e, kid, alg, use } = privateJwk;
  return Object.fromEntries(
    Object.entries({ kty, crv, x, y, n, e, kid, alg, use }).filter(([, v]) => v !== undefined),
  ) as JWK;
}
