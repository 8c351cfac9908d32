/** Applications in SQLite, with their status events and the idempotency keys of submissions. */
import type Database from 'better-sqlite3';
import type {
  FormAnswers,
  LanguageMap,
  StatusEvent,
  StatusValue,
  TrustLevel,
} from '../../../src/api/schemas/index.js';
import type {
  ApplicationQuery,
  ApplicationRecord,
  ApplicationStore,
  DocumentDeliveryOutcome,
  DocumentDeliveryRecord,
  NewApplication,
  NewDocumentDelivery,
  StatusChangeOutcome,
  StatusChangeRecord,
  SubmitOutcome,
} from '../portal-store.js';
import { fromJson } from './database.js';

interface ApplicationRow {
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

interface StatusEventRow {
  id: number;
  reference: string;
  status: string;
  at: string;
  details_json: string | null;
  action_url: string | null;
}

interface DeliveryRow {
  id: number;
  reference: string;
  sent_at: string;
  attachment_ids_json: string;
  message: string | null;
  event_id: number;
  key_hash: string;
  fingerprint: string;
}

/** What a delivery needs to know of an upload: whether it is there, unexpired and unused. */
interface UploadStateRow {
  expires_at: string | null;
  used: number | null;
}

function toDelivery(row: DeliveryRow): DocumentDeliveryRecord {
  return {
    id: String(row.id),
    reference: row.reference,
    sentAt: row.sent_at,
    attachmentIds: fromJson<string[]>(row.attachment_ids_json),
    ...(row.message === null ? {} : { message: row.message }),
    eventId: String(row.event_id),
  };
}

function toApplication(row: ApplicationRow): ApplicationRecord {
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

function toStatusEvent(row: StatusEventRow): StatusEvent {
  return {
    id: String(row.id),
    reference: row.reference,
    status: row.status as StatusValue,
    at: row.at,
    ...(row.details_json === null ? {} : { details: fromJson<LanguageMap>(row.details_json) }),
    ...(row.action_url === null ? {} : { actionUrl: row.action_url }),
  };
}

const NEWEST_FIRST = 'ORDER BY submitted_at DESC, reference';

function prepare(db: Database.Database) {
  return {
    keyByHash: db.prepare<
      [string],
      { fingerprint: string; sealed_receipt: string; reference: string }
    >('SELECT fingerprint, sealed_receipt, reference FROM idempotency_keys WHERE key_hash = ?'),
    referenceTaken: db.prepare<[string]>('SELECT 1 FROM applications WHERE reference = ?'),
    insert: db.prepare(
      `INSERT INTO applications (reference, service_id, service_name_json, ars, authority_name,
         authority_id, status, submitted_at, updated_at, trust_level, owner_sub, access_code_hash,
         answers_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertKey: db.prepare(
      `INSERT INTO idempotency_keys (key_hash, fingerprint, reference, sealed_receipt, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    keepAttachment: db.prepare<[string]>('UPDATE attachments SET expires_at = NULL WHERE id = ?'),
    linkAttachment: db.prepare<[string, string]>(
      'INSERT OR IGNORE INTO application_attachments (reference, attachment_id) VALUES (?, ?)',
    ),
    deleteDraft: db.prepare<[string]>('DELETE FROM drafts WHERE token_hash = ?'),
    byReference: db.prepare<[string], ApplicationRow>(
      'SELECT * FROM applications WHERE reference = ?',
    ),
    accessCodeHash: db.prepare<[string], { access_code_hash: string }>(
      'SELECT access_code_hash FROM applications WHERE reference = ?',
    ),
    byOwner: db.prepare<[string], ApplicationRow>(
      `SELECT * FROM applications WHERE owner_sub = ? ${NEWEST_FIRST}`,
    ),
    list: db.prepare<
      [{ status: string | null; authority: string | null; limit: number }],
      ApplicationRow
    >(
      `SELECT * FROM applications
       WHERE (@status IS NULL OR status = @status) AND (@authority IS NULL OR authority_id = @authority)
       ${NEWEST_FIRST} LIMIT @limit`,
    ),
    setStatus: db.prepare<[string, string, string]>(
      'UPDATE applications SET status = ?, updated_at = ? WHERE reference = ?',
    ),
    insertEvent: db.prepare(
      'INSERT INTO status_events (reference, status, at, details_json, action_url) VALUES (?, ?, ?, ?, ?)',
    ),
    eventsAfter: db.prepare<[string, number], StatusEventRow>(
      'SELECT * FROM status_events WHERE reference = ? AND id > ? ORDER BY id',
    ),
    purgeKeys: db.prepare<[string]>('DELETE FROM idempotency_keys WHERE expires_at <= ?'),
    deliveries: db.prepare<[string], DeliveryRow>(
      'SELECT * FROM document_deliveries WHERE reference = ? ORDER BY id',
    ),
    uploadState: db.prepare<[string], UploadStateRow>(
      `SELECT a.expires_at, (SELECT 1 FROM application_attachments l WHERE l.attachment_id = a.id
         LIMIT 1) AS used
       FROM attachments a WHERE a.id = ?`,
    ),
    deliveryByKey: db.prepare<[string], DeliveryRow>(
      'SELECT * FROM document_deliveries WHERE key_hash = ?',
    ),
    insertDelivery: db.prepare(
      `INSERT INTO document_deliveries
         (reference, sent_at, attachment_ids_json, message, event_id, key_hash, fingerprint)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

/** The application part of the SQLite store. */
export class SqliteApplicationStore implements ApplicationStore {
  readonly #db: Database.Database;
  readonly #sql: ReturnType<typeof prepare>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#sql = prepare(db);
  }

  async submit(submission: NewApplication): Promise<SubmitOutcome> {
    const sql = this.#sql;
    const { application, initialEvent, idempotency } = submission;
    return this.#db.transaction((): SubmitOutcome => {
      const previous = sql.keyByHash.get(idempotency.keyHash);
      if (previous !== undefined) {
        return {
          kind: 'replay',
          fingerprint: previous.fingerprint,
          sealedAccessCode: previous.sealed_receipt,
          reference: previous.reference,
        };
      }
      if (sql.referenceTaken.get(application.reference) !== undefined) {
        return { kind: 'reference-taken' };
      }
      sql.insert.run(
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
      );
      const event = this.#insertEvent(initialEvent);
      sql.insertKey.run(
        idempotency.keyHash,
        idempotency.fingerprint,
        application.reference,
        idempotency.sealedAccessCode,
        application.submittedAt,
        idempotency.expiresAt,
      );
      for (const id of submission.attachmentIds) {
        sql.keepAttachment.run(id);
        sql.linkAttachment.run(application.reference, id);
      }
      if (submission.draftTokenHash !== undefined) sql.deleteDraft.run(submission.draftTokenHash);
      return { kind: 'created', initialEvent: event };
    })();
  }

  async findSubmission(keyHash: string) {
    const row = this.#sql.keyByHash.get(keyHash);
    return row === undefined
      ? undefined
      : {
          fingerprint: row.fingerprint,
          sealedAccessCode: row.sealed_receipt,
          reference: row.reference,
        };
  }

  async get(reference: string): Promise<ApplicationRecord | undefined> {
    const row = this.#sql.byReference.get(reference);
    return row === undefined ? undefined : toApplication(row);
  }

  async getAccessCodeHash(reference: string): Promise<string | undefined> {
    return this.#sql.accessCodeHash.get(reference)?.access_code_hash;
  }

  async listByOwner(ownerSub: string): Promise<ApplicationRecord[]> {
    return this.#sql.byOwner.all(ownerSub).map(toApplication);
  }

  async list(query: ApplicationQuery): Promise<ApplicationRecord[]> {
    return this.#sql.list
      .all({
        status: query.status ?? null,
        authority: query.authorityId ?? null,
        limit: query.limit,
      })
      .map(toApplication);
  }

  async changeStatus(reference: string, change: StatusChangeRecord): Promise<StatusChangeOutcome> {
    const sql = this.#sql;
    return this.#db.transaction((): StatusChangeOutcome => {
      const row = sql.byReference.get(reference);
      if (row === undefined) return { kind: 'not-found' };
      const status = row.status as StatusValue;
      if (!change.from.includes(status)) return { kind: 'refused', status };
      sql.setStatus.run(change.status, change.at, reference);
      const event = this.#insertEvent({
        reference,
        status: change.status,
        at: change.at,
        ...(change.details === undefined ? {} : { details: change.details }),
        ...(change.actionUrl === undefined ? {} : { actionUrl: change.actionUrl }),
      });
      return {
        kind: 'changed',
        event,
        application: { ...toApplication(row), status: change.status, updatedAt: change.at },
      };
    })();
  }

  async listEvents(reference: string, afterId?: string): Promise<StatusEvent[]> {
    const after = afterId === undefined ? 0 : Number(afterId);
    return this.#sql.eventsAfter
      .all(reference, Number.isSafeInteger(after) ? after : 0)
      .map(toStatusEvent);
  }

  async deliverDocuments(delivery: NewDocumentDelivery): Promise<DocumentDeliveryOutcome> {
    const sql = this.#sql;
    const { reference, attachmentIds, message } = delivery;
    return this.#db.transaction((): DocumentDeliveryOutcome => {
      const row = sql.byReference.get(reference);
      if (row === undefined) return { kind: 'not-found' };
      const application = toApplication(row);
      // A retry first: its files are used by then, and its status has moved on.
      const earlier = sql.deliveryByKey.get(delivery.idempotency.keyHash);
      if (earlier !== undefined) {
        return earlier.fingerprint === delivery.idempotency.fingerprint &&
          earlier.reference === reference
          ? { kind: 'replay', delivery: toDelivery(earlier), application }
          : { kind: 'key-reused' };
      }
      if (!delivery.from.includes(application.status)) {
        return { kind: 'refused', status: application.status };
      }
      const unusable = attachmentIds.filter((id) => {
        const upload = sql.uploadState.get(id);
        return (
          upload === undefined ||
          upload.used !== null ||
          (upload.expires_at !== null && upload.expires_at <= delivery.sentAt)
        );
      });
      if (unusable.length > 0) return { kind: 'unusable', attachmentIds: unusable };

      sql.setStatus.run(delivery.status, delivery.sentAt, reference);
      const event = this.#insertEvent({
        reference,
        status: delivery.status,
        at: delivery.sentAt,
        details: delivery.details,
      });
      const inserted = sql.insertDelivery.run(
        reference,
        delivery.sentAt,
        JSON.stringify(attachmentIds),
        message ?? null,
        Number(event.id),
        delivery.idempotency.keyHash,
        delivery.idempotency.fingerprint,
      );
      for (const id of attachmentIds) {
        sql.keepAttachment.run(id);
        sql.linkAttachment.run(reference, id);
      }
      return {
        kind: 'delivered',
        delivery: {
          id: String(inserted.lastInsertRowid),
          reference,
          sentAt: delivery.sentAt,
          attachmentIds: [...attachmentIds],
          ...(message === undefined ? {} : { message }),
          eventId: event.id,
        },
        event,
        application: { ...application, status: delivery.status, updatedAt: delivery.sentAt },
      };
    })();
  }

  async listDocumentDeliveries(reference: string): Promise<DocumentDeliveryRecord[]> {
    return this.#sql.deliveries.all(reference).map(toDelivery);
  }

  /** Deletes expired idempotency keys (inside the store's purge transaction). */
  purgeExpiredKeys(now: string): number {
    return this.#sql.purgeKeys.run(now).changes;
  }

  #insertEvent(event: Omit<StatusEvent, 'id'>): StatusEvent {
    const result = this.#sql.insertEvent.run(
      event.reference,
      event.status,
      event.at,
      event.details === undefined ? null : JSON.stringify(event.details),
      event.actionUrl ?? null,
    );
    return { ...event, id: String(result.lastInsertRowid) };
  }
}
