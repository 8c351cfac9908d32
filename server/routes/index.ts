/**
 * The portal API: one definition per endpoint (`http/endpoint.ts`), keyed by the endpoint ids of
 * `src/api/endpoints.ts`, so an endpoint without a definition, or a definition without an
 * endpoint, does not compile. The route table, the OpenAPI document and the tests read this.
 */
import type { FastifyInstance } from 'fastify';
import type { EndpointId } from '../../src/api/endpoints.js';
import { registerEndpoints, type EndpointDefinition } from '../http/endpoint.js';
import { getApplication, listMyApplications, submitApplicationEndpoint } from './applications.js';
import { uploadAttachment } from './attachments.js';
import {
  changeApplicationStatus,
  downloadApplicationFile,
  listApplicationsToProcess,
} from './caseworker.js';
import { findAreas, getArea, getCatalogue, getForm, getRoutes, getService } from './catalogue.js';
import type { ApiContext } from './context.js';
import { sendDocumentsEndpoint } from './documents.js';
import {
  createDraftEndpoint,
  deleteDraft,
  getDraft,
  listMyDrafts,
  updateDraftEndpoint,
} from './drafts.js';
import { getConfig, getMe } from './session.js';
import { getStatusEvents, statusStream } from './status.js';

export { API_PREFIX } from './prefix.js';

/** Every endpoint of the API, by id. */
export const API_ENDPOINTS: Readonly<Record<EndpointId, EndpointDefinition>> = {
  getConfig,
  getMe,
  getCatalogue,
  getService,
  findAreas,
  getArea,
  getRoutes,
  getForm,
  createDraft: createDraftEndpoint,
  getDraft,
  updateDraft: updateDraftEndpoint,
  deleteDraft,
  listMyDrafts,
  uploadAttachment,
  submitApplication: submitApplicationEndpoint,
  getApplication,
  getStatusEvents,
  statusStreamUrl: statusStream,
  sendDocuments: sendDocumentsEndpoint,
  listMyApplications,
  listApplicationsToProcess,
  changeApplicationStatus,
  downloadApplicationFile,
};

/** The endpoints in the order of the table (the OpenAPI document's order). */
export const API_ROUTES: readonly EndpointDefinition[] = Object.values(API_ENDPOINTS);

/** Registers every endpoint on `app` (call inside the scope prefixed with `API_PREFIX`). */
export async function registerApiRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  registerEndpoints(app, ctx, API_ROUTES);
}
