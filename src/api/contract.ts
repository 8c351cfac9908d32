/**
 * The client's way to the schemas: each part of the contract is imported on first use, so a
 * widget renders its first state without waiting for zod, and a page never downloads the schemas
 * of endpoints its widgets do not call (decisions 0005 and 0091). Every answer is still checked
 * before a widget sees it.
 */
import type * as CorePart from './schemas/core-part.js';

/** The core part: problem details, catalogue, areas, routes, the account's configuration. */
export type CoreContract = typeof CorePart;

/**
 * `load`, run once per page; a failed load (a flaky network) is tried again on the next call
 * instead of failing every later call too.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Loads the core part (and zod with it). */
export const loadCoreContract = loadOnce(() => import('./schemas/core-part.js'));

/** A schema of the core part, picked once it has loaded: a call's `schema`. */
export const fromCore =
  <T>(pick: (contract: CoreContract) => T) =>
  (): Promise<T> =>
    loadCoreContract().then(pick);
