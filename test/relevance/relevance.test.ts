/**
 * Relevance of the service finder's search on the real catalogue: each query of the table, as
 * citizens type it, must bring an expected service into the top 3 — for at least 95 % of them.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Locale } from '../../src/api/schemas/index.js';
import { ServiceSearchIndex } from '../../src/service-finder/search/index.js';
import { catalogueInParts, loadCatalogue } from './catalogue.js';
import { describeMiss, evaluate, TOP } from './evaluate.js';
import { RELEVANCE_CASES } from './queries.js';

const REQUIRED_SHARE = 0.95;
const MOVING_SERVICES = ['wohnsitz-anmeldung', 'wohnsitz-ummeldung'];
const MIN_QUERIES = 100;

const catalogue = loadCatalogue();
const indexes = new Map<Locale, ServiceSearchIndex>();

before(async () => {
  // Each language gets the catalogue a finder in that language fetches (`?lang=`).
  const locales = new Set<Locale>(RELEVANCE_CASES.map((entry) => entry.locale ?? 'de'));
  for (const locale of locales)
    indexes.set(locale, await ServiceSearchIndex.build(loadCatalogue(locale), locale));
});

test(`the table has at least ${MIN_QUERIES} queries, each naming services of the catalogue`, () => {
  assert.ok(RELEVANCE_CASES.length >= MIN_QUERIES, `only ${RELEVANCE_CASES.length} queries`);
  const ids = new Set(catalogue.services.map((service) => service.id));
  const unknown = RELEVANCE_CASES.flatMap((entry) => entry.expected).filter((id) => !ids.has(id));
  assert.deepEqual(unknown, [], 'expected ids missing from the catalogue');
});

test(`at least ${REQUIRED_SHARE * 100} % of the queries find an expected service in the top ${TOP}`, (t) => {
  const report = evaluate(RELEVANCE_CASES, (query, locale) =>
    indexes
      .get(locale)!
      .search(query, { limit: TOP })
      .map((hit) => hit.service.id),
  );
  t.diagnostic(
    `top-${TOP} share: ${(report.share * 100).toFixed(1)} % (${report.hits}/${report.total}) over ${catalogue.services.length} services`,
  );
  for (const miss of report.misses) t.diagnostic(`miss: ${describeMiss(miss)}`);
  assert.ok(
    report.share >= REQUIRED_SHARE,
    `top-${TOP} share ${(report.share * 100).toFixed(1)} % is below ${REQUIRED_SHARE * 100} %`,
  );
});

test('the finder’s two-part load (curated, then the long tail) ranks exactly as the whole does', async () => {
  const inParts = await ServiceSearchIndex.build(catalogueInParts('de'), 'de');
  const whole = indexes.get('de')!;
  const differ = RELEVANCE_CASES.filter((entry) => (entry.locale ?? 'de') === 'de')
    .map((entry) => entry.query)
    .filter((query) => {
      const ids = (index: ServiceSearchIndex) =>
        index
          .search(query, { limit: 10 })
          .map((hit) => hit.service.id)
          .join();
      return ids(inParts) !== ids(whole);
    });
  assert.deepEqual(differ, []);
});

test('a finder on a page with finders in several languages (one catalogue with every language) still finds them', async (t) => {
  const everyLanguage = catalogueInParts(undefined);
  const cases = RELEVANCE_CASES;
  const byLocale = new Map<Locale, ServiceSearchIndex>();
  for (const locale of new Set<Locale>(cases.map((entry) => entry.locale ?? 'de'))) {
    byLocale.set(locale, await ServiceSearchIndex.build(everyLanguage, locale));
  }
  const report = evaluate(cases, (query, locale) =>
    byLocale
      .get(locale)!
      .search(query, { limit: TOP })
      .map((hit) => hit.service.id),
  );
  t.diagnostic(`every-language catalogue: top-3 share ${(report.share * 100).toFixed(1)} %`);
  assert.ok(report.share >= REQUIRED_SHARE, report.misses.map(describeMiss).join('\n'));
});

/**
 * Everyday queries whose first place was wrong, or whose next places came from unrelated word
 * parts (issue 14, point 14): the service meant comes first, and what only a common word of the
 * query brings in (`Fall` in `Sterbefall`, `Platz` in `Sportplatz`) stays out of the first five.
 */
const EVERYDAY_RANKING: ReadonlyArray<{ query: string; first: string[]; notInTopFive: string[] }> =
  [
    {
      query: 'umziehen',
      first: ['wohnsitz-anmeldung', 'wohnsitz-ummeldung'],
      notInTopFive: [],
    },
    { query: 'Ausweis abgelaufen', first: ['personalausweis-beantragen'], notInTopFive: [] },
    {
      query: 'Baum fällen',
      first: ['baumfaellung-genehmigung'],
      notInTopFive: ['sterbefall-anzeigen', 'hund-beissvorfall-melden', 'pvog-99102086001000'],
    },
    {
      query: 'Kita Platz',
      first: ['kita-platz'],
      notInTopFive: [
        'marktstand-wochenmarkt',
        'sportstaette-nutzung',
        'ausgleichsabgabe-schwerbehinderte',
      ],
    },
    {
      query: 'Gelber Sack',
      first: ['abfuhrkalender'],
      notInTopFive: ['kurzzeitkennzeichen', 'staatsangehoerigkeitsausweis', 'waffenbesitzkarte'],
    },
  ];

for (const { query, first, notInTopFive } of EVERYDAY_RANKING) {
  test(`"${query}": ${first.join(' or ')} first, no stray word part among the first five`, async () => {
    for (const index of [
      indexes.get('de')!,
      await ServiceSearchIndex.build(catalogueInParts('de'), 'de'),
    ]) {
      const ids = index.search(query, { limit: 5 }).map((hit) => hit.service.id);
      assert.ok(first.includes(ids[0]!), `first: ${ids.join(', ')}`);
      assert.deepEqual(
        ids.filter((id) => notInTopFive.includes(id)),
        [],
        `first five: ${ids.join(', ')}`,
      );
    }
  });
}

test('the moving services come before the parking ban for a move on "umziehen"', () => {
  const ids = indexes
    .get('de')!
    .search('umziehen', { limit: 10 })
    .map((hit) => hit.service.id);
  const parking = ids.indexOf('halteverbotszone-umzug');
  for (const id of MOVING_SERVICES)
    assert.ok(ids.indexOf(id) >= 0 && (parking < 0 || ids.indexOf(id) < parking), ids.join(', '));
});
