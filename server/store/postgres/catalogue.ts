/** The catalogue on PostgreSQL: services, life situations, areas, responsibilities and forms. */
import type pg from 'pg';
import type {
  Area,
  FormDefinition,
  LifeSituation,
  Service,
  ServiceSummary,
} from '../../../src/api/schemas/index.js';
import type { CatalogueSeed, CatalogueStore, Responsibility } from '../portal-store.js';
import { areaSearchName, escapeLike, foldForSearch } from '../search-text.js';
import { arsFallbacks } from '../ars-fallbacks.js';
import { nobodyKnown, responsibilityDocument, type JsonRow } from '../rows/catalogue.js';
import { fromJson } from '../rows/columns.js';
import { LOCKS, rows, statement, transaction } from './database.js';

const SQL = {
  fingerprint: statement(
    'catalogue.fingerprint',
    `SELECT value FROM catalogue_meta WHERE key = 'fingerprint'`,
  ),
  summaries: statement(
    'catalogue.summaries',
    'SELECT summary_json FROM services ORDER BY position',
  ),
  lifeSituations: statement(
    'catalogue.lifeSituations',
    'SELECT json FROM life_situations ORDER BY position',
  ),
  serviceById: statement('catalogue.serviceById', 'SELECT json FROM services WHERE id = $1'),
  serviceByLeikaKey: statement(
    'catalogue.serviceByLeikaKey',
    'SELECT json FROM services WHERE leika_key = $1 ORDER BY position LIMIT 1',
  ),
  allAreas: statement('catalogue.allAreas', 'SELECT json FROM areas ORDER BY position LIMIT $1'),
  areasByDigits: statement(
    'catalogue.areasByDigits',
    `SELECT a.json FROM areas a
     WHERE a.ars = $1 OR a.ags = $1
       OR a.ars IN (SELECT ars FROM area_postcodes WHERE postcode LIKE $2 ESCAPE '\\')
     ORDER BY a.position LIMIT $3`,
  ),
  areasByName: statement(
    'catalogue.areasByName',
    `SELECT json FROM areas
     WHERE search_name LIKE $1 ESCAPE '\\'
     ORDER BY CASE
         WHEN search_name = $2 THEN 0
         WHEN search_name LIKE $3 ESCAPE '\\' THEN 1
         WHEN search_name LIKE $4 ESCAPE '\\' THEN 2
         ELSE 3
       END, position
     LIMIT $5`,
  ),
  areaByArs: statement('catalogue.areaByArs', 'SELECT json FROM areas WHERE ars = $1'),
  areaByAgs: statement('catalogue.areaByAgs', 'SELECT json FROM areas WHERE ags = $1'),
  responsibility: statement(
    'catalogue.responsibility',
    `SELECT d.json FROM responsibilities r JOIN responsibility_documents d ON d.id = r.document_id
     WHERE r.service_id = $1 AND r.ars = $2`,
  ),
  formByService: statement(
    'catalogue.formByService',
    'SELECT json FROM forms WHERE service_id = $1',
  ),
};

const parse = <T>(row: JsonRow): T => fromJson<T>(row.json);

/** The catalogue part of the PostgreSQL store. */
export class PostgresCatalogueStore implements CatalogueStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async seed(seed: CatalogueSeed): Promise<{ seeded: boolean }> {
    const current = await rows<{ value: string }>(this.#pool, SQL.fingerprint);
    if (current[0]?.value === seed.fingerprint) return { seeded: false };
    return transaction(this.#pool, async (client) => {
      // Instances starting together: one reseeds, the others wait here and then find it done.
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.seed]);
      const again = await client.query<{ value: string }>(SQL.fingerprint.text);
      if (again.rows[0]?.value === seed.fingerprint) return { seeded: false };
      await client.query(
        'TRUNCATE responsibilities, responsibility_documents, forms, area_postcodes, areas, services, life_situations',
      );
      await insertMany(
        client,
        'life_situations',
        ['code', 'position', 'json'],
        ['text', 'int', 'text'],
        seed.lifeSituations.map((situation, position) => [
          situation.code,
          position,
          JSON.stringify(situation),
        ]),
      );
      await insertMany(
        client,
        'services',
        ['id', 'leika_key', 'position', 'summary_json', 'json'],
        ['text', 'text', 'int', 'text', 'text'],
        seed.services.map(({ service, summary }, position) => [
          service.id,
          service.leikaKey,
          position,
          JSON.stringify(summary),
          JSON.stringify(service),
        ]),
      );
      await insertMany(
        client,
        'areas',
        ['ars', 'ags', 'type', 'search_name', 'position', 'json'],
        ['text', 'text', 'text', 'text', 'int', 'text'],
        seed.areas.map((area, position) => [
          area.ars,
          area.ags ?? null,
          area.type,
          areaSearchName(area),
          position,
          JSON.stringify(area),
        ]),
      );
      const postcodes = new Map<string, [string, string]>();
      for (const area of seed.areas) {
        for (const code of area.postcodes) postcodes.set(`${code}:${area.ars}`, [code, area.ars]);
      }
      await insertMany(
        client,
        'area_postcodes',
        ['postcode', 'ars'],
        ['text', 'text'],
        [...postcodes.values()],
      );
      await insertMany(
        client,
        'forms',
        ['service_id', 'json'],
        ['text', 'text'],
        seed.forms.map((form) => [form.serviceId, JSON.stringify(form)]),
      );
      const documents = new Map<string, string>();
      const responsibilities: unknown[][] = [];
      for (const entry of seed.responsibilities) {
        const { id, json } = responsibilityDocument(entry.responsibility);
        documents.set(id, json);
        responsibilities.push([entry.serviceId, entry.ars, id]);
      }
      await insertMany(
        client,
        'responsibility_documents',
        ['id', 'json'],
        ['text', 'text'],
        [...documents],
      );
      await insertMany(
        client,
        'responsibilities',
        ['service_id', 'ars', 'document_id'],
        ['text', 'text', 'text'],
        responsibilities,
      );
      await client.query(
        `INSERT INTO catalogue_meta (key, value) VALUES ('fingerprint', $1), ('seeded_at', $2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [seed.fingerprint, new Date().toISOString()],
      );
      return { seeded: true };
    });
  }

  async listServiceSummaries(): Promise<ServiceSummary[]> {
    const found = await rows<{ summary_json: string }>(this.#pool, SQL.summaries);
    return found.map((row) => fromJson<ServiceSummary>(row.summary_json));
  }

  async listLifeSituations(): Promise<LifeSituation[]> {
    return (await rows<JsonRow>(this.#pool, SQL.lifeSituations)).map(parse<LifeSituation>);
  }

  async getService(id: string): Promise<Service | undefined> {
    const [row] = await rows<JsonRow>(this.#pool, SQL.serviceById, [id]);
    return row === undefined ? undefined : parse<Service>(row);
  }

  async getServiceByLeikaKey(leikaKey: string): Promise<Service | undefined> {
    const [row] = await rows<JsonRow>(this.#pool, SQL.serviceByLeikaKey, [leikaKey]);
    return row === undefined ? undefined : parse<Service>(row);
  }

  async searchAreas(query: string | undefined, limit: number): Promise<Area[]> {
    const text = query?.trim() ?? '';
    let found: JsonRow[];
    if (text === '') {
      found = await rows<JsonRow>(this.#pool, SQL.allAreas, [limit]);
    } else if (/^\d+$/.test(text)) {
      found = await rows<JsonRow>(this.#pool, SQL.areasByDigits, [
        text,
        `${escapeLike(text)}%`,
        limit,
      ]);
    } else {
      const folded = foldForSearch(text);
      if (folded === '') return [];
      const like = escapeLike(folded);
      found = await rows<JsonRow>(this.#pool, SQL.areasByName, [
        `%${like}%`,
        folded,
        `${like}%`,
        `% ${like}%`,
        limit,
      ]);
    }
    return found.map(parse<Area>);
  }

  async getArea(key: string): Promise<Area | undefined> {
    const query = /^\d{8}$/.test(key) ? SQL.areaByAgs : SQL.areaByArs;
    const [row] = await rows<JsonRow>(this.#pool, query, [key]);
    return row === undefined ? undefined : parse<Area>(row);
  }

  async getResponsibility(serviceId: string, ars: string): Promise<Responsibility> {
    for (const key of arsFallbacks(ars)) {
      const [row] = await rows<JsonRow>(this.#pool, SQL.responsibility, [serviceId, key]);
      if (row !== undefined) return parse<Responsibility>(row);
    }
    return nobodyKnown();
  }

  async getForm(serviceId: string): Promise<FormDefinition | undefined> {
    const [row] = await rows<JsonRow>(this.#pool, SQL.formByService, [serviceId]);
    return row === undefined ? undefined : parse<FormDefinition>(row);
  }
}

/** Inserts many rows in one statement per column set: `unnest` of one array per column. */
async function insertMany(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  types: readonly string[],
  values: ReadonlyArray<readonly unknown[]>,
): Promise<void> {
  if (values.length === 0) return;
  const arrays = columns.map((_column, index) => values.map((row) => row[index]));
  const selects = types.map((type, index) => `$${index + 1}::${type}[]`).join(', ');
  await client.query(
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${selects})`,
    arrays,
  );
}
