/** What the domain modules work with: the store, the clock and the access-code key. */
import type { PortalStore } from '../store/portal-store.js';

/** The domain's view of the running server. */
export interface DomainContext {
  store: PortalStore;
  /** Key of the access-code hashes; kept outside the database. */
  accessCodePepper: Buffer;
  /** Days a draft (and an upload it references) is kept after its last change. */
  draftTtlDays: number;
  /** The clock; tests move it to expire drafts. */
  now(): Date;
}

/** Milliseconds of a day. */
export const DAY_MS = 24 * 60 * 60 * 1000;
