/** Trust levels requested through `acr_values`, as the local provider understands them. */
import { TRUST_LEVELS, type TrustLevel } from '../../src/api/schemas/index.js';

/** Whether `value` is one of the portal's trust levels. */
export function isTrustLevel(value: unknown): value is TrustLevel {
  return typeof value === 'string' && (TRUST_LEVELS as readonly string[]).includes(value);
}

/**
 * The lowest trust level a request accepts, from its space-separated `acr_values`.
 *
 * BundID's levels are ordered, so a login at a higher level also satisfies a lower one; the
 * request lists what it accepts, and its weakest known entry is the bar. Unknown values are
 * ignored; no known value means no requirement.
 */
export function minimumRequestedTrustLevel(acrValues: unknown): TrustLevel | undefined {
  if (typeof acrValues !== 'string') return undefined;
  const requested = acrValues.split(' ').filter(isTrustLevel);
  if (requested.length === 0) return undefined;
  return TRUST_LEVELS.find((level) => requested.includes(level));
}
