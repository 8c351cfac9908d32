/**
 * DPoP proofs (RFC 9449) for the portal API: a citizen's access token is bound to a key pair in
 * the citizen's browser (`cnf.jkt`, the key's thumbprint), and each request carries a fresh
 * proof signed with that key for exactly this method and URL. A token copied off the page is
 * worthless without the key, which the browser cannot export.
 */
import { createHash } from 'node:crypto';
import {
  EmbeddedJWK,
  calculateJwkThumbprint,
  errors as joseErrors,
  jwtVerify,
  type JWK,
} from 'jose';
import type { ProofIdStore } from '../store/portal-store.js';
import { AuthError } from './auth-error.js';

/** Signature algorithms accepted for proofs (what browsers' WebCrypto signs with). */
export const DPOP_ALGORITHMS = ['ES256', 'ES384', 'EdDSA', 'Ed25519', 'PS256', 'RS256'];

/** How far a proof's `iat` may lie in the past, or (clock skew) in the future, in seconds. */
const MAX_AGE_SECONDS = 60;
const MAX_SKEW_SECONDS = 5;

/** The request a proof must be for. */
export interface ProofContext {
  /** `DPoP` header value. */
  proof: string;
  method: string;
  /** The URL the client called, as the portal's public origin sees it. */
  url: URL;
  /** The access token the proof must name (`ath`). */
  accessToken: string;
  /** The thumbprint the token is bound to (`cnf.jkt`). */
  boundThumbprint: string;
}

/** The `htu` a proof for `url` carries: scheme, host and path, without query and fragment. */
export function targetUri(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function invalidProof(detail: string): AuthError {
  return new AuthError('invalid_dpop_proof', detail);
}

/**
 * Checks a DPoP proof: its type and algorithm, its signature by the key it embeds, that the key
 * is the one the token is bound to, that it is for this method, URL and token, that it is fresh,
 * and that it was not used before. Throws `AuthError` (401) otherwise.
 */
export async function verifyDpopProof(
  context: ProofContext,
  proofIds: ProofIdStore,
  now = Date.now(),
): Promise<void> {
  let payload;
  let jwk: JWK;
  try {
    const verified = await jwtVerify(context.proof, EmbeddedJWK, {
      typ: 'dpop+jwt',
      algorithms: DPOP_ALGORITHMS,
      currentDate: new Date(now),
    });
    payload = verified.payload;
    jwk = verified.protectedHeader.jwk as JWK;
  } catch (error) {
    if (error instanceof joseErrors.JOSEError)
      throw invalidProof(`the DPoP proof is not valid (${error.code})`);
    throw error;
  }
  if ('d' in jwk) throw invalidProof('the DPoP proof embeds a private key');
  if ((await calculateJwkThumbprint(jwk, 'sha256')) !== context.boundThumbprint) {
    throw invalidProof('the DPoP proof is signed by another key than the token is bound to');
  }
  if (payload.htm !== context.method) throw invalidProof('the DPoP proof is for another method');
  if (payload.htu !== targetUri(context.url))
    throw invalidProof('the DPoP proof is for another URL');
  const expectedAth = createHash('sha256').update(context.accessToken).digest('base64url');
  if (payload.ath !== expectedAth) throw invalidProof('the DPoP proof is for another access token');
  const iat = typeof payload.iat === 'number' ? payload.iat : Number.NaN;
  const nowSeconds = now / 1000;
  if (!(iat >= nowSeconds - MAX_AGE_SECONDS && iat <= nowSeconds + MAX_SKEW_SECONDS)) {
    throw invalidProof('the DPoP proof is too old or from the future');
  }
  if (typeof payload.jti !== 'string' || payload.jti.length < 8 || payload.jti.length > 128) {
    throw invalidProof('the DPoP proof has no usable id (jti)');
  }
  // Remembered as long as a proof could pass the age check above; by every instance (the store).
  const acceptableUntil = now + (MAX_AGE_SECONDS + MAX_SKEW_SECONDS) * 1000;
  if (!(await proofIds.remember(payload.jti, acceptableUntil, now)))
    throw invalidProof('the DPoP proof was used before');
}
