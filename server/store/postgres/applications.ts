/**
 * Applications on PostgreSQL, with their status events and idempotency keys. A submission's first
 * statement claims its key (`INSERT … ON CONFLICT DO NOTHING`), so two instances receiving the same
 * key create one application; a status change locks its row (`FOR UPDATE`) and announces the new
 * event with `NOTIFY status_events` inside its transaction (delivered on commit).
 */
import type pg from 'pg';
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
  type ApplicationRow,
  type DeliveryRow,
  type IdempotencyKeyRow,
  type StatusEventRow,
} from '../rows/applications.js';
import { rows, statement, transaction, type Queryable } from './database.js';

/** The channel status changes are announced on: payload `<reference>:<event id>`. */
export const STATUS_CHANNEL = 'status_events';

export const SQL = {
  claimKey: statement(
    'applications.claimKey',
    `INSERT INTO idempotency_keys (key_hash, fingerprint, reference, sealed_receipt, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash`,
  ),
  keyByHash: statement(
    'applications.keyByHash',
    'SELECT fingerprint, sealed_receipt, reference FROM idempotency_keys WHERE key_hash = $1',
  ),
  insert: statement(
    'applications.insert',
    `INSERT INTO applications (reference, service_id, service_name_json, ars, authority_name,
       authority_id, status, submitted_at, updated_at, trust_level, owner_sub, access_code_hash,
       answers_json)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (reference) DO NOTHING RETURNING reference`,
  ),
  keepAttachments: statement(
    'applications.keepAttachments',
    'UPDATE attachments SET expires_at = NULL WHERE id = ANY($1::text[])',
  ),
  linkAttachments: statement(
    'applications.linkAttachments',
    `INSERT INTO application_attachments (reference, attachment_id)
     SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
  ),
  deleteDraft: statement('applications.deleteDraft', 'DELETE FROM drafts WHERE token_hash = $1'),
  byReference: statement(
    'applications.byReference',
    'SELECT * FROM applications WHERE reference = $1',
  ),
  lockByReference: statement(
    'applications.lockByReference',
    'SELECT * FROM applications WHERE reference = $1 FOR UPDATE',
  ),
  accessCodeHash: statement(
    'applications.accessCodeHash',
    'SELECT access_code_hash FROM applications WHERE reference = $1',
  ),
  byOwner: statement(
    'applications.byOwner',
    `SELECT * FROM applications WHERE owner_sub = $1 ${NEWEST_FIRST}`,
  ),
  list: statement(
    'applications.list',
    `SELECT * FROM applications
     WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR authority_id = $2)
     ${NEWEST_FIRST} LIMIT $3`,
  ),
  setStatus: statement(
    'applications.setStatus',
    'UPDATE applications SET status = $1, updated_at = $2 WHERE reference = $3',
  ),
  insertEvent: statement(
    'applications.insertEvent',
    `INSERT INTO status_events (reference, status, at, details_json, action_url)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
  ),
  notify: statement('applications.notify', `SELECT pg_notify('${STATUS_CHANNEL}', $1)`),
  eventsAfter: statement(
    'applications.eventsAfter',
    'SELECT * FROM status_events WHERE reference = $1 AND id > $2 ORDER BY id',
  ),
  eventById: statement('applications.eventById', 'SELECT * FROM status_events WHERE id = $1'),
  purgeKeys: statement(
    'applications.purgeKeys',
    'DELETE FROM idempotency_keys WHERE expires_at <= $1 RETURNING 1',
  ),
  deliveries: statement(
    'applications.deliveries',
    'SELECT * FROM document_deliveries WHERE reference = $1 ORDER BY id',
  ),
  // Locks the uploads, so a delivery to another application waits and then sees them used.
  lockUploads: statement(
    'applications.lockUploads',
    `SELECT id, expires_at FROM attachments WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
  ),
  usedUploads: statement(
    'applications.usedUploads',
    'SELECT DISTINCT attachment_id FROM application_attachments WHERE attachment_id = ANY($1::text[])',
  ),
  deliveryByKey: statement(
    'applications.deliveryByKey',
    'SELECT * FROM document_deliveries WHERE key_hash = $1',
  ),
  // The key is claimed last: a concurrent request with the same key for another application
  // waits here for the first to commit, then finds the key taken and rolls back.
  insertDelivery: statement(
    'applications.insertDelivery',
    `INSERT INTO document_deliveries
       (reference, sent_at, attachment_ids_json, message, event_id, key_hash, fingerprint)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key_hash) DO NOTHING RETURNING id`,
  ),
};

/** Raised inside a delivery's transaction to roll it back with an outcome. */
class DeliveryOutcome extends Error {
  constructor(readonly outcome: DocumentDeliveryOutcome) {
    super(outcome.kind);
  }
}

/** Raised inside a submission's transaction to roll it back with an outcome. */
class Outcome extends Error {
  constructor(readonly outcome: SubmitOutcome) {
    super(outcome.kind);
  }
}

async function insertEvent(db: Queryable, event: Omit<StatusEvent, 'id'>): Promise<StatusEvent> {
  const [row] = await rows<{ id: string }>(db, SQL.insertEvent, statusEventInsertValues(event));
  const created: StatusEvent = { ...event, id: String(row!.id) };
  await rows(db, SQL.notify, [`${created.reference}:${created.id}`]);
  return created;
}

/** The application part of the PostgreSQL store. */
export class PostgresApplicationStore implements ApplicationStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async submit(submission: NewApplication): Promise<SubmitOutcome> {
    const { application, initialEvent, idempotency } = submission;
    try {
      return await transaction(this.#pool, async (client) => {
        const claimed = await rows(client, SQL.claimKey, idempotencyKeyInsertValues(submission));
        if (claimed.length === 0) {
          // Taken by a committed submission (or one that just committed while we waited).
          const [previous] = await rows<IdempotencyKeyRow>(client, SQL.keyByHash, [
            idempotency.keyHash,
          ]);
          throw new Outcome({ kind: 'replay', ...toSubmission(previous!) });
        }
        const inserted = await rows(client, SQL.insert, applicationInsertValues(application));
        if (inserted.length === 0) throw new Outcome({ kind: 'reference-taken' });
        const event = await insertEvent(client, initialEvent);
        if (submission.attachmentIds.length > 0) {
          await rows(client, SQL.keepAttachments, [submission.attachmentIds]);
          await rows(client, SQL.linkAttachments, [
            application.reference,
            submission.attachmentIds,
          ]);
        }
        if (submission.draftTokenHash !== undefined) {
          await rows(client, SQL.deleteDraft, [submission.draftTokenHash]);
        }
        return { kind: 'created', initialEvent: event } satisfies SubmitOutcome;
      });
    } catch (error) {
      if (error instanceof Outcome) return error.outcome;
      throw error;
    }
  }

  async findSubmission(keyHash: string) {
    const [row] = await rows<IdempotencyKeyRow>(this.#pool, SQL.keyByHash, [keyHash]);
    return row === undefined ? undefined : toSubmission(row);
  }

  async get(reference: string): Promise<ApplicationRecord | undefined> {
    const [row] = await rows<ApplicationRow>(this.#pool, SQL.byReference, [reference]);
    return row === undefined ? undefined : toApplication(row);
  }

  async getAccessCodeHash(reference: string): Promise<string | undefined> {
    const [row] = await rows<{ access_code_hash: string }>(this.#pool, SQL.accessCodeHash, [
      reference,
    ]);
    return row?.access_code_hash;
  }

  async listByOwner(ownerSub: string): Promise<ApplicationRecord[]> {
    return (await rows<ApplicationRow>(this.#pool, SQL.byOwner, [ownerSub])).map(toApplication);
  }

  async list(query: ApplicationQuery): Promise<ApplicationRecord[]> {
    const found = await rows<ApplicationRow>(this.#pool, SQL.list, [
      query.status ?? null,
      query.authorityId ?? null,
      query.limit,
    ]);
    return found.map(toApplication);
  }

  async changeStatus(reference: string, change: StatusChangeRecord): Promise<StatusChangeOutcome> {
    return transaction(this.#pool, async (client): Promise<StatusChangeOutcome> => {
      const [row] = await rows<ApplicationRow>(client, SQL.lockByReference, [reference]);
      if (row === undefined) return { kind: 'not-found' };
      const status = row.status as StatusValue;
      if (!change.from.includes(status)) return { kind: 'refused', status };
      await rows(client, SQL.setStatus, [change.status, change.at, reference]);
      const event = await insertEvent(client, statusChangeEvent(reference, change));
      return statusChanged(toApplication(row), change, event);
    });
  }

  async listEvents(reference: string, afterId?: string): Promise<StatusEvent[]> {
    const found = await rows<StatusEventRow>(this.#pool, SQL.eventsAfter, [
      reference,
      eventIdAfter(afterId),
    ]);
    return found.map(toStatusEvent);
  }

  async deliverDocuments(delivery: NewDocumentDelivery): Promise<DocumentDeliveryOutcome> {
    try {
      return await transaction(this.#pool, (client) => this.#deliver(client, delivery));
    } catch (error) {
      if (error instanceof DeliveryOutcome) return error.outcome;
      throw error;
    }
  }

  async #deliver(
    client: Queryable,
    delivery: NewDocumentDelivery,
  ): Promise<DocumentDeliveryOutcome> {
    const { reference, attachmentIds, idempotency } = delivery;
    const [row] = await rows<ApplicationRow>(client, SQL.lockByReference, [reference]);
    if (row === undefined) return { kind: 'not-found' };
    const application = toApplication(row);
    const byKey = async (): Promise<DocumentDeliveryOutcome | undefined> => {
      const [earlier] = await rows<DeliveryRow>(client, SQL.deliveryByKey, [idempotency.keyHash]);
      return earlier === undefined ? undefined : deliveryRetried(earlier, delivery, application);
    };
    // A retry first: its files are used by then, and its status has moved on.
    const known = await byKey();
    if (known !== undefined) return known;
    if (!delivery.from.includes(application.status)) {
      return { kind: 'refused', status: application.status };
    }
    // Locks the uploads, so a delivery to another application waits and then sees them used.
    const locked = await rows<{ id: string; expires_at: string | null }>(client, SQL.lockUploads, [
      attachmentIds,
    ]);
    const used = new Set(
      (await rows<{ attachment_id: string }>(client, SQL.usedUploads, [attachmentIds])).map(
        (link) => link.attachment_id,
      ),
    );
    const fresh = new Set(
      locked
        .filter((upload) => upload.expires_at === null || upload.expires_at > delivery.sentAt)
        .map((upload) => upload.id),
    );
    const unusable = attachmentIds.filter((id) => !fresh.has(id) || used.has(id));
    if (unusable.length > 0) return { kind: 'unusable', attachmentIds: unusable };

    await rows(client, SQL.setStatus, [delivery.status, delivery.sentAt, reference]);
    const event = await insertEvent(client, deliveryEvent(delivery));
    const [inserted] = await rows<{ id: string }>(
      client,
      SQL.insertDelivery,
      deliveryInsertValues(delivery, event.id),
    );
    if (inserted === undefined) {
      // Another request took the key meanwhile: undo the event (and its NOTIFY) with the rest.
      throw new DeliveryOutcome((await byKey()) ?? { kind: 'key-reused' });
    }
    await rows(client, SQL.keepAttachments, [attachmentIds]);
    await rows(client, SQL.linkAttachments, [reference, attachmentIds]);
    return delivered(delivery, inserted.id, event, application);
  }

  async listDocumentDeliveries(reference: string): Promise<DocumentDeliveryRecord[]> {
    return (await rows<DeliveryRow>(this.#pool, SQL.deliveries, [reference])).map(toDelivery);
  }

  /** One event by id (the status listener loads what a notification names). */
  async getEvent(id: string): Promise<StatusEvent | undefined> {
    const [row] = await rows<StatusEventRow>(this.#pool, SQL.eventById, [id]);
    return row === undefined ? undefined : toStatusEvent(row);
  }

  /** Deletes expired idempotency keys; answers how many. */
  async purgeExpiredKeys(now: string): Promise<number> {
    return (await rows(this.#pool, SQL.purgeKeys, [now])).length;
  }
}
