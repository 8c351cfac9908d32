/**
 * The caseworker's side: list applications and move one through its statuses. Every endpoint
 * needs a caseworker's token from the caseworker client; a caseworker sees and changes only the
 * applications of their own authority, along the status machine (`domain/status-machine.ts`).
 */
import * as z from 'zod/mini';
import {
  ApplicationListSchema,
  ApplicationSchema,
  ReferenceSchema,
  StatusChangeSchema,
  StatusValueSchema,
} from '../../src/api/schemas/index.js';
import { toApplication } from '../domain/application-access.js';
import { Refusal } from '../domain/refusal.js';
import { ALLOWED_TRANSITIONS } from '../domain/status-machine.js';
import { defineEndpoint } from '../http/endpoint.js';

export const listApplicationsToProcess = defineEndpoint({
  id: 'listApplicationsToProcess',
  summary: 'Applications to process (`status`, `limit`)',
  query: z.object({
    status: z.optional(StatusValueSchema.check(z.describe('Only applications in this status.'))),
    limit: z.optional(
      z.coerce.number().check(z.int(), z.gte(1), z.lte(1000), z.describe('Most results.')),
    ),
  }),
  status: 200,
  response: ApplicationListSchema,
  cache: 'no-store',
  async handler({ query, user }, ctx) {
    const { applications } = ctx.store;
    const records = await applications.list({
      ...(query.status === undefined ? {} : { status: query.status }),
      authorityId: user.authority,
      limit: Math.min(
        query.limit ?? ctx.limits.caseworkerListLimit,
        ctx.limits.caseworkerListLimit,
      ),
    });
    return {
      applications: await Promise.all(
        records.map(async (record) =>
          toApplication(record, await applications.listEvents(record.reference)),
        ),
      ),
    };
  },
});

export const changeApplicationStatus = defineEndpoint({
  id: 'changeApplicationStatus',
  summary: 'Change an application’s status',
  params: z.object({
    reference: ReferenceSchema.check(z.describe('Reference number (SAAR-YYYY-XXXX-XXXX).')),
  }),
  body: StatusChangeSchema,
  status: 200,
  response: ApplicationSchema,
  answers: {
    404: 'No such application at the caseworker’s authority',
    409: 'The application’s status does not allow this change',
  },
  cache: 'no-store',
  async handler({ params, body, user }, ctx, request) {
    const { applications } = ctx.store;
    const { reference } = params;
    const current = await applications.get(reference);
    if (
      current === undefined ||
      current.authorityId === undefined ||
      current.authorityId !== user.authority
    ) {
      throw new Refusal('not-found', `There is no application ${reference}.`);
    }
    const outcome = await applications.changeStatus(reference, {
      status: body.status,
      at: ctx.now().toISOString(),
      from: ALLOWED_TRANSITIONS[body.status],
      ...(body.details === undefined ? {} : { details: body.details }),
      ...(body.actionUrl === undefined ? {} : { actionUrl: body.actionUrl }),
    });
    if (outcome.kind === 'not-found')
      throw new Refusal('not-found', `There is no application ${reference}.`);
    if (outcome.kind === 'refused') {
      throw new Refusal(
        'conflict',
        `The application is ${outcome.status}; it cannot move to ${body.status}.`,
      );
    }
    ctx.statusChanged(outcome.event);
    request.log.info({ reference, status: body.status }, 'status changed');
    return toApplication(outcome.application, await applications.listEvents(reference));
  },
});
