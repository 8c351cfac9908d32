/**
 * Drafts ("save and return later"): opened by an opaque resume token, of which the store keeps
 * only a hash. A draft saved while logged in belongs to that citizen and opens only with their
 * token too (decision 0034). A draft's answers must fit its form, though they may be incomplete.
 */
import { attachmentIdsIn, checkAnswers } from '../../src/api/rules/form-model.js';
import { RESUME_TOKEN_PATTERN } from '../../src/api/rules/identifiers.js';
import type { DraftInput } from '../../src/api/schemas/index.js';
import type { AuthenticatedUser } from '../auth/user.js';
import type { DraftRecord } from '../store/portal-store.js';
import { DAY_MS, type DomainContext } from './context.js';
import { hashSecret, newResumeToken } from './identifiers.js';
import { Refusal } from './refusal.js';
import { resolveUploads } from './uploads.js';

/** The store's key of a resume token. */
export function resumeTokenHash(token: string): string {
  return hashSecret('resume-token', token);
}

function draftMissing(): Refusal {
  return new Refusal('not-found', 'There is no draft for this resume token, or it has expired.');
}

/**
 * The draft behind `token` if `user` may open it; else the same refusal as for an unknown token.
 */
export async function openDraft(
  ctx: DomainContext,
  token: string,
  user: AuthenticatedUser | undefined,
): Promise<DraftRecord> {
  if (!RESUME_TOKEN_PATTERN.test(token)) throw draftMissing();
  const record = await ctx.store.drafts.get(resumeTokenHash(token), ctx.now().toISOString());
  if (record === undefined) throw draftMissing();
  if (record.ownerSub !== undefined && record.ownerSub !== user?.sub) throw draftMissing();
  return record;
}

/**
 * The answers of `input` as a draft keeps them: checked against the form (what is there must fit;
 * nothing is required yet), with the server's record of each upload the caller may use.
 */
async function draftAnswers(
  ctx: DomainContext,
  input: DraftInput,
  user: AuthenticatedUser | undefined,
  tokenHash: string,
): Promise<DraftInput['answers']> {
  const form = await ctx.store.catalogue.getForm(input.serviceId);
  if (form === undefined) {
    throw new Refusal('unprocessable', `The service "${input.serviceId}" has no portal form.`, {
      invalidParams: [{ path: 'serviceId', message: 'No portal form for this service.' }],
    });
  }
  const { answers } = await resolveUploads(ctx, input.answers, {
    sub: user?.sub,
    draftTokenHash: tokenHash,
  });
  const issues = checkAnswers(form, answers, { complete: false });
  if (issues.length > 0) {
    throw new Refusal('form-rules', 'Some answers do not fit the form.', { invalidParams: issues });
  }
  return answers;
}

function expiry(ctx: DomainContext, now: Date): string {
  return new Date(now.getTime() + ctx.draftTtlDays * DAY_MS).toISOString();
}

/** Saves a new draft; answers it with its resume token (shown once, like a password). */
export async function createDraft(
  ctx: DomainContext,
  input: DraftInput,
  user: AuthenticatedUser | undefined,
): Promise<{ record: DraftRecord; token: string }> {
  const token = newResumeToken();
  const tokenHash = resumeTokenHash(token);
  const answers = await draftAnswers(ctx, input, user, tokenHash);
  const now = ctx.now();
  const record: DraftRecord = {
    tokenHash,
    ...(user === undefined ? {} : { ownerSub: user.sub, resumeToken: token }),
    serviceId: input.serviceId,
    ...(input.ars === undefined ? {} : { ars: input.ars }),
    ...(input.stepId === undefined ? {} : { stepId: input.stepId }),
    answers,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    expiresAt: expiry(ctx, now),
  };
  await ctx.store.drafts.create(record);
  await ctx.store.attachments.claim(attachmentIdsIn(answers), tokenHash, record.expiresAt);
  return { record, token };
}

/** Replaces a draft's answers, area and step; a draft stays with its service. */
export async function updateDraft(
  ctx: DomainContext,
  record: DraftRecord,
  input: DraftInput,
  user: AuthenticatedUser | undefined,
): Promise<DraftRecord> {
  if (input.serviceId !== record.serviceId) {
    throw new Refusal('conflict', 'A draft belongs to one service; start a new draft for another.');
  }
  const answers = await draftAnswers(ctx, input, user, record.tokenHash);
  const now = ctx.now();
  const { ars: _ars, stepId: _stepId, ...kept } = record;
  const updated: DraftRecord = {
    ...kept,
    ...(input.ars === undefined ? {} : { ars: input.ars }),
    ...(input.stepId === undefined ? {} : { stepId: input.stepId }),
    answers,
    updatedAt: now.toISOString(),
    expiresAt: expiry(ctx, now),
  };
  await ctx.store.drafts.update(updated);
  await ctx.store.attachments.claim(attachmentIdsIn(answers), record.tokenHash, updated.expiresAt);
  return updated;
}
