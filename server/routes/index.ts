/**
 * The portal API under `/api/v1`: the route table (for the OpenAPI generator and the tests) and
 * the registration of every route module.
 */
import type { FastifyInstance } from 'fastify';
import type * as z from 'zod/mini';
import * as api from '../../src/api/schemas/index.js';
import { applicationRoutes } from './applications.js';
import { attachmentRoutes } from './attachments.js';
import { caseworkerRoutes } from './caseworker.js';
import { catalogueRoutes } from './catalogue.js';
import type { ApiContext } from './context.js';
import { draftRoutes } from './drafts.js';
import { sessionRoutes, type ClientIdResolver } from './session.js';
import { statusRoutes } from './status.js';

/** Prefix of every API route. */
export const API_PREFIX = '/api/v1';

/** Who may call a route. */
export type RouteAuth = 'none' | 'optional' | 'citizen' | 'caseworker';

/** One API route, with the schemas of what goes in and comes out. */
export interface ApiRouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below `/api/v1`, parameters in OpenAPI braces (`/services/{id}`). */
  path: string;
  summary: string;
  /** Schema of the JSON body, `multipart` for uploads. */
  request?: z.ZodMiniType | 'multipart';
  /** Status of success. */
  status: number;
  /** Schema of the success body (none for 204/304). */
  response?: z.ZodMiniType;
  /** Media type of the success body when it is not JSON. */
  responseMediaType?: string;
  auth: RouteAuth;
  /** Request headers the route reads. */
  headers?: readonly string[];
}

/** Every route of the API. */
export const API_ROUTES: readonly ApiRouteSpec[] = [
  {
    method: 'GET',
    path: '/config',
    summary: 'Login configuration for the calling origin',
    status: 200,
    response: api.PortalConfigSchema,
    auth: 'none',
  },
  {
    method: 'GET',
    path: '/me',
    summary: 'Claims of the logged-in citizen',
    status: 200,
    response: api.CitizenClaimsSchema,
    auth: 'citizen',
  },
  {
    method: 'GET',
    path: '/services',
    summary: 'The whole catalogue, compact (ETag, 304, gzip/br)',
    status: 200,
    response: api.ServiceCatalogueSchema,
    auth: 'none',
    headers: ['If-None-Match', 'Accept-Encoding'],
  },
  {
    method: 'GET',
    path: '/services/{id}',
    summary: 'One service with its text modules',
    status: 200,
    response: api.ServiceSchema,
    auth: 'none',
  },
  {
    method: 'GET',
    path: '/areas',
    summary: 'Areas by name or postcode (`q`)',
    status: 200,
    response: api.AreaListSchema,
    auth: 'none',
  },
  {
    method: 'GET',
    path: '/areas/{ars}',
    summary: 'One area by regional key',
    status: 200,
    response: api.AreaSchema,
    auth: 'none',
  },
  {
    method: 'GET',
    path: '/routes',
    summary: 'Authorities responsible for a service (`leikaKey`) in an area (`ars`)',
    status: 200,
    response: api.RouteListSchema,
    auth: 'none',
  },
  {
    method: 'GET',
    path: '/forms/{serviceId}',
    summary: 'Form definition of a service',
    status: 200,
    response: api.FormDefinitionSchema,
    auth: 'none',
  },
  {
    method: 'POST',
    path: '/drafts',
    summary: 'Save a draft; answers its resume token',
    request: api.DraftInputSchema,
    status: 201,
    response: api.DraftSchema,
    auth: 'optional',
  },
  {
    method: 'GET',
    path: '/drafts/{token}',
    summary: 'Open a draft by resume token',
    status: 200,
    response: api.DraftSchema,
    auth: 'optional',
  },
  {
    method: 'PUT',
    path: '/drafts/{token}',
    summary: 'Update a draft',
    request: api.DraftInputSchema,
    status: 200,
    response: api.DraftSchema,
    auth: 'optional',
  },
  {
    method: 'DELETE',
    path: '/drafts/{token}',
    summary: 'Delete a draft',
    status: 204,
    auth: 'optional',
  },
  {
    method: 'GET',
    path: '/me/drafts',
    summary: 'The logged-in citizen’s drafts',
    status: 200,
    response: api.DraftListSchema,
    auth: 'citizen',
  },
  {
    method: 'POST',
    path: '/attachments',
    summary: 'Upload a file (PDF, JPEG, PNG; 10 MB)',
    request: 'multipart',
    status: 201,
    response: api.AttachmentRefSchema,
    auth: 'optional',
  },
  {
    method: 'POST',
    path: '/applications',
    summary: 'Submit an application (Idempotency-Key required)',
    request: api.ApplicationInputSchema,
    status: 201,
    response: api.ApplicationReceiptSchema,
    auth: 'optional',
    headers: ['Idempotency-Key'],
  },
  {
    method: 'GET',
    path: '/applications/{reference}',
    summary: 'An application, by access code or owner’s token',
    status: 200,
    response: api.ApplicationSchema,
    auth: 'optional',
    headers: ['X-Access-Code'],
  },
  {
    method: 'GET',
    path: '/applications/{reference}/events',
    summary: 'Status events of an application',
    status: 200,
    response: api.StatusEventListSchema,
    auth: 'optional',
    headers: ['X-Access-Code'],
  },
  {
    method: 'GET',
    path: '/applications/{reference}/events/stream',
    summary: 'Status events as Server-Sent Events (`code` in the query allowed here only)',
    status: 200,
    response: api.StatusEventSchema,
    responseMediaType: 'text/event-stream',
    auth: 'optional',
    headers: ['X-Access-Code', 'Last-Event-ID'],
  },
  {
    method: 'GET',
    path: '/me/applications',
    summary: 'The logged-in citizen’s applications',
    status: 200,
    response: api.ApplicationListSchema,
    auth: 'citizen',
  },
  {
    method: 'GET',
    path: '/caseworker/applications',
    summary: 'Applications to process (`status`, `limit`)',
    status: 200,
    response: api.ApplicationListSchema,
    auth: 'caseworker',
  },
  {
    method: 'POST',
    path: '/caseworker/applications/{reference}/status',
    summary: 'Change an application’s status',
    request: api.StatusChangeSchema,
    status: 200,
    response: api.ApplicationSchema,
    auth: 'caseworker',
  },
];

/** Options of the API routes that come from the identity part. */
export interface ApiRouteOptions {
  clientIdForOrigin: ClientIdResolver;
  scopes: readonly string[];
}

/** Registers every API route on `app` (call inside a scope prefixed with `/api/v1`). */
export async function registerApiRoutes(
  app: FastifyInstance,
  ctx: ApiContext,
  options: ApiRouteOptions,
): Promise<void> {
  await sessionRoutes(app, ctx, options);
  await catalogueRoutes(app, ctx);
  await draftRoutes(app, ctx);
  await attachmentRoutes(app, ctx);
  await applicationRoutes(app, ctx);
  await statusRoutes(app, ctx);
  await caseworkerRoutes(app, ctx);
}
