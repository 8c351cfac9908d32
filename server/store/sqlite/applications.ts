/** Applications in SQLite, with their status events and the idempotency keys of submissions. */
import type Database from 'better-sqlite3';
import type { StatusEvent, StatusValue } from '../../../src/api/schemas/index.js';
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
import {
  applicationInsertValues,
  delivered,
  deliveryEvent,
  deliveryInsertValues,
  deliveryRetried,
  eventIdAfter,
  idempotencyKeyInsertValues,
  NEWEST_FIRST,
  statusChanged,
  statusChangeEvent,
  statusEventInsertValues,
  toApplication,
  toDelivery,
  toStatusEvent,
  toSubmission,
  type ApplicationInsertValues,
  type ApplicationRow,
  type DeliveryInsertValues,
  type DeliveryRow,
  type IdempotencyKeyInsertValues,
  type IdempotencyKeyRow,
  type StatusEventInsertValues,
  type StatusEventRow,
} from '../rows/applications.js';

/** What a delivery needs to know of an upload: whether it is there, unexpired and unused. */
interface UploadStateRow {
  expires_at: string | null;
  used: number | null;
}

function prepare(db: Database.Database) {
  return {
    keyByHash: db.prepare<[string], IdempotencyKeyRow>(
      'SELECT fingerprint, sealed_receipt, reference FROM idempotency_keys WHERE key_hash = ?',
    ),
    referenceTaken: db.prepare<[string]>('SELECT 1 FROM applications WHERE reference = ?'),
    insert: db.prepare<ApplicationInsertValues>(
      `INSERT INTO applications (reference, service_id, service_name_json, ars, authority_name,
         authority_id, status, submitted_at, updated_at, trust_level, owner_sub, access_code_hash,
         answers_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertKey: db.prepare<IdempotencyKeyInsertValues>(
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
    insertEvent: db.prepare<StatusEventInsertValues>(
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
    insertDelivery: db.prepare<DeliveryInsertValues>(
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
      if (previous !== undefined) return { kind: 'replay', ...toSubmission(previous) };
      if (sql.referenceTaken.get(application.reference) !== undefined) {
        return { kind: 'reference-taken' };
      }
      sql.insert.run(...applicationInsertValues(application));
      const event = this.#insertEvent(initialEvent);
      sql.insertKey.run(...idempotencyKeyInsertValues(submission));
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
    return row === undefined ? undefined : toSubmission(row);
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
      const event = this.#insertEvent(statusChangeEvent(reference, change));
      return statusChanged(toApplication(row), change, event);
    })();
  }

  async listEvents(reference: string, afterId?: string): Promise<StatusEvent[]> {
    return this.#sql.eventsAfter.all(reference, eventIdAfter(afterId)).map(toStatusEvent);
  }

  async deliverDocuments(delivery: NewDocumentDelivery): Promise<DocumentDeliveryOutcome> {
    const sql = this.#sql;
    const { reference, attachmentIds } = delivery;
    return this.#db.transaction((): DocumentDeliveryOutcome => {
      const row = sql.byReference.get(reference);
      if (row === undefined) return { kind: 'not-found' };
      const application = toApplication(row);
      // A retry first: its files are used by then, and its status has moved on.
      const earlier = sql.deliveryByKey.get(delivery.idempotency.keyHash);
      if (earlier !== undefined) return deliveryRetried(earlier, delivery, application);
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
      const event = this.#insertEvent(deliveryEvent(delivery));
      const inserted = sql.insertDelivery.run(...deliveryInsertValues(delivery, Number(event.id)));
      for (const id of attachmentIds) {
        sql.keepAttachment.run(id);
        sql.linkAttachment.run(reference, id);
      }
      return delivered(delivery, String(inserted.lastInsertRowid), event, application);
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
    const result = this.#sql.insertEvent.run(...statusEventInsertValues(event));
    return { ...event, id: String(result.lastInsertRowid) };
  }
}
