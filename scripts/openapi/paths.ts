/**
 * The endpoints of the portal API, naming their components. Schemas are referenced, never
 * restated; `test/server/openapi.test.ts` checks that the server serves exactly these routes.
 */

/** One parameter of an endpoint. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  description: string;
  required?: boolean;
  pattern?: string;
}

/** One endpoint: method and path as the server registers them (under `/api/v1`). */
export interface Endpoint {
  method: 'get' | 'post' | 'put';
  path: string;
  summary: string;
  tag: string;
  parameters?: Parameter[];
  /** Component of the JSON body, or `multipart` for uploads. */
  body?: string;
  /** Status and component of the success answer (`null`: no body). */
  success: [number, string | null];
  /** Media type of the success answer, when not JSON. */
  successMediaType?: string;
  /** Needs the citizen's bearer token; `caseworker` needs that role. */
  auth?: 'citizen' | 'optional' | 'caseworker';
  /** Error statuses besides 400/429/500. */
  errors?: number[];
}

const accessCode: Parameter = {
  name: 'X-Access-Code',
  in: 'header',
  description: 'Access code from the receipt (not needed with the owner’s bearer token).',
};
const reference: Parameter = {
  name: 'reference',
  in: 'path',
  required: true,
  description: 'Reference number.',
};
const resumeToken: Parameter = {
  name: 'token',
  in: 'path',
  required: true,
  description: 'Resume token of the draft.',
};

/** Every endpoint of the API. */
export const ENDPOINTS: Endpoint[] = [
  {
    method: 'get',
    path: '/config',
    tag: 'config',
    summary: 'Issuer and client id for the calling town origin',
    success: [200, 'PortalConfig'],
  },
  {
    method: 'get',
    path: '/services',
    tag: 'catalogue',
    summary: 'The whole catalogue, compact (ETag, 304)',
    success: [200, 'ServiceCatalogue'],
    errors: [304],
  },
  {
    method: 'get',
    path: '/services/{id}',
    tag: 'catalogue',
    summary: 'One service with its text modules',
    parameters: [{ name: 'id', in: 'path', required: true, description: 'Service id.' }],
    success: [200, 'Service'],
    errors: [404],
  },
  {
    method: 'get',
    path: '/areas',
    tag: 'catalogue',
    summary: 'Areas by name or postcode',
    parameters: [
      { name: 'q', in: 'query', description: 'Name or postcode.' },
      { name: 'limit', in: 'query', description: 'Most results (1–100).' },
    ],
    success: [200, 'AreaList'],
  },
  {
    method: 'get',
    path: '/areas/{ars}',
    tag: 'catalogue',
    summary: 'One area by regional key',
    parameters: [{ name: 'ars', in: 'path', required: true, description: 'Regional key (ARS).' }],
    success: [200, 'Area'],
    errors: [404],
  },
  {
    method: 'get',
    path: '/routes',
    tag: 'catalogue',
    summary: 'The authorities responsible for a service in an area',
    parameters: [
      { name: 'leikaKey', in: 'query', required: true, description: 'LeiKa key.' },
      { name: 'ars', in: 'query', required: true, description: 'Regional key.' },
    ],
    success: [200, 'RouteList'],
    errors: [404],
  },
  {
    method: 'get',
    path: '/forms/{serviceId}',
    tag: 'catalogue',
    summary: 'The form definition of a service',
    parameters: [{ name: 'serviceId', in: 'path', required: true, description: 'Service id.' }],
    success: [200, 'FormDefinition'],
    errors: [404],
  },
  {
    method: 'post',
    path: '/drafts',
    tag: 'drafts',
    summary: 'Save a new draft (owned by the citizen when logged in)',
    body: 'DraftInput',
    success: [201, 'Draft'],
    auth: 'optional',
    errors: [413, 415],
  },
  {
    method: 'get',
    path: '/drafts/{token}',
    tag: 'drafts',
    summary: 'Open a draft by its resume token',
    parameters: [resumeToken],
    success: [200, 'Draft'],
    auth: 'optional',
    errors: [404],
  },
  {
    method: 'put',
    path: '/drafts/{token}',
    tag: 'drafts',
    summary: 'Replace a draft’s answers',
    parameters: [resumeToken],
    body: 'DraftInput',
    success: [200, 'Draft'],
    auth: 'optional',
    errors: [404, 413, 415],
  },
  {
    method: 'get',
    path: '/me/drafts',
    tag: 'drafts',
    summary: 'The logged-in citizen’s drafts',
    success: [200, 'DraftList'],
    auth: 'citizen',
    errors: [401],
  },
  {
    method: 'post',
    path: '/attachments',
    tag: 'applications',
    summary: 'Upload a file (PDF, JPEG, PNG)',
    body: 'multipart',
    success: [201, 'AttachmentRef'],
    auth: 'optional',
    errors: [413, 415],
  },
  {
    method: 'post',
    path: '/applications',
    tag: 'applications',
    summary: 'Submit an application (requires Idempotency-Key)',
    parameters: [
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description: 'One key per application; a repeat returns the same receipt.',
      },
    ],
    body: 'ApplicationInput',
    success: [201, 'ApplicationReceipt'],
    auth: 'optional',
    errors: [404, 413, 415, 422],
  },
  {
    method: 'get',
    path: '/applications/{reference}',
    tag: 'applications',
    summary: 'An application, with its access code or its owner’s token',
    parameters: [reference, accessCode],
    success: [200, 'Application'],
    auth: 'optional',
    errors: [404],
  },
  {
    method: 'get',
    path: '/applications/{reference}/events',
    tag: 'status',
    summary: 'The status history of an application',
    parameters: [reference, accessCode],
    success: [200, 'StatusEventList'],
    auth: 'optional',
    errors: [404],
  },
  {
    method: 'get',
    path: '/applications/{reference}/events/stream',
    tag: 'status',
    summary: 'Live status events (Server-Sent Events; each `data:` is a StatusEvent)',
    parameters: [
      reference,
      { name: 'code', in: 'query', description: 'Access code (EventSource cannot send headers).' },
      { name: 'Last-Event-ID', in: 'header', description: 'Resume after this event.' },
    ],
    success: [200, 'StatusEvent'],
    successMediaType: 'text/event-stream',
    auth: 'optional',
    errors: [404, 503],
  },
  {
    method: 'get',
    path: '/me/applications',
    tag: 'applications',
    summary: 'The logged-in citizen’s applications',
    success: [200, 'ApplicationList'],
    auth: 'citizen',
    errors: [401],
  },
  {
    method: 'get',
    path: '/caseworker/applications',
    tag: 'caseworker',
    summary: 'Applications for caseworkers',
    success: [200, 'ApplicationList'],
    auth: 'caseworker',
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/caseworker/applications/{reference}/status',
    tag: 'caseworker',
    summary: 'Change an application’s status',
    parameters: [reference],
    body: 'StatusChange',
    success: [200, 'Application'],
    auth: 'caseworker',
    errors: [401, 403, 404, 409],
  },
];
