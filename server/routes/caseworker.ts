/**
 * The caseworker's side: list applications and move one through its statuses. Every route needs
 * a bearer token with the role `caseworker`; a citizen's token gets 403, none 401.
 */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import {
  ApplicationListSchema,
  ReferenceSchema,
  StatusChangeSchema,
  StatusValueSchema,
} from '../../src/api/schemas/index.js';
import { conflict, notFound } from '../http/problem.js';
import { parseRequest } from '../http/validation.js';
import { toApplication } from './application-access.js';
import type { ApiContext } from './context.js';

const ReferenceParams = z.object({ reference: ReferenceSchema });
const ListQuery = z.object({
  status: z.optional(StatusValueSchema),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000))),
});

/** Registers the caseworker routes. */
export async function caseworkerRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  const { store, auth, bus } = ctx;

  app.get('/caseworker/applications', async (request, reply) => {
    await auth.withRole(request, 'caseworker');
    const query = parseRequest(ListQuery, request.query, 'query');
    const records = await store.listApplications({
      ...(query.status === undefined ? {} : { status: query.status }),
      limit: Math.min(
        query.limit ?? ctx.limits.caseworkerListLimit,
        ctx.limits.caseworkerListLimit,
      ),
    });
    const applications = await Promise.all(
      records.map(async (record) =>
        toApplication(record, await store.listStatusEvents(record.reference)),
      ),
    );
    return reply
      .header('cache-control', 'no-store')
      .send(ApplicationListSchema.parse({ applications }));
  });

  app.post('/caseworker/applications/:reference/status', async (request, reply) => {
    await auth.withRole(request, 'caseworker');
    const { reference } = parseRequest(ReferenceParams, request.params, 'params');
    const change = parseRequest(StatusChangeSchema, request.body, 'body');
    const outcome = await store.changeStatus(reference, {
      status: change.status,
      at: ctx.now().toISOString(),
      ...(change.details === undefined ? {} : { details: change.details }),
      ...(change.actionUrl === undefined ? {} : { actionUrl: change.actionUrl }),
    });
    if (outcome.kind === 'not-found') throw notFound(`There is no application ${reference}.`);
    if (outcome.kind === 'final') {
      throw conflict(`The application is ${outcome.status}; its status cannot change any more.`);
    }
    bus.publish(outcome.event);
    request.log.info({ reference, status: change.status }, 'status changed');
    const events = await store.listStatusEvents(reference);
    return reply
      .header('cache-control', 'no-store')
      .send(toApplication(outcome.application, events));
  });
}
