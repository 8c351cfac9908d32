/**
 * Catalogue endpoints: services, areas, responsible authorities (routes) and form definitions.
 * All public and cacheable; ETags let a town's page revalidate for the price of a 304.
 */
import * as z from 'zod/mini';
import {
  AgsSchema,
  AreaListSchema,
  AreaSchema,
  ArsSchema,
  FormDefinitionSchema,
  LeikaKeySchema,
  LocaleSchema,
  RouteListSchema,
  ServiceCatalogueSchema,
  ServiceIdSchema,
  ServiceSchema,
} from '../../src/api/schemas/index.js';
import { CATALOGUE_PARTS } from '../../src/api/rules/catalogue-parts.js';
import { Refusal } from '../domain/refusal.js';
import { appendVary, isNotModified, preferredEncoding } from '../http/caching.js';
import { defineEndpoint } from '../http/endpoint.js';

const serviceId = ServiceIdSchema.check(z.describe('Service id.'));

export const getCatalogue = defineEndpoint({
  id: 'getCatalogue',
  summary: 'The whole catalogue, compact (ETag, 304, gzip/br)',
  // The language the catalogue is trimmed for; without it, every language (decision 0040).
  query: z.object({
    lang: z.optional(
      LocaleSchema.check(
        z.describe(
          'Language the catalogue is trimmed for (de, en, fr, de-x-ls): names in German and that language; search terms in all. Without it, every language.',
        ),
      ),
    ),
    // The part a finder loads first, and the rest (decision 0090).
    part: z.optional(
      z
        .enum(CATALOGUE_PARTS)
        .check(
          z.describe(
            'Only one part: `curated` (services the portal describes or translates, with the life situations) or `long-tail` (the rest, without them). Without it, the whole catalogue.',
          ),
        ),
    ),
  }),
  headers: {
    'If-None-Match': {
      description: 'ETag of a cached catalogue; answered with 304 when unchanged.',
    },
    'Accept-Encoding': { description: 'br or gzip is served when accepted.' },
  },
  status: 200,
  response: ServiceCatalogueSchema,
  cache: 'public',
  async handler({ query }, ctx, request, reply) {
    const encodings = ctx.catalogue.forLanguage(query.lang, query.part);
    const variant = encodings.variant(preferredEncoding(request.headers['accept-encoding']));
    reply.header('etag', variant.etag);
    appendVary(reply, 'Accept-Encoding');
    if (isNotModified(request, encodings.tag)) return reply.code(304).send();
    if (variant.encoding !== undefined) reply.header('content-encoding', variant.encoding);
    return reply.header('content-type', 'application/json; charset=utf-8').send(variant.body);
  },
});

export const getService = defineEndpoint({
  id: 'getService',
  summary: 'One service with its text modules',
  params: z.object({ id: serviceId }),
  status: 200,
  response: ServiceSchema,
  answers: { 404: 'No such service' },
  cache: 'public',
  async handler({ params }, ctx) {
    const service = await ctx.store.catalogue.getService(params.id);
    if (service === undefined)
      throw new Refusal('not-found', `There is no service "${params.id}".`);
    return service;
  },
});

export const findAreas = defineEndpoint({
  id: 'findAreas',
  summary: 'Areas by name or postcode (`q`)',
  query: z.object({
    q: z.optional(z.string().check(z.maxLength(100), z.describe('Name or postcode.'))),
    limit: z._default(
      z.coerce.number().check(z.int(), z.gte(1), z.lte(100), z.describe('Most results, 1–100.')),
      20,
    ),
  }),
  status: 200,
  response: AreaListSchema,
  cache: 'public',
  async handler({ query }, ctx) {
    return { areas: await ctx.store.catalogue.searchAreas(query.q, query.limit) };
  },
});

export const getArea = defineEndpoint({
  id: 'getArea',
  summary: 'One area by regional key (or, for a municipality, its AGS)',
  // Municipalities may also be named by their AGS, as webmasters often know that key.
  params: z.object({
    ars: z
      .union([ArsSchema, AgsSchema])
      .check(
        z.describe('Regional key (ARS: 2, 5 or 12 digits) or municipality key (AGS: 8 digits).'),
      ),
  }),
  status: 200,
  response: AreaSchema,
  answers: { 404: 'No such area' },
  cache: 'public',
  async handler({ params }, ctx) {
    const area = await ctx.store.catalogue.getArea(params.ars);
    if (area === undefined) {
      throw new Refusal('not-found', `There is no area with the regional key ${params.ars}.`);
    }
    return area;
  },
});

export const getRoutes = defineEndpoint({
  id: 'getRoutes',
  summary:
    'Authorities responsible for a service (`leikaKey`) in an area (`ars`), with the source of each fact; whose place decides (`routedBy`) and whether the service is offered there (`notOffered`)',
  query: z.object({
    leikaKey: LeikaKeySchema.check(z.describe('LeiKa key of the service.')),
    ars: ArsSchema.check(
      z.describe(
        'Regional key of the area (2, 5 or 12 digits): the residence, or for a service routed by an event (`routedBy`) the place of the birth, death or wedding.',
      ),
    ),
  }),
  status: 200,
  response: RouteListSchema,
  answers: { 404: 'No service with this LeiKa key, or no area with this key' },
  cache: 'public',
  async handler({ query }, ctx) {
    const { catalogue } = ctx.store;
    const service = await catalogue.getServiceByLeikaKey(query.leikaKey);
    if (service === undefined) {
      throw new Refusal('not-found', `There is no service with the LeiKa key ${query.leikaKey}.`);
    }
    const area = await catalogue.getArea(query.ars);
    if (area === undefined) {
      throw new Refusal('not-found', `There is no area with the regional key ${query.ars}.`);
    }
    const responsibility = await catalogue.getResponsibility(service.id, query.ars);
    return { leikaKey: query.leikaKey, ars: query.ars, ...responsibility };
  },
});

export const getForm = defineEndpoint({
  id: 'getForm',
  summary: 'Form definition of a service',
  params: z.object({ serviceId }),
  status: 200,
  response: FormDefinitionSchema,
  answers: { 404: 'The service has no portal form' },
  cache: 'public',
  async handler({ params }, ctx) {
    const form = await ctx.store.catalogue.getForm(params.serviceId);
    if (form === undefined) {
      throw new Refusal(
        'not-found',
        `There is no portal form for the service "${params.serviceId}".`,
      );
    }
    return form;
  },
});
