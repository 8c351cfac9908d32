/**
 * Who may see an application: its owner (a token with the same `sub`) or whoever holds its access
 * code. Everyone else, and every unknown reference, gets the very same refusal after the same
 * work: one indexed read of the code hash and one HMAC, whether the reference exists or not, so
 * neither the answer nor its timing tells a guesser anything (the full record is read only once
 * the caller is let in).
 */
import { isReference } from '../../src/api/rules/identifiers.js';
import { parseAccessCode } from '../../src/api/rules/typed-identifiers.js';
import type { Application, StatusEvent } from '../../src/api/schemas/index.js';
import type { AuthenticatedUser } from '../auth/user.js';
import type { ApplicationRecord } from '../store/portal-store.js';
import type { DomainContext } from './context.js';
import { accessCodeMatches, hashAccessCode } from './identifiers.js';
import { Refusal } from './refusal.js';

/** The one refusal for "unknown", "not yours" and "wrong code". */
export function applicationNotFound(): Refusal {
  return new Refusal('not-found', 'There is no application with this reference and access code.');
}

// Compared against when the reference is unknown, so that case costs what a real one costs.
const NO_HASH = hashAccessCode(Buffer.alloc(32), 'SAAR-0000-0000-0000', '00000000');

/** The application as its citizen sees it (checked against the contract by the route). */
export function toApplication(record: ApplicationRecord, events: StatusEvent[]): Application {
  return {
    reference: record.reference,
    serviceId: record.serviceId,
    serviceName: record.serviceName,
    ars: record.ars,
    authorityName: record.authorityName,
    status: record.status,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
    ...(record.trustLevel === undefined ? {} : { trustLevel: record.trustLevel }),
    events,
  };
}

/**
 * The application `reference` if the caller may see it: as its owner (`user`), or with
 * `accessCode` (typed by a citizen: normalised first).
 */
export async function openApplication(
  ctx: DomainContext,
  reference: string,
  user: AuthenticatedUser | undefined,
  accessCode: string | undefined,
): Promise<ApplicationRecord> {
  const { applications } = ctx.store;
  const known = isReference(reference);
  if (user !== undefined && known) {
    const record = await applications.get(reference);
    if (record !== undefined && record.ownerSub === user.sub) return record;
  }
  const code = parseAccessCode(accessCode);
  const stored = known ? await applications.getAccessCodeHash(reference) : undefined;
  const matches = accessCodeMatches(
    ctx.accessCodePepper,
    reference,
    code ?? '00000000',
    stored ?? NO_HASH,
  );
  if (stored === undefined || code === undefined || !matches) throw applicationNotFound();
  const record = await applications.get(reference);
  if (record === undefined) throw applicationNotFound();
  return record;
}
