/**
 * Forms, applications, their status and the documents sent later: the calls of the application
 * form and the status tracker. Functions that take the client, not `PortalClient` methods, so
 * that a page whose widgets never make them (a page with only the service finder) does not load
 * them (decision 0091). Each is named after its endpoint's id.
 */
import { APPLICATION_ENDPOINTS } from '../endpoints.js';
import type { CallOptions, PortalClient } from '../portal-client.js';
import type { ApplicationInput } from '../schemas/application.js';
import type { SendDocumentsInput } from '../schemas/documents.js';
import type { AttachmentRef } from '../schemas/form.js';
import { fetchWithUploadProgress, type UploadProgress } from '../upload-transport.js';
import { fromApplications } from './applications-contract.js';

/** How to send documents (`sendDocuments`). */
export interface SendDocumentsOptions extends CallOptions {
  /** The access code, unless the session's citizen owns the application. */
  accessCode?: string | undefined;
  /**
   * Makes the call safe to repeat: keep one key per answer the citizen sends (a random UUID)
   * and pass it again when they try again, so a lost answer never becomes a second delivery.
   * Default: a new key per call, which covers this call's own retries.
   */
  idempotencyKey?: string;
}

/** The header that carries an access code, if there is one. */
const accessCodeHeader = (accessCode: string | undefined): Record<string, string> =>
  accessCode ? { 'X-Access-Code': accessCode } : {};

/** The form definition of a service that has a portal form. */
export function getForm(client: PortalClient, serviceId: string, options: CallOptions = {}) {
  return client.call({
    endpoint: APPLICATION_ENDPOINTS.getForm,
    params: { serviceId },
    schema: fromApplications((c) => c.FormDefinitionSchema),
    ...options,
  });
}

/** Uploads a file for an application; the answer is the reference to put in the answers. */
export function uploadAttachment(
  client: PortalClient,
  file: Blob,
  filename: string,
  options: CallOptions & { onProgress?: UploadProgress } = {},
): Promise<AttachmentRef> {
  const { onProgress, ...call } = options;
  const form = new FormData();
  form.append('file', file, filename);
  return client.call({
    endpoint: APPLICATION_ENDPOINTS.uploadAttachment,
    body: form,
    schema: fromApplications((c) => c.AttachmentRefSchema),
    // fetch reports no upload progress: XMLHttpRequest does.
    transport: onProgress && ((url, init) => fetchWithUploadProgress(url, init, onProgress)),
    // A scan on a slow line takes a while: at least 10 kB/s before we give up.
    timeoutMs: Math.max(client.timeoutMs, (file.size / 10_000) * 1000),
    ...call,
  });
}

/**
 * Submits an application. The idempotency key makes it safe to retry: the portal creates one
 * application per key, so a lost answer never becomes a second application.
 */
export function submitApplication(
  client: PortalClient,
  input: ApplicationInput,
  idempotencyKey: string,
  options: CallOptions = {},
) {
  return client.call({
    endpoint: APPLICATION_ENDPOINTS.submitApplication,
    body: input,
    idempotencyKey,
    schema: fromApplications((c) => c.ApplicationReceiptSchema),
    ...options,
  });
}

/**
 * Sends the documents the authority asked for (`ACTION_REQUIRED`): files uploaded before with
 * `uploadAttachment` (their `attachmentId`s) and an optional message. The answer is the
 * application after it: status `PROCESSING`, its newest event naming what was sent (decision
 * 0057). A 409 (`not-awaiting-documents`) means the application no longer waits for documents.
 */
export function sendDocuments(
  client: PortalClient,
  reference: string,
  input: SendDocumentsInput,
  options: SendDocumentsOptions = {},
) {
  const { accessCode, idempotencyKey = crypto.randomUUID(), ...call } = options;
  return client.call({
    endpoint: APPLICATION_ENDPOINTS.sendDocuments,
    params: { reference },
    headers: accessCodeHeader(accessCode),
    body: input,
    idempotencyKey,
    schema: fromApplications((c) => c.ApplicationSchema),
    ...call,
  });
}

/** An application, opened with its access code (or the session of its owner). */
export function getApplication(
  client: PortalClient,
  reference: string,
  accessCode?: string,
  options: CallOptions = {},
) {
  return client.call({
    endpoint: APPLICATION_ENDPOINTS.getApplication,
    params: { reference },
    headers: accessCodeHeader(accessCode),
    schema: fromApplications((c) => c.ApplicationSchema),
    ...options,
  });
}

/** The status history of an application. */
export function getStatusEvents(
  client: PortalClient,
  reference: string,
  accessCode?: string,
  options: CallOptions = {},
) {
  return client.call({
    endpoint: APPLICATION_ENDPOINTS.getStatusEvents,
    params: { reference },
    headers: accessCodeHeader(accessCode),
    schema: fromApplications((c) => c.StatusEventListSchema),
    ...options,
  });
}

/**
 * The URL of an application's live status stream (Server-Sent Events), for `EventSource`,
 * which cannot send headers: the access code travels in the query (decision 0035). The widgets
 * follow a status with `streamStatusEvents` instead, which sends it as a header.
 */
export function statusStreamUrl(client: PortalClient, reference: string, accessCode: string): URL {
  return client.endpointUrl(
    APPLICATION_ENDPOINTS.statusStreamUrl,
    { reference },
    { code: accessCode },
  );
}

/** The logged-in citizen's applications. */
export function listMyApplications(client: PortalClient, options: CallOptions = {}) {
  return client.call({
    endpoint: APPLICATION_ENDPOINTS.listMyApplications,
    schema: fromApplications((c) => c.ApplicationListSchema),
    ...options,
  });
}
