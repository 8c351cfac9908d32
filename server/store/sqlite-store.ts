/**
 * `PortalStore` on an embedded SQLite file (better-sqlite3, WAL mode): the default store of the
 * reference server, good for one process. Statements are prepared once; multi-row writes run in
 * transactions, so a crash leaves either all or nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type {
  Area,
  FormAnswers,
  FormDefinition,
  LanguageMap,
  LifeSituation,
  Route,
  Service,
  ServiceSummary,
  StatusEvent,
  StatusValue,
  TrustLevel,
} from '../../src/api/schemas/index.js';
import { FINAL_STATUSES } from '../../src/api/schemas/index.js';
import { migrate } from './migrate.js';
import type {
  ApplicationQuery,
  ApplicationRecord,
  AttachmentRecord,
  CatalogueSeed,
  DraftRecord,
  NewApplication,
  PortalStore,
  StatusChangeOutcome,
  StatusChangeRecord,
  SubmitOutcome,
} from './portal-store.js';
import { escapeLike, foldForSearch } from './search-text.js';

/** File name of the database inside the data folder. */
export const DATABASE_FILE = 'portal.sqlite';

interface DraftRow {
  token_hash: string;
  owner_sub: string | null;
  resume_token: string | null;
  service_id: string;
  ars: string | null;
  step_id: string | null;
  answers_json: string;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

interface ApplicationRow {
  reference: string;
  service_id: string;
  service_name_json: string;
  ars: string;
  authority_name: string;
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

interface AttachmentRow {
  id: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  owner_sub: string | null;
  created_at: string;
  expires_at: string | null;
}

/** Parses a JSON column the store itself wrote from schema-valid data. */
function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

function toDraft(row: DraftRow): DraftRecord {
  return {
    tokenHash: row.token_hash,
    ...(row.owner_sub === null ? {} : { ownerSub: row.owner_sub }),
    ...(row.resume_token === null ? {} : { resumeToken: row.resume_token }),
    serviceId: row.service_id,
    ...(row.ars === null ? {} : { ars: row.ars }),
    ...(row.step_id === null ? {} : { stepId: row.step_id }),
    answers: fromJson<FormAnswers>(row.answers_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}

function toApplication(row: ApplicationRow): ApplicationRecord {
  return {
    reference: row.reference,
    serviceId: row.service_id,
    serviceName: fromJson<LanguageMap>(row.service_name_json),
    ars: row.ars,
    authorityName: row.authority_name,
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

function toAttachment(row: AttachmentRow): AttachmentRecord {
  return {
    attachmentId: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    ...(row.owner_sub === null ? {} : { ownerSub: row.owner_sub }),
    createdAt: row.created_at,
    ...(row.expires_at === null ? {} : { expiresAt: row.expires_at }),
  };
}

/** The keys to try for an area, most specific first: municipality, district, state. */
export function arsFallbacks(ars: string): string[] {
  const keys = [ars];
  if (ars.length === 12) keys.push(ars.slice(0, 5));
  if (ars.length >= 5) keys.push(ars.slice(0, 2));
  return keys;
}

/** Statements on the hot paths, prepared once per database. */
function prepareHotStatements(db: Database.Database) {
  return {
    serviceById: db.prepare<[string], { json: string }>('SELECT json FROM services WHERE id = ?'),
    serviceByLeikaKey: db.prepare<[string], { json: string }>(
      'SELECT json FROM services WHERE leika_key = ? ORDER BY position LIMIT 1',
    ),
    areaByArs: db.prepare<[string], { json: string }>('SELECT json FROM areas WHERE ars = ?'),
    // 59 areas: a scan is cheaper than keeping a column and an index for the AGS.
    areaByAgs: db.prepare<[string], { json: string }>(
      "SELECT json FROM areas WHERE json_extract(json, '$.ags') = ?",
    ),
    routes: db.prepare<[string, string], { json: string }>(
      `SELECT d.json FROM responsibilities r JOIN route_documents d ON d.id = r.route_id
       WHERE r.service_id = ? AND r.ars = ? ORDER BY r.position`,
    ),
    formByService: db.prepare<[string], { json: string }>(
      'SELECT json FROM forms WHERE service_id = ?',
    ),
    applicationByReference: db.prepare<[string], ApplicationRow>(
      'SELECT * FROM applications WHERE reference = ?',
    ),
    eventsAfter: db.prepare<[string, number], StatusEventRow>(
      'SELECT * FROM status_events WHERE reference = ? AND id > ? ORDER BY id',
    ),
    insertEvent: db.prepare(
      'INSERT INTO status_events (reference, status, at, details_json, action_url) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}

/** The SQLite implementation of the portal store. */
export class SqliteStore implements PortalStore {
  readonly #db: Database.Database;
  readonly #statements: ReturnType<typeof prepareHotStatements>;

  private constructor(db: Database.Database) {
    this.#db = db;
    this.#statements = prepareHotStatements(db);
  }

  /** Opens (creating if needed) the database in `dataDir` and brings its schema up to date. */
  static open(dataDir: string): SqliteStore {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return new SqliteStore(db);
  }

  /** Names of the migrations recorded in this database (for tests and diagnostics). */
  appliedMigrations(): string[] {
    return this.#db
      .prepare<[], { name: string }>('SELECT name FROM schema_migrations ORDER BY version')
      .all()
      .map((row) => row.name);
  }

  async seedCatalogue(seed: CatalogueSeed): Promise<{ seeded: boolean }> {
    const db = this.#db;
    const current = db
      .prepare<[], { value: string }>(`SELECT value FROM catalogue_meta WHERE key = 'fingerprint'`)
      .get();
    if (current?.value === seed.fingerprint) return { seeded: false };
    db.transaction(() => {
      for (const table of [
        'responsibilities',
        'route_documents',
        'forms',
        'area_postcodes',
        'areas',
        'services',
        'life_situations',
      ]) {
        db.exec(`DELETE FROM ${table}`);
      }
      const lifeSituation = db.prepare(
        'INSERT INTO life_situations (code, position, json) VALUES (?, ?, ?)',
      );
      seed.lifeSituations.forEach((situation, position) =>
        lifeSituation.run(situation.code, position, JSON.stringify(situation)),
      );
      const service = db.prepare(
        'INSERT INTO services (id, leika_key, position, summary_json, json) VALUES (?, ?, ?, ?, ?)',
      );
      seed.services.forEach((entry, position) =>
        service.run(
          entry.service.id,
          entry.service.leikaKey,
          position,
          JSON.stringify(entry.summary),
          JSON.stringify(entry.service),
        ),
      );
      const area = db.prepare(
        'INSERT INTO areas (ars, type, search_name, position, json) VALUES (?, ?, ?, ?, ?)',
      );
      const postcode = db.prepare(
        'INSERT OR IGNORE INTO area_postcodes (postcode, ars) VALUES (?, ?)',
      );
      seed.areas.forEach((entry, position) => {
        area.run(entry.ars, entry.type, foldForSearch(entry.name), position, JSON.stringify(entry));
        for (const code of entry.postcodes) postcode.run(code, entry.ars);
      });
      const form = db.prepare('INSERT INTO forms (service_id, json) VALUES (?, ?)');
      for (const definition of seed.forms)
        form.run(definition.serviceId, JSON.stringify(definition));
      const routeDocument = db.prepare(
        'INSERT OR IGNORE INTO route_documents (id, json) VALUES (?, ?)',
      );
      const responsibility = db.prepare(
        'INSERT INTO responsibilities (service_id, ars, position, route_id) VALUES (?, ?, ?, ?)',
      );
      for (const entry of seed.responsibilities) {
        entry.routes.forEach((route, position) => {
          const json = JSON.stringify(route);
          const id = createHash('sha256').update(json).digest('base64url');
          routeDocument.run(id, json);
          responsibility.run(entry.serviceId, entry.ars, position, id);
        });
      }
      db.prepare(
        `INSERT INTO catalogue_meta (key, value) VALUES ('fingerprint', ?), ('seeded_at', ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      ).run(seed.fingerprint, new Date().toISOString());
    })();
    return { seeded: true };
  }

  async listServiceSummaries(): Promise<ServiceSummary[]> {
    return this.#db
      .prepare<[], { summary_json: string }>('SELECT summary_json FROM services ORDER BY position')
      .all()
      .map((row) => fromJson<ServiceSummary>(row.summary_json));
  }

  async listLifeSituations(): Promise<LifeSituation[]> {
    return this.#db
      .prepare<[], { json: string }>('SELECT json FROM life_situations ORDER BY position')
      .all()
      .map((row) => fromJson<LifeSituation>(row.json));
  }

  async getService(id: string): Promise<Service | undefined> {
    const row = this.#statements.serviceById.get(id);
    return row === undefined ? undefined : fromJson<Service>(row.json);
  }

  async getServiceByLeikaKey(leikaKey: string): Promise<Service | undefined> {
    const row = this.#statements.serviceByLeikaKey.get(leikaKey);
    return row === undefined ? undefined : fromJson<Service>(row.json);
  }

  async searchAreas(query: string | undefined, limit: number): Promise<Area[]> {
    const db = this.#db;
    const text = query?.trim() ?? '';
    if (text === '') {
      return db
        .prepare<[number], { json: string }>('SELECT json FROM areas ORDER BY position LIMIT ?')
        .all(limit)
        .map((row) => fromJson<Area>(row.json));
    }
    if (/^\d+$/.test(text)) {
      // Digits: a postcode (or its beginning), or a regional key.
      return db
        .prepare<[string, string, string, number], { json: string }>(
          `SELECT a.json FROM areas a
           WHERE a.ars = ? OR a.ars IN (SELECT ars FROM area_postcodes WHERE postcode LIKE ? ESCAPE '\\')
             OR json_extract(a.json, '$.ags') = ?
           ORDER BY a.position LIMIT ?`,
        )
        .all(text, `${escapeLike(text)}%`, text, limit)
        .map((row) => fromJson<Area>(row.json));
    }
    const folded = foldForSearch(text);
    if (folded === '') return [];
    const like = escapeLike(folded);
    return db
      .prepare<[string, string, string, string, number], { json: string }>(
        `SELECT json FROM areas
         WHERE search_name LIKE ? ESCAPE '\\'
         ORDER BY CASE
             WHEN search_name = ? THEN 0
             WHEN search_name LIKE ? ESCAPE '\\' THEN 1
             WHEN search_name LIKE ? ESCAPE '\\' THEN 2
             ELSE 3
           END, position
         LIMIT ?`,
      )
      .all(`%${like}%`, folded, `${like}%`, `% ${like}%`, limit)
      .map((row) => fromJson<Area>(row.json));
  }

  async getArea(key: string): Promise<Area | undefined> {
    const statement = /^\d{8}$/.test(key) ? this.#statements.areaByAgs : this.#statements.areaByArs;
    const row = statement.get(key);
    return row === undefined ? undefined : fromJson<Area>(row.json);
  }

  async getRoutes(serviceId: string, ars: string): Promise<Route[]> {
    for (const key of arsFallbacks(ars)) {
      const rows = this.#statements.routes.all(serviceId, key);
      if (rows.length > 0) return rows.map((row) => fromJson<Route>(row.json));
    }
    return [];
  }

  async getForm(serviceId: string): Promise<FormDefinition | undefined> {
    const row = this.#statements.formByService.get(serviceId);
    return row === undefined ? undefined : fromJson<FormDefinition>(row.json);
  }

  async createDraft(draft: DraftRecord): Promise<void> {
    this.#db
      .prepare(
        `INSERT INTO drafts (token_hash, owner_sub, resume_token, service_id, ars, step_id, answers_json,
           created_at, updated_at, expires_at)
         VALUES (@tokenHash, @ownerSub, @resumeToken, @serviceId, @ars, @stepId, @answers,
           @createdAt, @updatedAt, @expiresAt)`,
      )
      .run(this.#draftParams(draft));
  }

  async getDraft(tokenHash: string, now: string): Promise<DraftRecord | undefined> {
    const row = this.#db
      .prepare<[string, string], DraftRow>(
        'SELECT * FROM drafts WHERE token_hash = ? AND expires_at > ?',
      )
      .get(tokenHash, now);
    return row === undefined ? undefined : toDraft(row);
  }

  async updateDraft(draft: DraftRecord): Promise<void> {
    this.#db
      .prepare(
        `UPDATE drafts SET ars = @ars, step_id = @stepId, answers_json = @answers,
           updated_at = @updatedAt, expires_at = @expiresAt
         WHERE token_hash = @tokenHash`,
      )
      .run(this.#draftParams(draft));
  }

  async deleteDraft(tokenHash: string): Promise<boolean> {
    return this.#db.prepare('DELETE FROM drafts WHERE token_hash = ?').run(tokenHash).changes > 0;
  }

  async listDraftsByOwner(ownerSub: string, now: string): Promise<DraftRecord[]> {
    return this.#db
      .prepare<[string, string], DraftRow>(
        'SELECT * FROM drafts WHERE owner_sub = ? AND expires_at > ? ORDER BY updated_at DESC',
      )
      .all(ownerSub, now)
      .map(toDraft);
  }

  async saveAttachment(attachment: AttachmentRecord): Promise<void> {
    this.#db
      .prepare(
        `INSERT INTO attachments (id, filename, media_type, size, sha256, owner_sub, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        attachment.attachmentId,
        attachment.filename,
        attachment.mediaType,
        attachment.size,
        attachment.sha256,
        attachment.ownerSub ?? null,
        attachment.createdAt,
        attachment.expiresAt ?? null,
      );
  }

  async getAttachments(ids: readonly string[]): Promise<AttachmentRecord[]> {
    const get = this.#db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE id = ?');
    return ids.flatMap((id) => {
      const row = get.get(id);
      return row === undefined ? [] : [toAttachment(row)];
    });
  }

  async extendAttachments(ids: readonly string[], expiresAt: string): Promise<void> {
    const extend = this.#db.prepare(
      `UPDATE attachments SET expires_at = ? WHERE id = ? AND expires_at IS NOT NULL AND expires_at < ?`,
    );
    this.#db.transaction(() => {
      for (const id of ids) extend.run(expiresAt, id, expiresAt);
    })();
  }

  async submitApplication(submission: NewApplication): Promise<SubmitOutcome> {
    const db = this.#db;
    const { application, initialEvent, idempotency } = submission;
    return db.transaction((): SubmitOutcome => {
      const previous = db
        .prepare<[string], { fingerprint: string; sealed_receipt: string; reference: string }>(
          'SELECT fingerprint, sealed_receipt, reference FROM idempotency_keys WHERE key_hash = ?',
        )
        .get(idempotency.keyHash);
      if (previous !== undefined) {
        return {
          kind: 'replay',
          fingerprint: previous.fingerprint,
          sealedReceipt: previous.sealed_receipt,
          reference: previous.reference,
        };
      }
      const taken = db
        .prepare('SELECT 1 FROM applications WHERE reference = ?')
        .get(application.reference);
      if (taken !== undefined) return { kind: 'reference-taken' };
      db.prepare(
        `INSERT INTO applications (reference, service_id, service_name_json, ars, authority_name, status,
           submitted_at, updated_at, trust_level, owner_sub, access_code_hash, answers_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        application.reference,
        application.serviceId,
        JSON.stringify(application.serviceName),
        application.ars,
        application.authorityName,
        application.status,
        application.submittedAt,
        application.updatedAt,
        application.trustLevel ?? null,
        application.ownerSub ?? null,
        application.accessCodeHash,
        JSON.stringify(application.answers),
      );
      const event = this.#insertEvent(initialEvent);
      db.prepare(
        `INSERT INTO idempotency_keys (key_hash, fingerprint, reference, sealed_receipt, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        idempotency.keyHash,
        idempotency.fingerprint,
        application.reference,
        idempotency.seal(event),
        application.submittedAt,
        idempotency.expiresAt,
      );
      const keep = db.prepare('UPDATE attachments SET expires_at = NULL WHERE id = ?');
      const link = db.prepare(
        'INSERT OR IGNORE INTO application_attachments (reference, attachment_id) VALUES (?, ?)',
      );
      for (const id of submission.attachmentIds) {
        keep.run(id);
        link.run(application.reference, id);
      }
      if (submission.draftTokenHash !== undefined) {
        db.prepare('DELETE FROM drafts WHERE token_hash = ?').run(submission.draftTokenHash);
      }
      return { kind: 'created', initialEvent: event };
    })();
  }

  async getApplication(reference: string): Promise<ApplicationRecord | undefined> {
    const row = this.#statements.applicationByReference.get(reference);
    return row === undefined ? undefined : toApplication(row);
  }

  async listApplicationsByOwner(ownerSub: string): Promise<ApplicationRecord[]> {
    return this.#db
      .prepare<[string], ApplicationRow>(
        'SELECT * FROM applications WHERE owner_sub = ? ORDER BY submitted_at DESC, reference',
      )
      .all(ownerSub)
      .map(toApplication);
  }

  async listApplications(query: ApplicationQuery): Promise<ApplicationRecord[]> {
    const rows =
      query.status === undefined
        ? this.#db
            .prepare<[number], ApplicationRow>(
              'SELECT * FROM applications ORDER BY submitted_at DESC, reference LIMIT ?',
            )
            .all(query.limit)
        : this.#db
            .prepare<[string, number], ApplicationRow>(
              'SELECT * FROM applications WHERE status = ? ORDER BY submitted_at DESC, reference LIMIT ?',
            )
            .all(query.status, query.limit);
    return rows.map(toApplication);
  }

  async changeStatus(reference: string, change: StatusChangeRecord): Promise<StatusChangeOutcome> {
    const db = this.#db;
    return db.transaction((): StatusChangeOutcome => {
      const row = this.#statements.applicationByReference.get(reference);
      if (row === undefined) return { kind: 'not-found' };
      const status = row.status as StatusValue;
      if (FINAL_STATUSES.includes(status)) return { kind: 'final', status };
      db.prepare('UPDATE applications SET status = ?, updated_at = ? WHERE reference = ?').run(
        change.status,
        change.at,
        reference,
      );
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

  async listStatusEvents(reference: string, afterId?: string): Promise<StatusEvent[]> {
    const after = afterId === undefined ? 0 : Number(afterId);
    return this.#statements.eventsAfter
      .all(reference, Number.isSafeInteger(after) ? after : 0)
      .map(toStatusEvent);
  }

  async purgeExpired(
    now: string,
  ): Promise<{ drafts: number; attachmentIds: string[]; idempotencyKeys: number }> {
    const db = this.#db;
    return db.transaction(() => {
      const drafts = db.prepare('DELETE FROM drafts WHERE expires_at <= ?').run(now).changes;
      const attachmentIds = db
        .prepare<[string], { id: string }>(
          'DELETE FROM attachments WHERE expires_at IS NOT NULL AND expires_at <= ? RETURNING id',
        )
        .all(now)
        .map((row) => row.id);
      const idempotencyKeys = db
        .prepare('DELETE FROM idempotency_keys WHERE expires_at <= ?')
        .run(now).changes;
      return { drafts, attachmentIds, idempotencyKeys };
    })();
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  #insertEvent(event: Omit<StatusEvent, 'id'>): StatusEvent {
    const result = this.#statements.insertEvent.run(
      event.reference,
      event.status,
      event.at,
      event.details === undefined ? null : JSON.stringify(event.details),
      event.actionUrl ?? null,
    );
    return { ...event, id: String(result.lastInsertRowid) };
  }

  #draftParams(draft: DraftRecord): Record<string, string | null> {
    return {
      tokenHash: draft.tokenHash,
      ownerSub: draft.ownerSub ?? null,
      resumeToken: draft.resumeToken ?? null,
      serviceId: draft.serviceId,
      ars: draft.ars ?? null,
      stepId: draft.stepId ?? null,
      answers: JSON.stringify(draft.answers),
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      expiresAt: draft.expiresAt,
    };
  }
}
