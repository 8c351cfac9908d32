/**
 * Catalogue routes: services, areas, responsible authorities (routes) and form definitions.
 * All public and cacheable; ETags let a town's page revalidate for the price of a 304.
 */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import {
  AreaListSchema,
  AgsSchema,
  AreaSchema,
  ArsSchema,
  FormDefinitionSchema,
  LeikaKeySchema,
  LocaleSchema,
  RouteListSchema,
  ServiceIdSchema,
  ServiceSchema,
} from '../../src/api/schemas/index.js';
import {
  appendVary,
  isNotModified,
  preferredEncoding,
  PUBLIC_CACHE_CONTROL,
  sendCacheableJson,
} from '../http/caching.js';
import { notFound } from '../http/problem.js';
import { parseRequest, serialize } from '../http/validation.js';
import type { ApiContext } from './context.js';

// The language the catalogue is trimmed for; without it, every language (decision 0040).
const CatalogueQuery = z.object({ lang: z.optional(LocaleSchema) });
const ServiceParams = z.object({ id: ServiceIdSchema });
// Municipalities may also be named by their AGS, as webmasters often know that key.
const ArsParams = z.object({ ars: z.union([ArsSchema, AgsSchema]) });
const FormParams = z.object({ serviceId: ServiceIdSchema });
const AreaQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(100))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20),
});
const RouteQuery = z.object({ leikaKey: LeikaKeySchema, ars: ArsSchema });

/** Registers the catalogue routes. */
export async function catalogueRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  const { store, catalogue } = ctx;

  app.get('/services', async (request, reply) => {
    const { lang } = parseRequest(CatalogueQuery, request.query, 'query');
    const encodings = catalogue.forLanguage(lang);
    const variant = encodings.variant(preferredEncoding(request.headers['accept-encoding']));
    reply.header('etag', variant.etag).header('cache-control', PUBLIC_CACHE_CONTROL);
    appendVary(reply, 'Accept-Encoding');
    if (isNotModified(request, encodings.tag)) return reply.code(304).send();
    if (variant.encoding !== undefined) reply.header('content-encoding', variant.encoding);
    return reply.header('content-type', 'application/json; charset=utf-8').send(variant.body);
  });

  app.get('/services/:id', async (request, reply) => {
    const { id } = parseRequest(ServiceParams, request.params, 'params');
    const service = await store.getService(id);
    if (service === undefined) throw notFound(`There is no service "${id}".`);
    return sendCacheableJson(request, reply, JSON.stringify(serialize(ServiceSchema, service)));
  });

  app.get('/areas', async (request, reply) => {
    const { q, limit } = parseRequest(AreaQuery, request.query, 'query');
    const areas = await store.searchAreas(q, limit);
    return sendCacheableJson(request, reply, JSON.stringify(serialize(AreaListSchema, { areas })));
  });

  app.get('/areas/:ars', async (request, reply) => {
    const { ars } = parseRequest(ArsParams, request.params, 'params');
    const area = await store.getArea(ars);
    if (area === undefined) throw notFound(`There is no area with the regional key ${ars}.`);
    return sendCacheableJson(request, reply, JSON.stringify(serialize(AreaSchema, area)));
  });

  app.get('/routes', async (request, reply) => {
    const { leikaKey, ars } = parseRequest(RouteQuery, request.query, 'query');
    const service = await store.getServiceByLeikaKey(leikaKey);
    if (service === undefined)
      throw notFound(`There is no service with the LeiKa key ${leikaKey}.`);
    const area = await store.getArea(ars);
    if (area === undefined) throw notFound(`There is no area with the regional key ${ars}.`);
    const routes = await store.getRoutes(service.id, ars);
    const body = serialize(RouteListSchema, { leikaKey, ars, routes });
    return sendCacheableJson(request, reply, JSON.stringify(body));
  });

  app.get('/forms/:serviceId', async (request, reply) => {
    const { serviceId } = parseRequest(FormParams, request.params, 'params');
    const form = await store.getForm(serviceId);
    if (form === undefined)
      throw notFound(`There is no portal form for the service "${serviceId}".`);
    return sendCacheableJson(request, reply, JSON.stringify(serialize(FormDefinitionSchema, form)));
  });
}
