/**
 * What caseworkers do: list the applications to process, change a status, download a file. No
 * widget makes these calls; they are here so the client covers the whole API (decision 0091).
 * Each is named after its endpoint's id.
 */
import { CASEWORKER_ENDPOINTS } from '../endpoints.js';
import type { CallOptions, PortalClient } from '../portal-client.js';
import { loadOnce } from '../contract.js';
import type * as CaseworkerPart from '../schemas/caseworker-part.js';
import type { StatusChange, StatusValue } from '../schemas/status.js';

/** The caseworker part of the contract, loaded with the first of these calls. */
const loadCaseworkerContract = loadOnce(() => import('../schemas/caseworker-part.js'));
const fromCaseworker =
  <T>(pick: (contract: typeof CaseworkerPart) => T) =>
  (): Promise<T> =>
    loadCaseworkerContract().then(pick);

/** Applications to process (caseworkers), newest first, optionally in one status. */
export function listApplicationsToProcess(
  client: PortalClient,
  options: CallOptions & { status?: StatusValue; limit?: number } = {},
) {
  const { status, limit, ...call } = options;
  return client.call({
    endpoint: CASEWORKER_ENDPOINTS.listApplicationsToProcess,
    query: { status, limit: limit === undefined ? undefined : String(limit) },
    schema: fromCaseworker((c) => c.CaseworkerApplicationListSchema),
    ...call,
  });
}

/** Records a caseworker's status change; the answer is the application after it. */
export function changeApplicationStatus(
  client: PortalClient,
  reference: string,
  change: StatusChange,
  options: CallOptions = {},
) {
  return client.call({
    endpoint: CASEWORKER_ENDPOINTS.changeApplicationStatus,
    params: { reference },
    body: change,
    schema: fromCaseworker((c) => c.CaseworkerApplicationSchema),
    ...options,
  });
}

/** A file of an application (caseworkers), as bytes; its name is in the application's list. */
export function downloadApplicationFile(
  client: PortalClient,
  reference: string,
  attachmentId: string,
  options: CallOptions = {},
): Promise<Blob> {
  return client.call<Blob>({
    endpoint: CASEWORKER_ENDPOINTS.downloadApplicationFile,
    params: { reference, attachmentId },
    binary: true,
    ...options,
  });
}
