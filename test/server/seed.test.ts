/** The seed data: it validates, it is complete, and every service is routed everywhere. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import {
  OFFICE_KEYS,
  levelOfOffice,
  loadSeedData,
  resolveResponsibility,
  resolveRoutes,
  type SeedCompetence,
  type SeedData,
  type SeedService,
} from '../../server/seed/index.js';

const LIFE_SITUATION_CODES = [
  '1010000',
  '1020000',
  '1030000',
  '1040000',
  '1050000',
  '1060000',
  '1070000',
  '1080000',
  '1090000',
  '1100000',
  '1110000',
  '1120000',
  '1130000',
  '1140000',
  '1150000',
  '1160000',
  '1170000',
  '2010000',
  '2020000',
  '2030000',
  '2040000',
];

const PORTAL_FORM_SERVICES = [
  'hundesteuer-anmeldung',
  'wohnsitz-anmeldung',
  'bewohnerparkausweis',
  'sperrmuell-abholung',
  'gewerbe-anmeldung',
  'halteverbotszone-umzug',
];

const started = performance.now();
const data = loadSeedData();
const loadMs = performance.now() - started;
const municipalities = data.areas.filter((area) => area.type === 'municipality');

describe('seed data', () => {
  it('loads and validates quickly', () => {
    // The budget is generous because the test machine is shared; it loads in ~60 ms alone.
    assert.ok(loadMs < 1500, `loading took ${Math.round(loadMs)} ms`);
  });

  it('has the 21 life situations in four languages', () => {
    assert.deepEqual(
      data.lifeSituations.map((situation) => situation.code),
      LIFE_SITUATION_CODES,
    );
    for (const { code, name } of data.lifeSituations) {
      for (const locale of ['en', 'fr', 'de-x-ls'] as const) {
        assert.ok(name[locale], `${code} has no ${locale} name`);
      }
    }
  });

  it('has at least 1,100 services once the authored files are in', () => {
    assert.ok(data.services.length >= 1100, `only ${data.services.length} services`);
  });

  it('has unique service ids and LeiKa keys', () => {
    const ids = data.services.map((service) => service.id);
    assert.equal(new Set(ids).size, ids.length);
    const keys = data.services.map((service) => service.leikaKey);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('uses only known life situations, and each level fits its office', () => {
    const codes = new Set(LIFE_SITUATION_CODES);
    for (const service of data.services) {
      for (const code of service.lifeSituations) {
        assert.ok(codes.has(code), `${service.id}: unknown life situation ${code}`);
      }
      assert.equal(levelOfOffice(service.office), service.level, service.id);
    }
  });

  it('answers every service in every municipality with an office or "not offered here"', () => {
    assert.equal(municipalities.length, 52);
    const unanswered: string[] = [];
    for (const service of data.services) {
      for (const municipality of municipalities) {
        const answer = resolveResponsibility(data, service, municipality.ars);
        if (answer.routes.length === 0 && answer.notOffered === undefined) {
          unanswered.push(`${service.id} in ${municipality.name}`);
        }
      }
    }
    assert.deepEqual(unanswered.slice(0, 10), []);
  });

  it('has a rule for every office, answering in every municipality', () => {
    for (const office of OFFICE_KEYS) {
      const probe = { id: `probe-${office}`, office, level: levelOfOffice(office) } as SeedService;
      for (const municipality of municipalities) {
        const answer = resolveResponsibility(data, probe, municipality.ars);
        assert.ok(
          answer.routes.length > 0 || answer.notOffered !== undefined,
          `${office} in ${municipality.name}`,
        );
      }
    }
  });

  it('gives a source for every fact it routes to, and no made-up phone number', () => {
    const unsourced = new Set<string>();
    for (const service of data.services) {
      for (const municipality of municipalities) {
        for (const route of resolveRoutes(data, service, municipality.ars)) {
          const facts = new Set(route.sources.map((source) => source.fact));
          const given: Array<[boolean, string]> = [
            [route.address !== undefined, 'address'],
            [route.contactPersons.length > 0, 'contacts'],
            [route.openingHours.length > 0 || route.openingHoursNote !== undefined, 'openingHours'],
          ];
          for (const [present, fact] of given) {
            if (present && !facts.has(fact as 'address')) {
              unsourced.add(`${route.destinationId}: ${fact}`);
            }
          }
          for (const contact of route.contactPersons) {
            // The old illustrative numbers put a 0 first in the subscriber number.
            assert.doesNotMatch(contact.tel ?? '', /^\+49 \d+ 0/, route.destinationId);
            assert.doesNotMatch(contact.email ?? '', /\.example$/, route.destinationId);
          }
        }
      }
    }
    assert.deepEqual([...unsourced], []);
  });
});

describe('documentation', () => {
  it('lists every competence rule with its sources in docs/data-sources.md', () => {
    const doc = readFileSync(new URL('../../docs/data-sources.md', import.meta.url), 'utf8');
    const missing = data.competences.filter((rule) => !doc.includes(`\`${rule.id}\``));
    assert.deepEqual(
      missing.map((rule) => rule.id),
      [],
    );
  });
});

describe('LeiKa keys', () => {
  const authored = data.services.filter((service) => !service.id.startsWith('pvog-'));
  const byId = new Map(data.services.map((service) => [service.id, service]));

  it('says for every authored service whether a source confirms its LeiKa key', (t) => {
    const missing = authored.filter((service) => service.leikaKeyEvidence === undefined);
    assert.deepEqual(
      missing.map((service) => service.id),
      [],
    );
    const verified = authored.filter((service) => service.leikaKeyEvidence?.status === 'verified');
    for (const service of verified) {
      const evidence = service.leikaKeyEvidence;
      assert.ok(evidence?.status === 'verified' && evidence.source.title, service.id);
    }
    t.diagnostic(`${verified.length} verified, ${authored.length - verified.length} unverified`);
  });

  it('carries the keys the federal catalogue (PVOG) confirms for the services citizens use most', () => {
    const confirmed: Readonly<Record<string, string>> = {
      'wohnsitz-anmeldung': '99115005104000',
      'kfz-zulassung': '99036020001000',
      'kfz-abmeldung': '99036026017000',
      'fuehrerschein-umtausch': '99108049012001',
      'fuehrerschein-ersatz': '99108049012005',
      baugenehmigung: '99012070006000',
      'elterngeld-beantragen': '99041006017000',
      'eheschliessung-anmelden': '99059001104000',
      schwerbehindertenausweis: '99015007012000',
      fischereischein: '99042001012000',
      jagdschein: '99067004001000',
    };
    for (const [id, key] of Object.entries(confirmed)) {
      assert.equal(byId.get(id)?.leikaKey, key, id);
      assert.equal(byId.get(id)?.leikaKeyEvidence?.status, 'verified', id);
    }
  });
});

describe('areas', () => {
  it('holds the state, 6 districts and 52 municipalities', () => {
    assert.equal(data.areas.filter((area) => area.type === 'state').length, 1);
    assert.equal(data.areas.filter((area) => area.type === 'district').length, 6);
    assert.equal(municipalities.length, 52);
    assert.equal(new Set(data.areas.map((area) => area.ars)).size, data.areas.length);
  });

  it('gives every municipality a postcode, an AGS and its district', () => {
    const districts = new Map(
      data.areas.filter((area) => area.type === 'district').map((area) => [area.ars, area.name]),
    );
    for (const municipality of municipalities) {
      assert.ok(municipality.postcodes.length > 0, `${municipality.name} has no postcode`);
      assert.ok(municipality.ags, municipality.name);
      assert.equal(municipality.parentName, districts.get(municipality.parentArs ?? ''));
      assert.ok(municipality.ars.startsWith(municipality.parentArs ?? '-'), municipality.name);
    }
  });

  it('finds Saarlouis by postcode 66740', () => {
    const found = data.areas.filter((area) => area.postcodes.includes('66740'));
    assert.deepEqual(
      found.map((area) => [area.name, area.ars]),
      [['Saarlouis', '100440115115']],
    );
  });

  it('uses display names, not directory names', () => {
    const names = municipalities.map((area) => area.name);
    assert.ok(names.includes('Saarbrücken'));
    assert.ok(names.includes('Sulzbach/Saar'));
    assert.ok(!names.some((name) => name.includes(',')));
  });
});

describe('routes', () => {
  const service = (office: SeedService['office']): SeedService =>
    data.services.find((candidate) => candidate.office === office) ??
    ({ id: `probe-${office}`, office, level: levelOfOffice(office) } as SeedService);

  it('sends municipal services to the town hall, names the office and cites the rule', () => {
    const routes = resolveRoutes(data, service('standesamt'), '100440115115');
    assert.equal(routes.length, 1);
    assert.equal(routes[0]?.destinationName, 'Kreisstadt Saarlouis, Standesamt');
    assert.equal(routes[0]?.address?.zip, '66740');
    assert.ok(!('generalAdministration' in (routes[0] ?? {})), 'seed-only keys are not shown');
    assert.equal(routes[0]?.sources[0]?.fact, 'responsibility');
  });

  it('sends district services to the district authority', () => {
    const routes = resolveRoutes(data, service('kfz_zulassung'), '100440111111');
    assert.deepEqual(
      routes.map((route) => route.destinationName),
      ['Landkreis Saarlouis, Kfz-Zulassungsstelle'],
    );
  });

  it('sends state and federal services to their agencies', () => {
    const bafoeg = resolveRoutes(data, service('studierendenwerk'), '100460117117');
    assert.equal(bafoeg[0]?.level, 'state');
    const federal = resolveRoutes(data, service('bund_sonstige'), '100460117117');
    assert.equal(federal[0]?.level, 'federal');
  });

  it('returns no route for a municipal service in a district or an unknown area', () => {
    assert.deepEqual(resolveRoutes(data, service('buergerbuero'), '10044'), []);
    assert.deepEqual(resolveRoutes(data, service('buergerbuero'), '099999999999'), []);
  });

  it('prefers the most specific rule (a town doing a district task)', () => {
    const city: SeedCompetence = {
      id: 'test-city-registration',
      offices: ['kfz_zulassung'],
      areas: ['100440115115'],
      authority: 'municipality',
      sources: [{ title: 'Test' }],
    };
    const withCity: SeedData = { ...data, competences: [...data.competences, city] };
    const kfz = service('kfz_zulassung');
    assert.deepEqual(
      resolveRoutes(withCity, kfz, '100440115115').map((route) => route.destinationId),
      ['gemeinde-10044115'],
    );
    assert.deepEqual(
      resolveRoutes(withCity, kfz, '100440111111').map((route) => route.destinationId),
      ['kreis-10044'],
    );
  });
});

describe('portal forms', () => {
  for (const id of PORTAL_FORM_SERVICES) {
    it(`${id} has a portal-form online service and a form definition`, () => {
      const service = data.services.find((candidate) => candidate.id === id);
      assert.ok(service, `no service ${id}`);
      assert.ok(
        service.onlineServices.some((online) => online.hasPortalForm && online.url === undefined),
        `${id} has no portal-form online service`,
      );
      assert.ok(
        data.forms.some((form) => form.serviceId === id),
        `no form definition for ${id}`,
      );
    });
  }

  it('has forms only for existing services', () => {
    const ids = new Set(data.services.map((service) => service.id));
    for (const form of data.forms) assert.ok(ids.has(form.serviceId), form.serviceId);
  });
});

describe('loader', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const lifeSituation = { code: '1010000', name: { de: 'Geburt und Kinder' } };
  const area = { ars: '10', name: 'Saarland', type: 'state' };
  const authority = { destinationId: 'bund', destinationName: 'Bundesbehörde', level: 'federal' };
  const federalRule = {
    id: 'bund',
    offices: ['bund_sonstige'],
    areas: ['10'],
    authority: 'bund',
    sources: [{ title: 'Test' }],
  };
  const serviceRecord = (id: string, leikaKey: string, extra: object = {}) => ({
    id,
    leikaKey,
    name: { de: id },
    addressees: ['citizens'],
    topicField: 'querschnittsleistungen',
    level: 'federal',
    office: 'bund_sonstige',
    texts: {},
    ...extra,
  });

  /** Writes a seed directory with the given service files (and rules) and returns its URL. */
  function seedDir(services: Record<string, unknown[]>, rules: unknown[] = [federalRule]): URL {
    const dir = mkdtempSync(join(tmpdir(), 'seed-test-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'services'));
    writeFileSync(join(dir, 'life-situations.json'), JSON.stringify([lifeSituation]));
    writeFileSync(join(dir, 'areas.json'), JSON.stringify([area]));
    writeFileSync(join(dir, 'authorities.json'), JSON.stringify([authority]));
    writeFileSync(join(dir, 'competences.json'), JSON.stringify(rules));
    writeFileSync(join(dir, 'event-place.json'), JSON.stringify([]));
    for (const [name, records] of Object.entries(services)) {
      writeFileSync(join(dir, 'services', name), JSON.stringify(records));
    }
    return pathToFileURL(`${dir}/`);
  }

  it('lets an authored service replace the PVOG one with the same LeiKa key', () => {
    const loaded = loadSeedData(
      seedDir({
        'federal-pvog.json': [
          serviceRecord('B1.LB.1', '99000000000001'),
          serviceRecord('B1.LB.2', '99000000000002'),
        ],
        'authored-x.json': [serviceRecord('eigene-leistung', '99000000000001')],
      }),
    );
    assert.deepEqual(loaded.services.map((service) => service.id).sort(), [
      'B1.LB.2',
      'eigene-leistung',
    ]);
    assert.deepEqual(loaded.forms, []);
    assert.deepEqual(loaded.services[0]?.keywords, {}, 'schema defaults are filled in');
  });

  it('names file, index and path of an invalid record', () => {
    const dir = seedDir({
      'authored-x.json': [
        serviceRecord('gut', '99000000000001'),
        serviceRecord('schlecht', '12345', { name: {} }),
      ],
    });
    assert.throws(
      () => loadSeedData(dir),
      (error: Error) =>
        /authored-x\.json \[1\]/.test(error.message) &&
        /leikaKey/.test(error.message) &&
        /name\.de/.test(error.message),
    );
  });

  it('refuses an unknown office and a level that does not fit the office', () => {
    assert.throws(
      () =>
        loadSeedData(
          seedDir({ 'a.json': [serviceRecord('x1', '99000000000001', { office: 'amt' })] }),
        ),
      /a\.json \[0\].*office/,
    );
    assert.throws(
      () =>
        loadSeedData(
          seedDir({ 'a.json': [serviceRecord('x1', '99000000000001', { office: 'standesamt' })] }),
        ),
      /level federal does not fit office standesamt/,
    );
  });

  it('refuses duplicate ids and duplicate authored LeiKa keys', () => {
    assert.throws(
      () =>
        loadSeedData(
          seedDir({
            'a.json': [serviceRecord('gleich', '99000000000001')],
            'b.json': [serviceRecord('gleich', '99000000000002')],
          }),
        ),
      /Duplicate service id gleich/,
    );
    assert.throws(
      () =>
        loadSeedData(
          seedDir({
            'a.json': [serviceRecord('eins', '99000000000001')],
            'b.json': [serviceRecord('zwei', '99000000000001')],
          }),
        ),
      /LeiKa key 99000000000001 of zwei is already used by eins/,
    );
  });

  it('refuses competence rules that could send citizens somewhere unsourced or ambiguous', () => {
    const services = { 'a.json': [serviceRecord('x1', '99000000000001')] };
    const cases: Array<[object, RegExp]> = [
      [{ ...federalRule, sources: [] }, /needs a source, or says why it is unverified/],
      [{ ...federalRule, authority: 'nirgendwo' }, /unknown authority nirgendwo/],
      [
        { ...federalRule, notOffered: { de: 'Gibt es nicht.' } },
        /either an authority or notOffered/,
      ],
      [{ ...federalRule, offices: ['standesamt'] }, /no rule for the offices bund_sonstige/],
    ];
    for (const [rule, message] of cases) {
      assert.throws(() => loadSeedData(seedDir(services, [rule])), message);
    }
    assert.throws(
      () => loadSeedData(seedDir(services, [federalRule, { ...federalRule, id: 'zwei' }])),
      /bund_sonstige in 10 is already covered by bund/,
    );
  });
});
