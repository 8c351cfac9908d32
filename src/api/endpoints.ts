/**
 * The endpoints of the portal API as the client needs to know them: method, path and who may
 * call. The server's definition of each endpoint (`server/routes/`) starts from this entry and
 * adds its schemas, statuses and handler; the route table, the OpenAPI document and the client's
 * methods all derive from the same ids. Each id is the name of the `PortalClient` method that
 * calls it (a test fails when one is missing).
 *
 * No zod here: the client reads this table before the contract chunk has loaded.
 */

/** Who may call an endpoint, and so whether the client sends the session's token to it. */
export type EndpointAuth =
  /** Public: the client never sends a token. */
  | 'none'
  /** Anyone; a logged-in citizen's token changes the answer (ownership). */
  | 'optional'
  /** A logged-in citizen only. */
  | 'citizen'
  /** A caseworker only. */
  | 'caseworker';

/** An endpoint's identity. */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the API base, parameters in braces (`/services/{id}`). */
  path: string;
  auth: EndpointAuth;
}

/** Every endpoint of the portal API, by the name of its client method. */
export const ENDPOINTS = {
  getConfig: { method: 'GET', path: '/config', auth: 'none' },
  getMe: { method: 'GET', path: '/me', auth: 'citizen' },
  getCatalogue: { method: 'GET', path: '/services', auth: 'none' },
  getService: { method: 'GET', path: '/services/{id}', auth: 'none' },
  findAreas: { method: 'GET', path: '/areas', auth: 'none' },
  getArea: { method: 'GET', path: '/areas/{ars}', auth: 'none' },
  getRoutes: { method: 'GET', path: '/routes', auth: 'none' },
  getForm: { method: 'GET', path: '/forms/{serviceId}', auth: 'none' },
  createDraft: { method: 'POST', path: '/drafts', auth: 'optional' },
  getDraft: { method: 'GET', path: '/drafts/{token}', auth: 'optional' },
  updateDraft: { method: 'PUT', path: '/drafts/{token}', auth: 'optional' },
  deleteDraft: { method: 'DELETE', path: '/drafts/{token}', auth: 'optional' },
  listMyDrafts: { method: 'GET', path: '/me/drafts', auth: 'citizen' },
  uploadAttachment: { method: 'POST', path: '/attachments', auth: 'optional' },
  submitApplication: { method: 'POST', path: '/applications', auth: 'optional' },
  getApplication: { method: 'GET', path: '/applications/{reference}', auth: 'optional' },
  getStatusEvents: { method: 'GET', path: '/applications/{reference}/events', auth: 'optional' },
  statusStreamUrl: {
    method: 'GET',
    path: '/applications/{reference}/events/stream',
    auth: 'optional',
  },
  sendDocuments: {
    method: 'POST',
    path: '/applications/{reference}/documents',
    auth: 'optional',
  },
  listMyApplications: { method: 'GET', path: '/me/applications', auth: 'citizen' },
  listApplicationsToProcess: {
    method: 'GET',
    path: '/caseworker/applications',
    auth: 'caseworker',
  },
  changeApplicationStatus: {
    method: 'POST',
    path: '/caseworker/applications/{reference}/status',
    auth: 'caseworker',
  },
  downloadApplicationFile: {
    method: 'GET',
    path: '/caseworker/applications/{reference}/files/{attachmentId}',
    auth: 'caseworker',
  },
} as const satisfies Record<string, Endpoint>;

/** The id of an endpoint (and the name of its client method). */
export type EndpointId = keyof typeof ENDPOINTS;

/** The path of `endpoint` with its parameters filled in, each encoded as one path segment. */
export function endpointPath(
  endpoint: Endpoint,
  params: Readonly<Record<string, string>> = {},
): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${endpoint.path}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}
