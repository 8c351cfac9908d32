/**
 * The applications part of the contract (forms, drafts, applications, status, documents), loaded
 * by the first call that needs it. It lives next to those calls, not in the client, so that in
 * the CDN build only the chunks of widgets that make such calls import it (decision 0091).
 */
import { loadOnce } from '../contract.js';
import type * as ApplicationsPart from '../schemas/applications-part.js';

/** The applications part of the contract. */
export type ApplicationsContract = typeof ApplicationsPart;

/** Loads the applications part (zod comes with the core part, which every call loads). */
export const loadApplicationsContract = loadOnce(() => import('../schemas/applications-part.js'));

/** A schema of the applications part, picked once it has loaded: a call's `schema`. */
export const fromApplications =
  <T>(pick: (contract: ApplicationsContract) => T) =>
  (): Promise<T> =>
    loadApplicationsContract().then(pick);
