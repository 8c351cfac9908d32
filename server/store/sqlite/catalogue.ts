/** The catalogue in SQLite: services, life situations, areas, responsibilities and forms. */
import type Database from 'better-sqlite3';
import type {
  Area,
  FormDefinition,
  LifeSituation,
  Service,
  ServiceSummary,
} from '../../../src/api/schemas/index.js';
import type { CatalogueSeed, CatalogueStore, Responsibility } from '../portal-store.js';
import { arsFallbacks } from '../ars-fallbacks.js';
import { areaSearchName, escapeLike, foldForSearch } from '../search-text.js';
import { nobodyKnown, responsibilityDocument, type JsonRow } from '../rows/catalogue.js';
import { fromJson } from '../rows/columns.js';

/** Catalogue tables, emptied in this order before a reseed. */
const CATALOGUE_TABLES = [
  'responsibilities',
  'responsibility_documents',
  'forms',
  'area_postcodes',
  'areas',
  'services',
  'life_situations',
] as const;

function prepare(db: Database.Database) {
  return {
    fingerprint: db.prepare<[], { value: string }>(
      `SELECT value FROM catalogue_meta WHERE key = 'fingerprint'`,
    ),
    clear: CATALOGUE_TABLES.map((table) => db.prepare(`DELETE FROM ${table}`)),
    insertLifeSituation: db.prepare(
      'INSERT INTO life_situations (code, position, json) VALUES (?, ?, ?)',
    ),
    insertService: db.prepare(
      'INSERT INTO services (id, leika_key, position, summary_json, json) VALUES (?, ?, ?, ?, ?)',
    ),
    insertArea: db.prepare(
      'INSERT INTO areas (ars, type, search_name, position, json) VALUES (?, ?, ?, ?, ?)',
    ),
    insertPostcode: db.prepare(
      'INSERT OR IGNORE INTO area_postcodes (postcode, ars) VALUES (?, ?)',
    ),
    insertForm: db.prepare('INSERT INTO forms (service_id, json) VALUES (?, ?)'),
    insertResponsibilityDocument: db.prepare(
      'INSERT OR IGNORE INTO responsibility_documents (id, json) VALUES (?, ?)',
    ),
    insertResponsibility: db.prepare(
      'INSERT INTO responsibilities (service_id, ars, document_id) VALUES (?, ?, ?)',
    ),
    writeMeta: db.prepare(
      `INSERT INTO catalogue_meta (key, value) VALUES ('fingerprint', ?), ('seeded_at', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
    summaries: db.prepare<[], { summary_json: string }>(
      'SELECT summary_json FROM services ORDER BY position',
    ),
    lifeSituations: db.prepare<[], JsonRow>('SELECT json FROM life_situations ORDER BY position'),
    serviceById: db.prepare<[string], JsonRow>('SELECT json FROM services WHERE id = ?'),
    serviceByLeikaKey: db.prepare<[string], JsonRow>(
      'SELECT json FROM services WHERE leika_key = ? ORDER BY position LIMIT 1',
    ),
    allAreas: db.prepare<[number], JsonRow>('SELECT json FROM areas ORDER BY position LIMIT ?'),
    areasByDigits: db.prepare<[string, string, string, number], JsonRow>(
      `SELECT a.json FROM areas a
       WHERE a.ars = ? OR a.ars IN (SELECT ars FROM area_postcodes WHERE postcode LIKE ? ESCAPE '\\')
         OR json_extract(a.json, '$.ags') = ?
       ORDER BY a.position LIMIT ?`,
    ),
    areasByName: db.prepare<[string, string, string, string, number], JsonRow>(
      `SELECT json FROM areas
       WHERE search_name LIKE ? ESCAPE '\\'
       ORDER BY CASE
           WHEN search_name = ? THEN 0
           WHEN search_name LIKE ? ESCAPE '\\' THEN 1
           WHEN search_name LIKE ? ESCAPE '\\' THEN 2
           ELSE 3
         END, position
       LIMIT ?`,
    ),
    areaByArs: db.prepare<[string], JsonRow>('SELECT json FROM areas WHERE ars = ?'),
    // 59 areas: a scan is cheaper than keeping a column and an index for the AGS.
    areaByAgs: db.prepare<[string], JsonRow>(
      "SELECT json FROM areas WHERE json_extract(json, '$.ags') = ?",
    ),
    responsibility: db.prepare<[string, string], JsonRow>(
      `SELECT d.json FROM responsibilities r JOIN responsibility_documents d ON d.id = r.document_id
       WHERE r.service_id = ? AND r.ars = ?`,
    ),
    formByService: db.prepare<[string], JsonRow>('SELECT json FROM forms WHERE service_id = ?'),
  };
}

/** The catalogue part of the SQLite store. */
export class SqliteCatalogueStore implements CatalogueStore {
  readonly #db: Database.Database;
  readonly #sql: ReturnType<typeof prepare>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#sql = prepare(db);
  }

  async seed(seed: CatalogueSeed): Promise<{ seeded: boolean }> {
    const sql = this.#sql;
    if (sql.fingerprint.get()?.value === seed.fingerprint) return { seeded: false };
    this.#db.transaction(() => {
      for (const clear of sql.clear) clear.run();
      seed.lifeSituations.forEach((situation, position) =>
        sql.insertLifeSituation.run(situation.code, position, JSON.stringify(situation)),
      );
      seed.services.forEach(({ service, summary }, position) =>
        sql.insertService.run(
          service.id,
          service.leikaKey,
          position,
          JSON.stringify(summary),
          JSON.stringify(service),
        ),
      );
      seed.areas.forEach((area, position) => {
        sql.insertArea.run(
          area.ars,
          area.type,
          areaSearchName(area),
          position,
          JSON.stringify(area),
        );
        for (const code of area.postcodes) sql.insertPostcode.run(code, area.ars);
      });
      for (const form of seed.forms) sql.insertForm.run(form.serviceId, JSON.stringify(form));
      for (const entry of seed.responsibilities) {
        const { id, json } = responsibilityDocument(entry.responsibility);
        sql.insertResponsibilityDocument.run(id, json);
        sql.insertResponsibility.run(entry.serviceId, entry.ars, id);
      }
      sql.writeMeta.run(seed.fingerprint, new Date().toISOString());
    })();
    return { seeded: true };
  }

  async listServiceSummaries(): Promise<ServiceSummary[]> {
    return this.#sql.summaries.all().map((row) => fromJson<ServiceSummary>(row.summary_json));
  }

  async listLifeSituations(): Promise<LifeSituation[]> {
    return this.#sql.lifeSituations.all().map((row) => fromJson<LifeSituation>(row.json));
  }

  async getService(id: string): Promise<Service | undefined> {
    const row = this.#sql.serviceById.get(id);
    return row === undefined ? undefined : fromJson<Service>(row.json);
  }

  async getServiceByLeikaKey(leikaKey: string): Promise<Service | undefined> {
    const row = this.#sql.serviceByLeikaKey.get(leikaKey);
    return row === undefined ? undefined : fromJson<Service>(row.json);
  }

  async searchAreas(query: string | undefined, limit: number): Promise<Area[]> {
    const text = query?.trim() ?? '';
    let rows: JsonRow[];
    if (text === '') {
      rows = this.#sql.allAreas.all(limit);
    } else if (/^\d+$/.test(text)) {
      // Digits: a postcode (or its beginning), or a regional or municipality key.
      rows = this.#sql.areasByDigits.all(text, `${escapeLike(text)}%`, text, limit);
    } else {
      const folded = foldForSearch(text);
      if (folded === '') return [];
      const like = escapeLike(folded);
      rows = this.#sql.areasByName.all(`%${like}%`, folded, `${like}%`, `% ${like}%`, limit);
    }
    return rows.map((row) => fromJson<Area>(row.json));
  }

  async getArea(key: string): Promise<Area | undefined> {
    const statement = /^\d{8}$/.test(key) ? this.#sql.areaByAgs : this.#sql.areaByArs;
    const row = statement.get(key);
    return row === undefined ? undefined : fromJson<Area>(row.json);
  }

  async getResponsibility(serviceId: string, ars: string): Promise<Responsibility> {
    for (const key of arsFallbacks(ars)) {
      const row = this.#sql.responsibility.get(serviceId, key);
      if (row !== undefined) return fromJson<Responsibility>(row.json);
    }
    return nobodyKnown();
  }

  async getForm(serviceId: string): Promise<FormDefinition | undefined> {
    const row = this.#sql.formByService.get(serviceId);
    return row === undefined ? undefined : fromJson<FormDefinition>(row.json);
  }
}
