/**
 * One call of every endpoint through its `PortalClient` method or endpoint function (decision
 * 0091), with sample arguments. Typed by endpoint id, so an endpoint added to `ENDPOINTS` without
 * a client call does not compile.
 */
import {
  changeApplicationStatus,
  createDraft,
  deleteDraft,
  downloadApplicationFile,
  ENDPOINTS,
  getApplication,
  getDraft,
  getForm,
  getStatusEvents,
  listApplicationsToProcess,
  listMyApplications,
  listMyDrafts,
  sendDocuments,
  statusStreamUrl,
  submitApplication,
  updateDraft,
  uploadAttachment,
  type EndpointId,
  type PortalClient,
} from '../../../src/api/index.js';

const REFERENCE = 'SAAR-2026-7KQ4-M2XH';
const TOKEN = 'r'.repeat(43);
const DRAFT = { serviceId: 'hundesteuer-anmeldung', answers: { F1: 'x' } };

/** How each endpoint is called; the status stream answers its URL (EventSource opens it). */
export const CALLS: Record<EndpointId, (client: PortalClient) => Promise<unknown> | URL> = {
  getConfig: (client) => client.getConfig(),
  getMe: (client) => client.getMe(),
  getCatalogue: (client) => client.getCatalogue({ lang: 'en' }),
  getService: (client) => client.getService('hundesteuer-anmeldung'),
  findAreas: (client) => client.findAreas('Tholey', { limit: 5 }),
  getArea: (client) => client.getArea('100460116116'),
  getRoutes: (client) => client.getRoutes('99078005001000', '100460116116'),
  getForm: (client) => getForm(client, 'hundesteuer-anmeldung'),
  createDraft: (client) => createDraft(client, DRAFT),
  getDraft: (client) => getDraft(client, TOKEN),
  updateDraft: (client) => updateDraft(client, TOKEN, DRAFT),
  deleteDraft: (client) => deleteDraft(client, TOKEN),
  listMyDrafts: (client) => listMyDrafts(client),
  uploadAttachment: (client) =>
    uploadAttachment(client, new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'a.pdf'),
  submitApplication: (client) =>
    submitApplication(client, { ...DRAFT, ars: '100460116116' }, 'k'.repeat(32)),
  getApplication: (client) => getApplication(client, REFERENCE, 'ABCD2345'),
  getStatusEvents: (client) => getStatusEvents(client, REFERENCE, 'ABCD2345'),
  statusStreamUrl: (client) => statusStreamUrl(client, REFERENCE, 'ABCD2345'),
  sendDocuments: (client) =>
    sendDocuments(
      client,
      REFERENCE,
      { attachmentIds: ['att_0123456789abcdef0123456789abcdef'], message: 'Anbei' },
      { accessCode: 'ABCD2345' },
    ),
  listMyApplications: (client) => listMyApplications(client),
  listApplicationsToProcess: (client) =>
    listApplicationsToProcess(client, { status: 'SUBMITTED', limit: 10 }),
  changeApplicationStatus: (client) =>
    changeApplicationStatus(client, REFERENCE, { status: 'RECEIVED' }),
  downloadApplicationFile: (client) =>
    downloadApplicationFile(client, REFERENCE, 'att_0123456789abcdef0123456789abcdef'),
};

/**
 * Calls every endpoint that makes a request (failures are expected: the fake answers errors)
 * and answers the request each one sent, by endpoint id.
 */
export async function callEveryEndpoint(
  client: PortalClient,
  requests: Request[],
): Promise<Map<EndpointId, Request>> {
  const seen = new Map<EndpointId, Request>();
  for (const id of Object.keys(ENDPOINTS) as EndpointId[]) {
    const before = requests.length;
    const result = CALLS[id](client);
    if (result instanceof URL) continue;
    await result.catch(() => undefined);
    const request = requests[before];
    if (request === undefined) throw new Error(`${id} sent no request`);
    seen.set(id, request);
  }
  return seen;
}

/** Whether a URL path is the endpoint's path template below `basePath`. */
export function matchesTemplate(pathname: string, basePath: string, template: string): boolean {
  const pattern = template
    .replace(/^\//, '')
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${basePath.replace(/\/$/, '')}/${pattern}$`).test(pathname);
}
