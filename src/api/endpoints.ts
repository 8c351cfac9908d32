/**
 * The endpoints of the portal API as the client needs to know them: method, path and who may
 * call. The server's definition of each endpoint (`server/routes/`) starts from this entry and
 * adds its schemas, statuses and handler; the route table, the OpenAPI document and the client
 * all derive from the same ids. Each id is the name of the `PortalClient` method, or of the
 * function in `calls/` (which takes the client), that calls it (a test fails when one is
 * missing).
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

/** The citizen account: where to log in, who is logged in. `PortalClient` methods. */
export const ACCOUNT_ENDPOINTS = {
  getConfig: { method: 'GET', path: '/config', auth: 'none' },
  getMe: { method: 'GET', path: '/me', auth: 'citizen' },
} as const satisfies Record<string, Endpoint>;

/** Services, places and who is responsible: public data. `PortalClient` methods. */
export const CATALOGUE_ENDPOINTS = {
  getCatalogue: { method: 'GET', path: '/services', auth: 'none' },
  getService: { method: 'GET', path: '/services/{id}', auth: 'none' },
  findAreas: { method: 'GET', path: '/areas', auth: 'none' },
  getArea: { method: 'GET', path: '/areas/{ars}', auth: 'none' },
  getRoutes: { method: 'GET', path: '/routes', auth: 'none' },
} as const satisfies Record<string, Endpoint>;

/** Forms and applications, their status and documents: functions in `calls/applications.ts`. */
export const APPLICATION_ENDPOINTS = {
  getForm: { method: 'GET', path: '/forms/{serviceId}', auth: 'none' },
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
} as const satisfies Record<string, Endpoint>;

/** Drafts and their resume tokens: functions in `calls/drafts.ts`. */
export const DRAFT_ENDPOINTS = {
  createDraft: { method: 'POST', path: '/drafts', auth: 'optional' },
  getDraft: { method: 'GET', path: '/drafts/{token}', auth: 'optional' },
  updateDraft: { method: 'PUT', path: '/drafts/{token}', auth: 'optional' },
  deleteDraft: { method: 'DELETE', path: '/drafts/{token}', auth: 'optional' },
  listMyDrafts: { method: 'GET', path: '/me/drafts', auth: 'citizen' },
} as const satisfies Record<string, Endpoint>;

/** What caseworkers do: functions in `calls/caseworker.ts`. */
export const CASEWORKER_ENDPOINTS = {
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

/**
 * Every endpoint of the portal API, by the name of the client method or function that calls it.
 * The groups above exist for the CDN build: the shared chunk holds only the account and catalogue
 * entries, which `PortalClient` itself uses; the others travel with the calls that use them
 * (decision 0091).
 */
export const ENDPOINTS = {
  ...ACCOUNT_ENDPOINTS,
  ...CATALOGUE_ENDPOINTS,
  ...APPLICATION_ENDPOINTS,
  ...DRAFT_ENDPOINTS,
  ...CASEWORKER_ENDPOINTS,
} as const satisfies Record<string, Endpoint>;

/** The id of an endpoint (and the name of its client method or function). */
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
