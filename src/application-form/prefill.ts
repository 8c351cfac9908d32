/**
 * Prefill from the citizen account, only with the citizen's consent (asked once by the login
 * button): a field names a claim (`given_name`, `address.postal_code`, …); the consent names the
 * claims as the account releases them (`given_name`, `address`, …).
 */
import type { CitizenClaims } from '../api/schemas/session.js';
import type { FormField } from '../api/schemas/form.js';

/** The claim the citizen consents to for a field's prefill source (`address.locality` → `address`). */
export function prefillableClaim(source: NonNullable<FormField['prefill']>): string {
  return source.split('.')[0]!;
}

/** The account's value for a prefill source, if it has one. */
export function claimValue(
  claims: CitizenClaims,
  source: NonNullable<FormField['prefill']>,
): string | undefined {
  const [claim, part] = source.split('.') as [keyof CitizenClaims, string | undefined];
  const value = claims[claim];
  if (part === undefined) return typeof value === 'string' ? value : undefined;
  const nested = (value as Record<string, unknown> | undefined)?.[part];
  return typeof nested === 'string' ? nested : undefined;
}
