/**
 * The server on the real seed data (`server/seed/`): every service, form, area and route answer
 * parses with the contract's schemas; every service with a portal form has an authority in every
 * municipality; the catalogue's size is measured against its budget.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
  AreaListSchema,
  FormDefinitionSchema,
  RouteListSchema,
  ServiceCatalogueSchema,
  ServiceSchema,
  type ServiceCatalogue,
} from '../../src/api/schemas/index.js';
import { loadDefaultSeed } from '../../server/store/default-seed.js';
import { parseBody, startTestPortal, type TestPortal } from './support/test-app.js';

/** The budget for the compact catalogue. */
const CATALOGUE_BUDGET_GZIP = 60 * 1024;
/** Regression bound while the seed is richer than the budget allows (see docs/server.md). */
const CATALOGUE_REGRESSION_BOUND_GZIP = 128 * 1024;

let portal: TestPortal;
let catalogue: ServiceCatalogue;
before(async () => {
  portal = await startTestPortal({
    seed: loadDefaultSeed,
    limits: { requestsPerMinute: 1_000_000 },
  });
  catalogue = parseBody(
    ServiceCatalogueSchema,
    await portal.app.inject({ url: '/api/v1/services' }),
  );
});
after(() => portal.stop());

describe('the real seed', () => {
  it('gives a catalogue of about 1,100 services, measured against its size budget', async (t) => {
    assert.ok(catalogue.services.length >= 1000, `${catalogue.services.length} services`);
    const body = (await portal.app.inject({ url: '/api/v1/services' })).rawPayload;
    const gzip = gzipSync(body, { level: 9 }).length;
    const br = brotliCompressSync(body).length;
    t.diagnostic(
      `catalogue: ${catalogue.services.length} services, ${body.length} B, gzip ${gzip} B, br ${br} B (budget gzip ${CATALOGUE_BUDGET_GZIP} B)`,
    );
    assert.ok(gzip <= CATALOGUE_REGRESSION_BOUND_GZIP, `gzip ${gzip} B`);
  });

  it('splits the catalogue in a curated part of about a fifth and the long tail (decision 0090)', async (t) => {
    const part = async (name: string) => {
      const response = await portal.app.inject({
        url: `/api/v1/services?lang=de&part=${name}`,
        headers: { 'accept-encoding': 'br' },
      });
      return { bytes: response.rawPayload.length };
    };
    const curated = await part('curated');
    const longTail = await part('long-tail');
    const whole = (
      await portal.app.inject({
        url: '/api/v1/services?lang=de',
        headers: { 'accept-encoding': 'br' },
      })
    ).rawPayload.length;
    t.diagnostic(
      `catalogue (de, br): whole ${whole} B, curated ${curated.bytes} B, long tail ${longTail.bytes} B`,
    );
    assert.ok(curated.bytes < whole * 0.6, 'the first part is much less than the whole');
    assert.ok(longTail.bytes > 0);
  });

  it('answers every service description per the schema', async () => {
    for (const summary of catalogue.services) {
      const response = await portal.app.inject({
        url: `/api/v1/services/${encodeURIComponent(summary.id)}`,
      });
      assert.equal(response.statusCode, 200, summary.id);
      assert.equal(parseBody(ServiceSchema, response).id, summary.id);
    }
  });

  it('has a form and an authority in every municipality for each portal-form service', async () => {
    const seed = loadDefaultSeed();
    const municipalities = seed.areas.filter((area) => area.type === 'municipality');
    assert.equal(municipalities.length, 52);
    const withForm = seed.services.filter((service) =>
      service.onlineServices.some((online) => online.hasPortalForm),
    );
    assert.equal(withForm.length, 6);
    for (const service of withForm) {
      parseBody(
        FormDefinitionSchema,
        await portal.app.inject({ url: `/api/v1/forms/${service.id}` }),
      );
      for (const area of municipalities) {
        const routes = parseBody(
          RouteListSchema,
          await portal.app.inject({
            url: `/api/v1/routes?leikaKey=${service.leikaKey}&ars=${area.ars}`,
          }),
        );
        assert.ok(routes.routes.length > 0, `${service.id} in ${area.name}`);
      }
    }
  });

  it('answers routes for every service in a sample municipality per the schema', async () => {
    for (const summary of catalogue.services) {
      const response = await portal.app.inject({
        url: `/api/v1/routes?leikaKey=${summary.leikaKey}&ars=100410100100`,
      });
      assert.equal(response.statusCode, 200, summary.id);
      parseBody(RouteListSchema, response);
    }
  });

  it('answers "not offered here", the place of the event and the sources over HTTP', async () => {
    const routesFor = async (serviceId: string, ars: string) => {
      const service = catalogue.services.find((summary) => summary.id === serviceId);
      assert.ok(service, serviceId);
      return parseBody(
        RouteListSchema,
        await portal.app.inject({ url: `/api/v1/routes?leikaKey=${service.leikaKey}&ars=${ars}` }),
      );
    };
    // St. Ingbert has no tree-protection bylaw.
    const trees = await routesFor('baumfaellung-genehmigung', '100450117117');
    assert.deepEqual(trees.routes, []);
    assert.ok(trees.notOffered?.reason.fr);
    // A death certificate comes from the registry office of the place of death; Illingen's is
    // the joint office in Merchweiler.
    const death = await routesFor('sterbeurkunde', '100430112112');
    assert.equal(death.routedBy, 'placeOfDeath');
    assert.equal(death.routes[0]?.destinationId, 'gemeinde-10043113');
    // Residence permits: the one foreigners' office in Lebach, with its sources.
    const permit = await routesFor('aufenthaltserlaubnis', '100410100100');
    assert.equal(permit.routedBy, 'residence');
    assert.equal(permit.routes[0]?.destinationId, 'land-zab');
    assert.deepEqual([...new Set(permit.routes[0]?.sources.map((source) => source.fact))].sort(), [
      'address',
      'openingHours',
      'responsibility',
    ]);
  });

  it('finds Saarbrücken by name and postcode, Tholey by a prefix', async () => {
    const byName = parseBody(
      AreaListSchema,
      await portal.app.inject({ url: '/api/v1/areas?q=Saarbrücken' }),
    );
    assert.equal(byName.areas[0]?.ars, '100410100100');
    const byPostcode = parseBody(
      AreaListSchema,
      await portal.app.inject({ url: '/api/v1/areas?q=66111' }),
    );
    assert.ok(byPostcode.areas.some((area) => area.ars === '100410100100'));
    const byPrefix = parseBody(
      AreaListSchema,
      await portal.app.inject({ url: '/api/v1/areas?q=thol' }),
    );
    assert.ok(byPrefix.areas.some((area) => area.name.startsWith('Tholey')));
  });
});
