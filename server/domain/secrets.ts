/**
 * Server-side secrets that must not live in the database: read from the environment, or created
 * once in `DATA_DIR/secrets/` (mode 0600) so a development server needs no setup.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secret `name`: `envValue` (base64url, at least 32 bytes) when given, else the file
 * `DATA_DIR/secrets/<name>`, created with 32 random bytes on first use.
 */
export function loadOrCreateSecret(dataDir: string, name: string, envValue?: string): Buffer {
  if (envValue !== undefined && envValue !== '') {
    const secret = Buffer.from(envValue, 'base64url');
    if (secret.length < 32)
      throw new Error(`The secret ${name} must be at least 32 bytes (base64url).`);
    return secret;
  }
  const dir = join(dataDir, 'secrets');
  const file = join(dir, name);
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32);
  // `wx`: if another process created it meanwhile, fail rather than overwrite, then read theirs.
  try {
    writeFileSync(file, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  }
}
