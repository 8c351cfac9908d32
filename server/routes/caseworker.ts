/**
 * The caseworker's side: list applications with the documents citizens sent later, move one
 * through its statuses, and download its files. Every endpoint needs a caseworker's token from
 * the caseworker client; a caseworker sees, changes and downloads only the applications of their
 * own authority, along the status machine (`domain/status-machine.ts`).
 */
import * as z from 'zod/mini';
import {
  AttachmentIdSchema,
  CaseworkerApplicationListSchema,
  CaseworkerApplicationSchema,
  ReferenceSchema,
  StatusChangeSchema,
  StatusValueSchema,
} from '../../src/api/schemas/index.js';
import { toCaseworkerApplication } from '../domain/documents.js';
import type { DomainContext } from '../domain/context.js';
import { Refusal } from '../domain/refusal.js';
import { ALLOWED_TRANSITIONS } from '../domain/status-machine.js';
import type { ApplicationRecord } from '../store/portal-store.js';
import { attachmentDisposition } from '../http/content-disposition.js';
import { defineEndpoint } from '../http/endpoint.js';

const ReferenceParam = ReferenceSchema.check(z.describe('Reference number (SAAR-YYYY-XXXX-XXXX).'));

/** The application `reference` if it is the caseworker's authority's; else the one 404. */
async function applicationOfAuthority(
  ctx: DomainContext,
  reference: string,
  authority: string,
): Promise<ApplicationRecord> {
  const record = await ctx.store.applications.get(reference);
  if (record?.authorityId === undefined || record.authorityId !== authority) {
    throw new Refusal('not-found', `There is no application ${reference}.`);
  }
  return record;
}

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
  response: CaseworkerApplicationListSchema,
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
        records.map((record) => toCaseworkerApplication(ctx, record)),
      ),
    };
  },
});

export const changeApplicationStatus = defineEndpoint({
  id: 'changeApplicationStatus',
  summary: 'Change an application’s status',
  params: z.object({ reference: ReferenceParam }),
  body: StatusChangeSchema,
  status: 200,
  response: CaseworkerApplicationSchema,
  answers: {
    404: 'No such application at the caseworker’s authority',
    409: 'The application’s status does not allow this change',
  },
  cache: 'no-store',
  async handler({ params, body, user }, ctx, request) {
    const { applications } = ctx.store;
    const { reference } = params;
    await applicationOfAuthority(ctx, reference, user.authority);
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
    return toCaseworkerApplication(ctx, outcome.application);
  },
});

export const downloadApplicationFile = defineEndpoint({
  id: 'downloadApplicationFile',
  summary: 'A file of an application (sent with it or later), as a download',
  params: z.object({
    reference: ReferenceParam,
    attachmentId: AttachmentIdSchema.check(z.describe('The file’s id (`attachmentId`).')),
  }),
  status: 200,
  mediaType: 'application/octet-stream',
  answers: { 404: 'No such application at the caseworker’s authority, or no such file of it' },
  cache: 'no-store',
  async handler({ params, user }, ctx, request, reply) {
    const { reference, attachmentId } = params;
    await applicationOfAuthority(ctx, reference, user.authority);
    const [file] = await ctx.store.attachments.get([attachmentId]);
    const bytes =
      file?.reference === reference ? await ctx.store.attachments.open(attachmentId) : undefined;
    if (file === undefined || bytes === undefined) {
      throw new Refusal('not-found', `Application ${reference} has no such file.`);
    }
    request.log.info({ reference }, 'file downloaded');
    // Always a download, never shown in the portal's origin: the type the file claims is not
    // trusted to render (its media type is in the list the caseworker got).
    return reply
      .header('content-type', 'application/octet-stream')
      .header('content-disposition', attachmentDisposition(file.filename))
      .header('content-length', String(file.size))
      .send(bytes);
  },
});
