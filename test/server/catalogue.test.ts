/**
 * Catalogue endpoints: every answer parses with its schema; the catalogue has a strong ETag,
 * answers 304 to If-None-Match and is served compressed; areas are found by name or postcode;
 * routes fall back from municipality to district; unknown things are 404 problems.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  AreaListSchema,
  AreaSchema,
  FormDefinitionSchema,
  PortalConfigSchema,
  RouteListSchema,
  ServiceCatalogueSchema,
  ServiceSchema,
} from '../../src/api/schemas/index.js';
import { ARS, DOG_TAX, VEHICLE } from './support/seed-fixture.js';
import { expectProblem, parseBody, startTestPortal, type TestPortal } from './support/test-app.js';

let portal: TestPortal;
before(async () => {
  portal = await startTestPortal();
});
after(() => portal.stop());

describe('GET /api/v1/services', () => {
  it('answers the compact catalogue with a strong ETag and public caching', async () => {
    const response = await portal.app.inject({ url: '/api/v1/services' });
    assert.equal(response.statusCode, 200);
    const catalogue = parseBody(ServiceCatalogueSchema, response);
    assert.equal(catalogue.services.length, 3);
    assert.equal(catalogue.lifeSituations.length, 2);
    assert.match(String(response.headers.etag), /^"[A-Za-z0-9_-]+"$/);
    assert.equal(
      response.headers['cache-control'],
      'public, max-age=300, stale-while-revalidate=86400',
    );
    // Compact: summaries only, no text modules.
    assert.equal(response.body.includes('"texts"'), false);
    const trade = catalogue.services.find((service) => service.id === 'gewerbe-anmeldung');
    assert.deepEqual(trade?.keywords, {}, 'defaults left out on the wire come back when parsed');
    assert.equal(response.body.includes('"keywords":{}'), false);
    const vehicle = catalogue.services.find((service) => service.id === VEHICLE.id);
    assert.equal(
      vehicle?.onlineTrustLevel,
      'STORK-QAA-Level-4',
      'trust level derived from the online service',
    );
  });

  it('answers its two parts: the curated services with the life situations, then the rest', async () => {
    for (const lang of ['de', 'en']) {
      const get = async (query: string) =>
        parseBody(
          ServiceCatalogueSchema,
          await portal.app.inject({ url: `/api/v1/services?lang=${lang}${query}` }),
        );
      const [whole, curated, longTail] = await Promise.all([
        get(''),
        get('&part=curated'),
        get('&part=long-tail'),
      ]);
      assert.deepEqual(
        [...curated.services, ...longTail.services],
        whole.services,
        'the parts, in order, are the whole',
      );
      assert.ok(curated.services.length > 0, 'curated services');
      for (const service of curated.services) {
        assert.ok(
          service.summary !== undefined ||
            Object.keys(service.keywords).some((language) => language !== 'de') ||
            Object.keys(service.name).length > 1 ||
            lang === 'de',
          `${service.id} is curated`,
        );
      }
      assert.deepEqual(curated.lifeSituations, whole.lifeSituations);
      assert.deepEqual(longTail.lifeSituations, []);
    }
    const refused = await portal.app.inject({ url: '/api/v1/services?part=everything' });
    assert.equal(refused.statusCode, 400);
  });

  it('answers 304 to a matching If-None-Match, whatever the encoding', async () => {
    const first = await portal.app.inject({ url: '/api/v1/services' });
    const etag = String(first.headers.etag);
    const again = await portal.app.inject({
      url: '/api/v1/services',
      headers: { 'if-none-match': etag },
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    assert.equal(again.headers.etag, etag);
    const gzipTag = (
      await portal.app.inject({ url: '/api/v1/services', headers: { 'accept-encoding': 'gzip' } })
    ).headers.etag;
    const cross = await portal.app.inject({
      url: '/api/v1/services',
      headers: { 'if-none-match': `W/"other", ${String(gzipTag)}` },
    });
    assert.equal(cross.statusCode, 304);
    const stale = await portal.app.inject({
      url: '/api/v1/services',
      headers: { 'if-none-match': '"stale"' },
    });
    assert.equal(stale.statusCode, 200);
  });

  it('serves gzip and brotli variants with their own ETags and Vary', async () => {
    const plain = await portal.app.inject({ url: '/api/v1/services' });
    const gzip = await portal.app.inject({
      url: '/api/v1/services',
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.rawPayload).toString('utf8'), plain.body);
    const br = await portal.app.inject({
      url: '/api/v1/services',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), plain.body);
    assert.notEqual(gzip.headers.etag, plain.headers.etag);
    assert.match(String(gzip.headers.vary), /Accept-Encoding/);
    const noBr = await portal.app.inject({
      url: '/api/v1/services',
      headers: { 'accept-encoding': 'br;q=0, gzip' },
    });
    assert.equal(noBr.headers['content-encoding'], 'gzip');
  });

  it('trims names to German and the asked language, keeping search terms of every language', async () => {
    const all = parseBody(
      ServiceCatalogueSchema,
      await portal.app.inject({ url: '/api/v1/services' }),
    );
    const french = await portal.app.inject({ url: '/api/v1/services?lang=fr' });
    const catalogue = parseBody(ServiceCatalogueSchema, french);
    assert.equal(catalogue.services.length, all.services.length);
    for (const service of catalogue.services) {
      assert.deepEqual(
        Object.keys(service.name).filter((locale) => locale !== 'de' && locale !== 'fr'),
        [],
        service.id,
      );
    }
    const german = await portal.app.inject({ url: '/api/v1/services?lang=de' });
    assert.notEqual(german.headers.etag, french.headers.etag);
    expectProblem(await portal.app.inject({ url: '/api/v1/services?lang=xx' }), 400);
  });
});

describe('GET /api/v1/services/{id}', () => {
  it('answers the full description', async () => {
    const response = await portal.app.inject({ url: `/api/v1/services/${DOG_TAX.id}` });
    const service = parseBody(ServiceSchema, response);
    assert.equal(service.texts.description?.de, 'Die Hundesteuer ist eine Gemeindesteuer.');
    assert.ok(response.headers.etag);
  });

  it('answers 404 problem details for an unknown id and 400 for a malformed one', async () => {
    expectProblem(await portal.app.inject({ url: '/api/v1/services/unbekannt' }), 404);
    const problem = expectProblem(await portal.app.inject({ url: '/api/v1/services/%20bad' }), 400);
    assert.equal(problem.invalidParams?.[0]?.path, 'params.id');
  });
});

describe('GET /api/v1/areas', () => {
  const search = async (q: string) =>
    parseBody(
      AreaListSchema,
      await portal.app.inject({ url: `/api/v1/areas?q=${encodeURIComponent(q)}` }),
    ).areas;

  it('finds municipalities by name, with or without umlauts, best match first', async () => {
    assert.equal((await search('Saarbrücken'))[0]?.ars, ARS.saarbruecken);
    assert.equal((await search('saarbruecken'))[0]?.ars, ARS.saarbruecken);
    assert.equal((await search('volklingen'))[0]?.ars, ARS.voelklingen);
    assert.deepEqual(
      (await search('Saarlouis')).map((area) => area.ars),
      [ARS.saarlouisDistrict, ARS.saarlouis],
    );
    assert.deepEqual(
      (await search('louis')).map((area) => area.ars),
      [ARS.saarlouisDistrict, ARS.saarlouis],
      'substrings match too',
    );
  });

  it('finds areas by postcode or postcode prefix', async () => {
    assert.deepEqual(
      (await search('66333')).map((area) => area.ars),
      [ARS.voelklingen],
    );
    assert.deepEqual(
      (await search('6611')).map((area) => area.ars),
      [ARS.saarbruecken],
    );
  });

  it('answers an empty list for no match, all areas without a query, and 400 for a bad limit', async () => {
    assert.deepEqual(await search('Atlantis'), []);
    const all = parseBody(AreaListSchema, await portal.app.inject({ url: '/api/v1/areas' }));
    assert.equal(all.areas.length, 6);
    expectProblem(await portal.app.inject({ url: '/api/v1/areas?limit=0' }), 400);
    expectProblem(await portal.app.inject({ url: `/api/v1/areas?q=${'x'.repeat(101)}` }), 400);
  });

  it('answers one area by regional key', async () => {
    const area = parseBody(
      AreaSchema,
      await portal.app.inject({ url: `/api/v1/areas/${ARS.saarlouis}` }),
    );
    assert.equal(area.name, 'Saarlouis');
    expectProblem(await portal.app.inject({ url: '/api/v1/areas/100409999999' }), 404);
    expectProblem(await portal.app.inject({ url: '/api/v1/areas/abc' }), 400);
  });

  it('answers a municipality by its municipality key (AGS) too', async () => {
    const area = parseBody(AreaSchema, await portal.app.inject({ url: '/api/v1/areas/10044111' }));
    assert.equal(area.ars, ARS.saarlouis);
    expectProblem(await portal.app.inject({ url: '/api/v1/areas/10049999' }), 404);
  });
});

describe('GET /api/v1/routes', () => {
  const routes = async (leikaKey: string, ars: string) =>
    portal.app.inject({ url: `/api/v1/routes?leikaKey=${leikaKey}&ars=${ars}` });

  it('answers the municipal office for a municipal service', async () => {
    const list = parseBody(RouteListSchema, await routes(DOG_TAX.leikaKey, ARS.voelklingen));
    assert.deepEqual(
      list.routes.map((route) => route.destinationName),
      ['Bürgerbüro Völklingen'],
    );
    assert.equal(list.ars, ARS.voelklingen);
  });

  it('answers the district office for a district service, at municipality and district level', async () => {
    for (const ars of [ARS.saarbruecken, ARS.voelklingen, ARS.saarbrueckenDistrict]) {
      const list = parseBody(RouteListSchema, await routes(VEHICLE.leikaKey, ars));
      assert.deepEqual(
        list.routes.map((route) => route.destinationName),
        ['Zulassungsstelle Regionalverband'],
        ars,
      );
    }
    const state = parseBody(RouteListSchema, await routes(VEHICLE.leikaKey, ARS.state));
    assert.deepEqual(state.routes, [], 'no single answer for the whole state');
  });

  it('answers 404 for an unknown service or area and 400 for malformed keys', async () => {
    expectProblem(await routes('99000000000000', ARS.saarbruecken), 404);
    expectProblem(await routes(DOG_TAX.leikaKey, '100419999999'), 404);
    const problem = expectProblem(await routes('123', 'x'), 400);
    assert.deepEqual(problem.invalidParams?.map((param) => param.path).sort(), [
      'query.ars',
      'query.leikaKey',
    ]);
  });
});

describe('GET /api/v1/forms/{serviceId}', () => {
  it('answers the form definition, cacheable', async () => {
    const response = await portal.app.inject({ url: `/api/v1/forms/${DOG_TAX.id}` });
    const form = parseBody(FormDefinitionSchema, response);
    assert.equal(form.serviceId, DOG_TAX.id);
    const again = await portal.app.inject({
      url: `/api/v1/forms/${DOG_TAX.id}`,
      headers: { 'if-none-match': String(response.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
  });

  it('answers 404 for a service without a form', async () => {
    expectProblem(await portal.app.inject({ url: `/api/v1/forms/${VEHICLE.id}` }), 404);
  });
});

describe('GET /api/v1/config', () => {
  it('names the issuer and the client of the calling town', async () => {
    const response = await portal.app.inject({
      url: '/api/v1/config',
      headers: { origin: 'http://localhost:8801' },
    });
    const config = parseBody(PortalConfigSchema, response);
    assert.equal(config.clientId, 'town-localhost-8801');
    assert.equal(config.issuer, portal.config.oidcIssuer);
    assert.ok(config.scopes.includes('openid'));
    assert.match(String(response.headers.vary), /Origin/);
  });

  it('answers 404 for an origin without a client', async () => {
    expectProblem(
      await portal.app.inject({
        url: '/api/v1/config',
        headers: { origin: 'https://evil.example' },
      }),
      404,
    );
  });
});

describe('unknown routes', () => {
  it('answer 404 problem details', async () => {
    const problem = expectProblem(await portal.app.inject({ url: '/api/v1/nothing-here' }), 404);
    assert.match(problem.instance ?? '', /^urn:uuid:/);
    expectProblem(await portal.app.inject({ method: 'PATCH', url: '/api/v1/services' }), 404);
  });
});
