/**
 * Drafts ("save and return later"): created, read, updated and deleted by an opaque resume token.
 * The store keeps only a hash of the token. A draft saved while logged in belongs to that citizen:
 * it opens only with the owner's bearer token, and `GET /me/drafts` lists it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import {
  DraftInputSchema,
  DraftListSchema,
  DraftSchema,
  ResumeTokenSchema,
  type Draft,
  type DraftInput,
} from '../../src/api/schemas/index.js';
import { checkAnswers, referencedAttachmentIds } from '../domain/form-answers.js';
import { hashSecret, newResumeToken } from '../domain/identifiers.js';
import { conflict, notFound, unprocessable } from '../http/problem.js';
import { parseRequest, serialize, validationProblem } from '../http/validation.js';
import type { DraftRecord } from '../store/portal-store.js';
import type { ApiContext } from './context.js';

const TokenParams = z.object({ token: z.string() });
const DAY_MS = 24 * 60 * 60 * 1000;

/** The store's key of a resume token. */
export function resumeTokenHash(token: string): string {
  return hashSecret('resume-token', token);
}

function toDraft(record: DraftRecord, resumeToken: string): Draft {
  return serialize(DraftSchema, {
    serviceId: record.serviceId,
    ...(record.ars === undefined ? {} : { ars: record.ars }),
    answers: record.answers,
    ...(record.stepId === undefined ? {} : { stepId: record.stepId }),
    resumeToken,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    expiresAt: record.expiresAt,
  });
}

/** Registers the draft routes. */
export async function draftRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  const { store, auth } = ctx;
  const expiry = (now: Date) =>
    new Date(now.getTime() + ctx.limits.draftTtlDays * DAY_MS).toISOString();

  /** Checks that the draft's service has a portal form and the answers fit it. */
  async function checkInput(input: DraftInput): Promise<void> {
    const form = await store.getForm(input.serviceId);
    if (form === undefined) {
      throw unprocessable(`The service "${input.serviceId}" has no portal form.`, [
        { path: 'serviceId', message: 'No portal form for this service.' },
      ]);
    }
    const problems = checkAnswers(form, input.answers, false);
    if (problems.length > 0) throw validationProblem(problems, 'Some answers do not fit the form.');
  }

  /** The draft behind the token in the path, if the caller may open it; else the same 404. */
  async function openDraft(
    request: FastifyRequest,
  ): Promise<{ record: DraftRecord; token: string }> {
    const { token } = parseRequest(TokenParams, request.params, 'params');
    const user = await auth.optional(request);
    const missing = notFound('There is no draft for this resume token, or it has expired.');
    if (!ResumeTokenSchema.safeParse(token).success) throw missing;
    const record = await store.getDraft(resumeTokenHash(token), ctx.now().toISOString());
    if (record === undefined) throw missing;
    if (record.ownerSub !== undefined && record.ownerSub !== user?.sub) throw missing;
    return { record, token };
  }

  app.post('/drafts', async (request: FastifyRequest, reply: FastifyReply) => {
    const input = parseRequest(DraftInputSchema, request.body, 'body');
    const user = await auth.optional(request);
    await checkInput(input);
    const now = ctx.now();
    const token = newResumeToken();
    const record: DraftRecord = {
      tokenHash: resumeTokenHash(token),
      ...(user === undefined ? {} : { ownerSub: user.sub, resumeToken: token }),
      serviceId: input.serviceId,
      ...(input.ars === undefined ? {} : { ars: input.ars }),
      ...(input.stepId === undefined ? {} : { stepId: input.stepId }),
      answers: input.answers,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      expiresAt: expiry(now),
    };
    await store.createDraft(record);
    await store.extendAttachments(referencedAttachmentIds(record.answers), record.expiresAt);
    return reply
      .code(201)
      .header('location', `/api/v1/drafts/${token}`)
      .header('cache-control', 'no-store')
      .send(toDraft(record, token));
  });

  app.get('/drafts/:token', async (request, reply) => {
    const { record, token } = await openDraft(request);
    return reply.header('cache-control', 'no-store').send(toDraft(record, token));
  });

  app.put('/drafts/:token', async (request, reply) => {
    const { record, token } = await openDraft(request);
    const input = parseRequest(DraftInputSchema, request.body, 'body');
    if (input.serviceId !== record.serviceId) {
      throw conflict('A draft belongs to one service; start a new draft for another.');
    }
    await checkInput(input);
    const now = ctx.now();
    const { ars: _ars, stepId: _stepId, ...kept } = record;
    const updated: DraftRecord = {
      ...kept,
      ...(input.ars === undefined ? {} : { ars: input.ars }),
      ...(input.stepId === undefined ? {} : { stepId: input.stepId }),
      answers: input.answers,
      updatedAt: now.toISOString(),
      expiresAt: expiry(now),
    };
    await store.updateDraft(updated);
    await store.extendAttachments(referencedAttachmentIds(updated.answers), updated.expiresAt);
    return reply.header('cache-control', 'no-store').send(toDraft(updated, token));
  });

  app.delete('/drafts/:token', async (request, reply) => {
    const { record } = await openDraft(request);
    await store.deleteDraft(record.tokenHash);
    return reply.code(204).send();
  });

  app.get('/me/drafts', async (request, reply) => {
    const user = await auth.required(request);
    const records = await store.listDraftsByOwner(user.sub, ctx.now().toISOString());
    const drafts = records.flatMap((record) =>
      record.resumeToken === undefined ? [] : [toDraft(record, record.resumeToken)],
    );
    return reply.header('cache-control', 'no-store').send(serialize(DraftListSchema, { drafts }));
  });
}
