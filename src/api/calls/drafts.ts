/**
 * Drafts and their resume tokens: the calls of the application form (and of the status tracker's
 * list of a citizen's drafts). Functions that take the client, loaded only by the widgets that
 * make them (decision 0091); each is named after its endpoint's id.
 */
import { DRAFT_ENDPOINTS } from '../endpoints.js';
import type { CallOptions, PortalClient } from '../portal-client.js';
import type { DraftInput } from '../schemas/draft.js';
import { fromApplications } from './applications-contract.js';

/** Saves a new draft; the answer carries the resume token. */
export function createDraft(client: PortalClient, input: DraftInput, options: CallOptions = {}) {
  return client.call({
    endpoint: DRAFT_ENDPOINTS.createDraft,
    body: input,
    schema: fromApplications((c) => c.DraftSchema),
    ...options,
  });
}

/** Opens a draft by its resume token. */
export function getDraft(client: PortalClient, resumeToken: string, options: CallOptions = {}) {
  return client.call({
    endpoint: DRAFT_ENDPOINTS.getDraft,
    params: { token: resumeToken },
    schema: fromApplications((c) => c.DraftSchema),
    ...options,
  });
}

/** Replaces a draft's answers; safe to repeat, so it is retried like a GET. */
export function updateDraft(
  client: PortalClient,
  resumeToken: string,
  input: DraftInput,
  options: CallOptions = {},
) {
  return client.call({
    endpoint: DRAFT_ENDPOINTS.updateDraft,
    params: { token: resumeToken },
    body: input,
    schema: fromApplications((c) => c.DraftSchema),
    ...options,
  });
}

/** Deletes a draft; safe to repeat (a second delete answers 404). */
export function deleteDraft(
  client: PortalClient,
  resumeToken: string,
  options: CallOptions = {},
): Promise<undefined> {
  return client.call<undefined>({
    endpoint: DRAFT_ENDPOINTS.deleteDraft,
    params: { token: resumeToken },
    ...options,
  });
}

/** The logged-in citizen's drafts. */
export function listMyDrafts(client: PortalClient, options: CallOptions = {}) {
  return client.call({
    endpoint: DRAFT_ENDPOINTS.listMyDrafts,
    schema: fromApplications((c) => c.DraftListSchema),
    ...options,
  });
}
