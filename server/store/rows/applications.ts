/**
 * Applications as rows, the same in the SQLite and the PostgreSQL store: the rows of
 * `applications`, `status_events`, `document_deliveries` and `idempotency_keys`, the records they
 * map to, the values each `INSERT` binds, and the outcomes both stores build alike. What differs
 * stays in each store: the SQL dialect, the driver (synchronous or not), transactions and locks.
 */
import type {
  FormAnswers,
  LanguageMap,
  StatusEvent,
  StatusValue,
  TrustLevel,
} from '../../../src/api/schemas/index.js';
import type {
  ApplicationRecord,
  DocumentDeliveryOutcome,
  DocumentDeliveryRecord,
  NewApplication,
  NewDocumentDelivery,
  StatusChangeOutcome,
  StatusChangeRecord,
  SubmitOutcome,
} from '../portal-store.js';
import { fromJson, type GeneratedId } from './columns.js';

/** The order of every list of applications: newest first, then by reference. */
export const NEWEST_FIRST = 'ORDER BY submitted_at DESC, reference';

/** A row of `applications`. */
export interface ApplicationRow {
  reference: string;
  service_id: string;
  service_name_json: string;
  ars: string;
  authority_name: string;
  authority_id: string | null;
  status: string;
  submitted_at: string;
  updated_at: string;
  trust_level: string | null;
  owner_sub: string | null;
  access_code_hash: string;
  answers_json: string;
}

/** A row of `status_events`. */
export interface StatusEventRow {
  id: GeneratedId;
  reference: string;
  status: string;
  at: string;
  details_json: string | null;
  action_url: string | null;
}

/** A row of `document_deliveries`. */
export interface DeliveryRow {
  id: GeneratedId;
  reference: string;
  sent_at: string;
  attachment_ids_json: string;
  message: string | null;
  event_id: GeneratedId;
  key_hash: string;
  fingerprint: string;
}

/** What a submission's replay reads of `idempotency_keys`. */
export interface IdempotencyKeyRow {
  fingerprint: string;
  sealed_receipt: string;
  reference: string;
}

/** A row as the record the store answers. */
export function toApplication(row: ApplicationRow): ApplicationRecord {
  return {
    reference: row.reference,
    serviceId: row.service_id,
    serviceName: fromJson<LanguageMap>(row.service_name_json),
    ars: row.ars,
    authorityName: row.authority_name,
    ...(row.authority_id === null ? {} : { authorityId: row.authority_id }),
    status: row.status as StatusValue,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    ...(row.trust_level === null ? {} : { trustLevel: row.trust_level as TrustLevel }),
    ...(row.owner_sub === null ? {} : { ownerSub: row.owner_sub }),
    accessCodeHash: row.access_code_hash,
    answers: fromJson<FormAnswers>(row.answers_json),
  };
}

/** A status event row as the contract's event. */
export function toStatusEvent(row: StatusEventRow): StatusEvent {
  return {
    id: String(row.id),
    reference: row.reference,
    status: row.status as StatusValue,
    at: row.at,
    ...(row.details_json === null ? {} : { details: fromJson<LanguageMap>(row.details_json) }),
    ...(row.action_url === null ? {} : { actionUrl: row.action_url }),
  };
}

/** A delivery row as the record the store answers. */
export function toDelivery(row: DeliveryRow): DocumentDeliveryRecord {
  return {
    id: String(row.id),
    reference: row.reference,
    sentAt: row.sent_at,
    attachmentIds: fromJson<string[]>(row.attachment_ids_json),
    ...(row.message === null ? {} : { message: row.message }),
    eventId: String(row.event_id),
  };
}

/** The submission an idempotency key made, as `findSubmission` and a replay answer it. */
export function toSubmission(
  row: IdempotencyKeyRow,
): Omit<SubmitOutcome & { kind: 'replay' }, 'kind'> {
  return {
    fingerprint: row.fingerprint,
    sealedAccessCode: row.sealed_receipt,
    reference: row.reference,
  };
}

/**
 * The values of a new application, in the order of the `INSERT`'s columns: `reference,
 * service_id, service_name_json, ars, authority_name, authority_id, status, submitted_at,
 * updated_at, trust_level, owner_sub, access_code_hash, answers_json`.
 */
export type ApplicationInsertValues = [
  reference: string,
  serviceId: string,
  serviceNameJson: string,
  ars: string,
  authorityName: string,
  authorityId: string | null,
  status: StatusValue,
  submittedAt: string,
  updatedAt: string,
  trustLevel: TrustLevel | null,
  ownerSub: string | null,
  accessCodeHash: string,
  answersJson: string,
];

/** An application as the values its `INSERT` binds. */
export function applicationInsertValues(application: ApplicationRecord): ApplicationInsertValues {
  return [
    application.reference,
    application.serviceId,
    JSON.stringify(application.serviceName),
    application.ars,
    application.authorityName,
    application.authorityId ?? null,
    application.status,
    application.submittedAt,
    application.updatedAt,
    application.trustLevel ?? null,
    application.ownerSub ?? null,
    application.accessCodeHash,
    JSON.stringify(application.answers),
  ];
}

/**
 * The values of a submission's idempotency key, in the order of the `INSERT`'s columns:
 * `key_hash, fingerprint, reference, sealed_receipt, created_at, expires_at`.
 */
export type IdempotencyKeyInsertValues = [
  keyHash: string,
  fingerprint: string,
  reference: string,
  sealedReceipt: string,
  createdAt: string,
  expiresAt: string,
];

/** A submission's idempotency key as the values its `INSERT` binds. */
export function idempotencyKeyInsertValues({
  application,
  idempotency,
}: NewApplication): IdempotencyKeyInsertValues {
  return [
    idempotency.keyHash,
    idempotency.fingerprint,
    application.reference,
    idempotency.sealedAccessCode,
    application.submittedAt,
    idempotency.expiresAt,
  ];
}

/**
 * The values of a new status event, in the order of the `INSERT`'s columns: `reference, status,
 * at, details_json, action_url` (the id is generated).
 */
export type StatusEventInsertValues = [
  reference: string,
  status: StatusValue,
  at: string,
  detailsJson: string | null,
  actionUrl: string | null,
];

/** A new status event as the values its `INSERT` binds. */
export function statusEventInsertValues(event: Omit<StatusEvent, 'id'>): StatusEventInsertValues {
  return [
    event.reference,
    event.status,
    event.at,
    event.details === undefined ? null : JSON.stringify(event.details),
    event.actionUrl ?? null,
  ];
}

/**
 * The values of a delivery, in the order of the `INSERT`'s columns: `reference, sent_at,
 * attachment_ids_json, message, event_id, key_hash, fingerprint` (the id is generated).
 */
export type DeliveryInsertValues = [
  reference: string,
  sentAt: string,
  attachmentIdsJson: string,
  message: string | null,
  eventId: GeneratedId,
  keyHash: string,
  fingerprint: string,
];

/** A delivery, recorded by the event `eventId`, as the values its `INSERT` binds. */
export function deliveryInsertValues(
  delivery: NewDocumentDelivery,
  eventId: GeneratedId,
): DeliveryInsertValues {
  return [
    delivery.reference,
    delivery.sentAt,
    JSON.stringify(delivery.attachmentIds),
    delivery.message ?? null,
    eventId,
    delivery.idempotency.keyHash,
    delivery.idempotency.fingerprint,
  ];
}

/** The id a listing of events starts after: 0 without one, or for one that is not a number. */
export function eventIdAfter(afterId: string | undefined): number {
  const after = afterId === undefined ? 0 : Number(afterId);
  return Number.isSafeInteger(after) ? after : 0;
}

/** The status event a caseworker's change records (the store assigns its id). */
export function statusChangeEvent(
  reference: string,
  change: StatusChangeRecord,
): Omit<StatusEvent, 'id'> {
  return {
    reference,
    status: change.status,
    at: change.at,
    ...(change.details === undefined ? {} : { details: change.details }),
    ...(change.actionUrl === undefined ? {} : { actionUrl: change.actionUrl }),
  };
}

/** A change recorded: its event, and the application as it is now. */
export function statusChanged(
  application: ApplicationRecord,
  change: StatusChangeRecord,
  event: StatusEvent,
): StatusChangeOutcome {
  return {
    kind: 'changed',
    event,
    application: { ...application, status: change.status, updatedAt: change.at },
  };
}

/** The status event that records a delivery (the store assigns its id). */
export function deliveryEvent(delivery: NewDocumentDelivery): Omit<StatusEvent, 'id'> {
  return {
    reference: delivery.reference,
    status: delivery.status,
    at: delivery.sentAt,
    details: delivery.details,
  };
}

/**
 * What a delivery whose key is known already answers: the earlier delivery again when the same
 * request is retried (same fingerprint, same application), else `key-reused`.
 */
export function deliveryRetried(
  earlier: DeliveryRow,
  delivery: NewDocumentDelivery,
  application: ApplicationRecord,
): DocumentDeliveryOutcome {
  return earlier.fingerprint === delivery.idempotency.fingerprint &&
    earlier.reference === delivery.reference
    ? { kind: 'replay', delivery: toDelivery(earlier), application }
    : { kind: 'key-reused' };
}

/** A delivery recorded under `id`: the record, its event, and the application as it is now. */
export function delivered(
  delivery: NewDocumentDelivery,
  id: string,
  event: StatusEvent,
  application: ApplicationRecord,
): DocumentDeliveryOutcome {
  const { reference, sentAt, attachmentIds, message } = delivery;
  return {
    kind: 'delivered',
    delivery: {
      id,
      reference,
      sentAt,
      attachmentIds: [...attachmentIds],
      ...(message === undefined ? {} : { message }),
      eventId: event.id,
    },
    event,
    application: { ...application, status: delivery.status, updatedAt: sentAt },
  };
}
