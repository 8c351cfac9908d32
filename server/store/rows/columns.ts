/** How both stores read the columns they share: JSON documents and generated ids. */

/**
 * An id the database generates (status events, document deliveries): `pg` answers a `bigint` as
 * text, better-sqlite3 an `INTEGER` as a number. Records carry it as a string.
 */
export type GeneratedId = string | number;

/** Parses a JSON column the store itself wrote from schema-valid data (not checked again). */
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
