/**
 * Submitting an application: everything decided before the store writes it (service, trust
 * level, answers against every rule of the form, uploads the caller may use, the draft it comes
 * from, the responsible authority), then one atomic write with its idempotency key, retried with
 * a new reference number in the rare case one is taken.
 *
 * The replay of a key answers the receipt as it was: rebuilt from the stored application and its
 * first event, with the access code, which only the key's holder can decrypt (decision 0033).
 */
import { answersToStore, attachmentIdsIn, checkAnswers } from '../../src/api/rules/form-model.js';
import {
  meetsTrustLevel,
  type ApplicationInput,
  type ApplicationReceipt,
  type Service,
  type TrustLevel,
} from '../../src/api/schemas/index.js';
import { AuthError } from '../auth/auth-error.js';
import type { AuthenticatedUser } from '../auth/user.js';
import type { ApplicationRecord } from '../store/portal-store.js';
import { toApplication } from './application-access.js';
import type { DomainContext } from './context.js';
import { resumeTokenHash } from './drafts.js';
import {
  IDEMPOTENCY_KEY_TTL_MS,
  idempotencyKeyHash,
  openReceipt,
  requestFingerprint,
  sealReceipt,
} from './idempotency.js';
import { hashAccessCode, newAccessCode, newReference } from './identifiers.js';
import { Refusal } from './refusal.js';
import { resolveUploads } from './uploads.js';

/** Reference numbers tried before giving up (a collision of 40 random bits is already rare). */
const REFERENCE_ATTEMPTS = 5;

/** The trust level the portal form of `service` requires. */
export function requiredTrustLevel(service: Service): TrustLevel {
  return (
    service.onlineServices.find((online) => online.hasPortalForm)?.trustLevel ?? 'STORK-QAA-Level-1'
  );
}

/** A submission as the route hands it over. */
export interface SubmissionRequest {
  input: ApplicationInput;
  user: AuthenticatedUser | undefined;
  idempotencyKey: string;
}

/** What became of it: a new application, or the receipt of the one this key already made. */
export type SubmissionResult =
  | { kind: 'created'; receipt: ApplicationReceipt }
  | { kind: 'replayed'; receipt: ApplicationReceipt };

interface Prepared {
  service: Service;
  authorityName: string;
  authorityId: string;
  answers: ApplicationInput['answers'];
  attachmentIds: string[];
  draftTokenHash: string | undefined;
}

/** Everything a submission needs that is looked up, or the refusal why it cannot be accepted. */
async function prepare(ctx: DomainContext, request: SubmissionRequest): Promise<Prepared> {
  const { input, user } = request;
  const { catalogue, drafts } = ctx.store;
  const service = await catalogue.getService(input.serviceId);
  const form = service === undefined ? undefined : await catalogue.getForm(service.id);
  if (service === undefined || form === undefined) {
    throw new Refusal(
      'unprocessable',
      `The service "${input.serviceId}" cannot be applied for here.`,
      {
        invalidParams: [{ path: 'serviceId', message: 'No portal form for this service.' }],
      },
    );
  }
  // Basic registration (level 1) needs no login; anything above needs a login at that level.
  const required = requiredTrustLevel(service);
  if (required !== 'STORK-QAA-Level-1') {
    const detail = `This service needs a login at trust level ${required}.`;
    if (user === undefined) throw new AuthError('missing_token', detail, required);
    if (!meetsTrustLevel(user.acr, required)) {
      throw new AuthError('insufficient_trust_level', detail, required);
    }
  }

  // The draft it comes from must be the caller's, and for the same service.
  let draftTokenHash: string | undefined;
  if (input.resumeToken !== undefined) {
    const hash = resumeTokenHash(input.resumeToken);
    const draft = await drafts.get(hash, ctx.now().toISOString());
    const mine =
      draft !== undefined && (draft.ownerSub === undefined || draft.ownerSub === user?.sub);
    if (!mine || draft.serviceId !== service.id) {
      throw new Refusal(
        'unprocessable',
        'The draft this comes from is unknown, expired or not yours.',
        {
          invalidParams: [{ path: 'resumeToken', message: 'No such draft for this service.' }],
        },
      );
    }
    draftTokenHash = hash;
  }

  const resolved = await resolveUploads(ctx, input.answers, { sub: user?.sub, draftTokenHash });
  const issues = checkAnswers(form, resolved.answers, { complete: true });
  if (issues.length > 0) {
    throw new Refusal('form-rules', 'Some answers are missing or do not fit the form.', {
      invalidParams: issues,
    });
  }
  const answers = answersToStore(form, resolved.answers);

  const area = await catalogue.getArea(input.ars);
  const responsibility =
    area === undefined ? undefined : await catalogue.getResponsibility(service.id, input.ars);
  const authority = responsibility?.routes[0];
  if (authority === undefined) {
    throw new Refusal(
      'unprocessable',
      'No authority is known to be responsible for this service in this area.',
      { invalidParams: [{ path: 'ars', message: 'No responsible authority for this area.' }] },
    );
  }
  return {
    service,
    authorityName: authority.destinationName,
    authorityId: authority.destinationId,
    answers,
    attachmentIds: attachmentIdsIn(answers),
    draftTokenHash,
  };
}

/** The receipt of the application this key made, as it was at submission. */
async function replay(
  ctx: DomainContext,
  request: SubmissionRequest,
  reference: string,
  sealedAccessCode: string,
): Promise<ApplicationReceipt> {
  const { applications } = ctx.store;
  const record = await applications.get(reference);
  const [first] = await applications.listEvents(reference);
  if (record === undefined || first === undefined) {
    throw new Error(`The application ${reference} of a stored idempotency key is gone.`);
  }
  const { accessCode } = openReceipt(request.idempotencyKey, sealedAccessCode) as {
    accessCode: string;
  };
  return {
    ...toApplication({ ...record, status: first.status, updatedAt: record.submittedAt }, [first]),
    accessCode,
  };
}

/** The answer to a key used before: its receipt for the same request, else a refusal. */
async function answerRepeat(
  ctx: DomainContext,
  request: SubmissionRequest,
  fingerprint: string,
  earlier: { fingerprint: string; sealedAccessCode: string; reference: string },
): Promise<SubmissionResult> {
  if (earlier.fingerprint !== fingerprint) {
    throw new Refusal(
      'idempotency-key-reused',
      'This Idempotency-Key was already used for a different request.',
    );
  }
  return {
    kind: 'replayed',
    receipt: await replay(ctx, request, earlier.reference, earlier.sealedAccessCode),
  };
}

/** Submits an application, or answers the receipt its idempotency key already has. */
export async function submitApplication(
  ctx: DomainContext,
  request: SubmissionRequest,
): Promise<SubmissionResult> {
  const { input, user, idempotencyKey } = request;
  const fingerprint = requestFingerprint(user?.sub, input);
  const keyHash = idempotencyKeyHash(idempotencyKey);
  // A repeat answers what the first made, even once its draft and uploads are used up.
  const earlier = await ctx.store.applications.findSubmission(keyHash);
  if (earlier !== undefined) return answerRepeat(ctx, request, fingerprint, earlier);
  const prepared = await prepare(ctx, request);

  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
    const now = ctx.now();
    const at = now.toISOString();
    const reference = newReference(now);
    const accessCode = newAccessCode();
    const application: ApplicationRecord = {
      reference,
      serviceId: prepared.service.id,
      serviceName: prepared.service.name,
      ars: input.ars,
      authorityName: prepared.authorityName,
      authorityId: prepared.authorityId,
      status: 'SUBMITTED',
      submittedAt: at,
      updatedAt: at,
      ...(user === undefined ? {} : { trustLevel: user.acr, ownerSub: user.sub }),
      accessCodeHash: hashAccessCode(ctx.accessCodePepper, reference, accessCode),
      answers: prepared.answers,
    };
    const outcome = await ctx.store.applications.submit({
      application,
      initialEvent: { reference, status: 'SUBMITTED', at },
      idempotency: {
        keyHash,
        fingerprint,
        sealedAccessCode: sealReceipt(idempotencyKey, { accessCode }),
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS).toISOString(),
      },
      ...(prepared.draftTokenHash === undefined ? {} : { draftTokenHash: prepared.draftTokenHash }),
      attachmentIds: prepared.attachmentIds,
    });
    if (outcome.kind === 'reference-taken') continue;
    if (outcome.kind === 'replay') return answerRepeat(ctx, request, fingerprint, outcome);
    return {
      kind: 'created',
      receipt: { ...toApplication(application, [outcome.initialEvent]), accessCode },
    };
  }
  throw new Error(`Could not allocate a reference number after ${REFERENCE_ATTEMPTS} attempts.`);
}
