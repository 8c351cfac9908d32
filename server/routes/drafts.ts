/**
 * Draft endpoints ("save and return later"): created, read, updated and deleted by an opaque
 * resume token; `GET /me/drafts` lists a logged-in citizen's. Decisions: `domain/drafts.ts`.
 */
import * as z from 'zod/mini';
import { ENDPOINTS, endpointPath } from '../../src/api/endpoints.js';
import {
  DraftInputSchema,
  DraftListSchema,
  DraftSchema,
  type Draft,
} from '../../src/api/schemas/index.js';
import { createDraft, openDraft, updateDraft } from '../domain/drafts.js';
import { defineEndpoint } from '../http/endpoint.js';
import type { DraftRecord } from '../store/portal-store.js';
import { API_PREFIX } from './prefix.js';

const TokenParams = z.object({
  token: z.string().check(z.maxLength(256), z.describe('Resume token of the draft.')),
});

const DRAFT_ANSWERS = {
  404: 'No such draft, it has expired, or it is another citizen’s',
  422: 'The answers break rules of the form (invalidParams names each), use an upload that is not the caller’s, or the service has no form',
};

function toDraft(record: DraftRecord, resumeToken: string): Draft {
  return {
    serviceId: record.serviceId,
    ...(record.ars === undefined ? {} : { ars: record.ars }),
    answers: record.answers,
    ...(record.stepId === undefined ? {} : { stepId: record.stepId }),
    resumeToken,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    expiresAt: record.expiresAt,
  };
}

export const createDraftEndpoint = defineEndpoint({
  id: 'createDraft',
  summary: 'Save a draft; answers its resume token',
  body: DraftInputSchema,
  status: 201,
  response: DraftSchema,
  answers: { 422: DRAFT_ANSWERS[422] },
  cache: 'no-store',
  async handler({ body, user }, ctx, _request, reply) {
    const { record, token } = await createDraft(ctx, body, user);
    reply.header('location', `${API_PREFIX}${endpointPath(ENDPOINTS.getDraft, { token })}`);
    return toDraft(record, token);
  },
});

export const getDraft = defineEndpoint({
  id: 'getDraft',
  summary: 'Open a draft by resume token',
  params: TokenParams,
  status: 200,
  response: DraftSchema,
  answers: { 404: DRAFT_ANSWERS[404] },
  cache: 'no-store',
  async handler({ params, user }, ctx) {
    return toDraft(await openDraft(ctx, params.token, user), params.token);
  },
});

export const updateDraftEndpoint = defineEndpoint({
  id: 'updateDraft',
  summary: 'Update a draft',
  params: TokenParams,
  body: DraftInputSchema,
  status: 200,
  response: DraftSchema,
  answers: { ...DRAFT_ANSWERS, 409: 'The draft belongs to another service' },
  cache: 'no-store',
  async handler({ params, body, user }, ctx) {
    const record = await openDraft(ctx, params.token, user);
    return toDraft(await updateDraft(ctx, record, body, user), params.token);
  },
});

export const deleteDraft = defineEndpoint({
  id: 'deleteDraft',
  summary: 'Delete a draft',
  params: TokenParams,
  status: 204,
  answers: { 404: DRAFT_ANSWERS[404] },
  cache: 'no-store',
  async handler({ params, user }, ctx, _request, reply) {
    const record = await openDraft(ctx, params.token, user);
    await ctx.store.drafts.delete(record.tokenHash);
    return reply.send();
  },
});

export const listMyDrafts = defineEndpoint({
  id: 'listMyDrafts',
  summary: 'The logged-in citizen’s drafts',
  status: 200,
  response: DraftListSchema,
  cache: 'no-store',
  async handler({ user }, ctx) {
    const records = await ctx.store.drafts.listByOwner(user.sub, ctx.now().toISOString());
    return {
      drafts: records.flatMap((record) =>
        record.resumeToken === undefined ? [] : [toDraft(record, record.resumeToken)],
      ),
    };
  },
});
