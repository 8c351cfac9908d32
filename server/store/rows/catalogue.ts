/**
 * The catalogue as rows, the same in the SQLite and the PostgreSQL store: documents in a `json`
 * column, responsibility documents stored once under the hash of their JSON, and the answer for
 * a service nobody is known to be responsible for. The SQL and the seeding stay in each store.
 */
import { createHash } from 'node:crypto';
import type { Responsibility } from '../portal-store.js';

/** A row that is one JSON document (`SELECT json …`). */
export interface JsonRow {
  json: string;
}

/**
 * A responsibility as stored: its JSON, and as its id the SHA-256 of that JSON (base64url), so
 * identical answers share one `responsibility_documents` row (decision 0032).
 */
export function responsibilityDocument(responsibility: Responsibility): {
  id: string;
  json: string;
} {
  const json = JSON.stringify(responsibility);
  return { id: createHash('sha256').update(json).digest('base64url'), json };
}

/** The answer where no level (municipality, district, state) has a responsibility row. */
export function nobodyKnown(): Responsibility {
  return { routes: [], routedBy: 'residence' };
}
