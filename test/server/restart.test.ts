/**
 * Data survives a restart: applications, their events and access codes, drafts and idempotency
 * keys are still there after the app is rebuilt on the same data folder; migrations are recorded
 * once; the catalogue is seeded on the first start only (and again when the seed changes).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import {
  ApplicationReceiptSchema,
  ApplicationSchema,
  DraftSchema,
  ServiceCatalogueSchema,
} from '../../src/api/schemas/index.js';
import { DATABASE_FILE, SqliteStore } from '../../server/store/sqlite/index.js';
import { readMigrations } from '../../server/store/sqlite/migrate.js';
import { ARS, DOG_TAX, fixtureSeed } from './support/seed-fixture.js';
import { bearer, parseBody, startTestPortal, type TestPortal } from './support/test-app.js';

let portal: TestPortal | undefined;
after(() => portal?.stop());

describe('a restart', () => {
  it('keeps applications, events, access codes, drafts and idempotency keys', async () => {
    portal = await startTestPortal();
    const body = {
      serviceId: DOG_TAX.id,
      ars: ARS.saarbruecken,
      answers: { F_NAME: 'R', G_DOGS: [{ F_DOG_NAME: 'S' }] },
    };
    const submitted = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...bearer('anna'), 'idempotency-key': 'restart-test-key-0001' },
      payload: body,
    });
    const receipt = parseBody(ApplicationReceiptSchema, submitted);
    await portal.app.inject({
      method: 'POST',
      url: `/api/v1/caseworker/applications/${receipt.reference}/status`,
      headers: bearer('caseworker'),
      payload: { status: 'PROCESSING' },
    });
    const draft = parseBody(
      DraftSchema,
      await portal.app.inject({
        method: 'POST',
        url: '/api/v1/drafts',
        payload: { serviceId: DOG_TAX.id, answers: { F_NAME: 'D' } },
      }),
    );
    const etag = (await portal.app.inject({ url: '/api/v1/services' })).headers.etag;

    portal = await portal.restart();

    const application = parseBody(
      ApplicationSchema,
      await portal.app.inject({
        url: `/api/v1/applications/${receipt.reference}`,
        headers: { 'x-access-code': receipt.accessCode },
      }),
    );
    assert.equal(application.status, 'PROCESSING');
    assert.deepEqual(
      application.events.map((event) => event.status),
      ['SUBMITTED', 'PROCESSING'],
    );
    const reopened = parseBody(
      DraftSchema,
      await portal.app.inject({ url: `/api/v1/drafts/${draft.resumeToken}` }),
    );
    assert.deepEqual(reopened.answers, draft.answers);
    const replay = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...bearer('anna'), 'idempotency-key': 'restart-test-key-0001' },
      payload: body,
    });
    assert.equal(replay.statusCode, 200, 'the idempotency key survived');
    assert.deepEqual(replay.json(), submitted.json());
    const catalogue = await portal.app.inject({ url: '/api/v1/services' });
    assert.equal(catalogue.headers.etag, etag, 'the same catalogue, byte for byte');
  });

  it('applies each migration once and reseeds the catalogue only when the seed changes', async () => {
    assert.ok(portal);
    const dataDir = portal.dataDir;
    await portal.close();
    const store = SqliteStore.open(dataDir);
    assert.deepEqual(
      store.appliedMigrations(),
      readMigrations().map((migration) => migration.name),
    );
    await store.close();

    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const seededAt = () =>
      (
        db.prepare(`SELECT value FROM catalogue_meta WHERE key = 'seeded_at'`).get() as {
          value: string;
        }
      ).value;
    const before = seededAt();
    portal = await startTestPortal({}, dataDir);
    assert.equal(seededAt(), before, 'same seed: not written again');

    await portal.close();
    const changed = () => {
      const seed = fixtureSeed();
      return {
        ...seed,
        services: seed.services.map((service) => ({
          ...service,
          name: { ...service.name, de: `${service.name.de} (neu)` },
        })),
      };
    };
    portal = await startTestPortal({ seed: changed }, dataDir);
    assert.notEqual(seededAt(), before, 'changed seed: catalogue replaced');
    db.close();
    const catalogue = parseBody(
      ServiceCatalogueSchema,
      await portal.app.inject({ url: '/api/v1/services' }),
    );
    assert.ok(catalogue.services.every((service) => service.name.de.endsWith('(neu)')));
    const mine = await portal.app.inject({
      url: '/api/v1/me/applications',
      headers: bearer('anna'),
    });
    assert.equal(mine.json().applications.length, 1, 'citizen data untouched by reseeding');
  });
});
