/**
 * Saarland's split of competences, pinned: for every sourced rule, every service it governs and
 * every one of the 52 municipalities, the authority the sources name. The expectations are
 * written here from the sources (see docs/data-sources.md), not read from `competences.json`,
 * so a seed change cannot silently send citizens elsewhere.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Area } from '../../src/api/schemas/index.js';
import {
  loadSeedData,
  resolveResponsibility,
  type Responsibility,
  type SeedService,
} from '../../server/seed/index.js';

const data = loadSeedData();
const towns = data.areas.filter((area) => area.type === 'municipality');
const townByName = new Map(towns.map((town) => [town.name, town]));

/** The town hall of a municipality, by name. */
function townHall(name: string): string {
  const town = townByName.get(name);
  assert.ok(town?.ags, `no municipality ${name}`);
  return `gemeinde-${town.ags}`;
}
const ownTownHall = (town: Area): string => `gemeinde-${town.ags ?? ''}`;
const ownDistrict = (town: Area): string => `kreis-${town.ars.slice(0, 5)}`;
const inRegionalverband = (town: Area): boolean => town.ars.startsWith('10041');

/** The services of a family, pinned by id so that moving one out of it fails here too. */
function services(ids: readonly string[]): SeedService[] {
  return ids.map((id) => {
    const service = data.services.find((candidate) => candidate.id === id);
    assert.ok(service, `no service ${id}`);
    return service;
  });
}

const NOT_OFFERED = Symbol('not offered');
type Expected = string | typeof NOT_OFFERED;

/** Asserts the answer for every service of a family in every town; returns the pairs checked. */
function pin(
  family: readonly SeedService[],
  expected: (town: Area) => Expected,
  also?: (answer: Responsibility, town: Area, service: SeedService) => void,
): number {
  assert.equal(towns.length, 52);
  const wrong: string[] = [];
  for (const service of family) {
    for (const town of towns) {
      const answer = resolveResponsibility(data, service, town.ars);
      const want = expected(town);
      const got =
        answer.notOffered !== undefined ? NOT_OFFERED : (answer.routes[0]?.destinationId ?? '—');
      if (got !== want)
        wrong.push(`${service.id} in ${town.name}: ${String(got)} ≠ ${String(want)}`);
      else also?.(answer, town, service);
    }
  }
  assert.deepEqual(wrong.slice(0, 10), []);
  return family.length * towns.length;
}

const VEHICLE_REGISTRATION = [
  'kfz-zulassung',
  'kfz-umschreibung',
  'kfz-adressaenderung',
  'kfz-abmeldung',
  'kfz-wiederzulassung',
  'wunschkennzeichen',
  'saisonkennzeichen',
  'kurzzeitkennzeichen',
  'oldtimer-kennzeichen',
  'zulassungsbescheinigung-verlust',
  'kennzeichen-verlust',
  'feinstaubplakette',
  'grossraum-schwertransport',
  'taxi-mietwagen-genehmigung',
];
const LICENCE_AFTER_WITHDRAWAL = ['fuehrerschein-neuerteilung'];
const LICENCE_DESK = [
  'fuehrerschein-ersterteilung',
  'fuehrerschein-begleitetes-fahren',
  'fuehrerschein-erweiterung',
  'fuehrerschein-umtausch',
  'fuehrerschein-ersatz',
  'internationaler-fuehrerschein',
  'auslaendischer-fuehrerschein-umschreiben',
  'fahrerlaubnis-fahrgastbefoerderung',
  'fuehrerschein-lkw-verlaengern',
];
const BUILDING_SUPERVISION = [
  'baugenehmigung',
  'bauvorbescheid',
  'denkmalschutz-genehmigung',
  'baufertigstellung-anzeige',
  'werbeanlage-genehmigung',
  'abgeschlossenheitsbescheinigung',
];
const FOREIGNERS = [
  'aufenthaltserlaubnis',
  'aufenthaltstitel-verlaengern',
  'niederlassungserlaubnis',
  'aufenthaltstitel-verlust',
  'verpflichtungserklaerung',
];
const FOOD_AND_VETERINARY = [
  'tierschutz-meldung',
  'tierhaltung-erlaubnis-gewerblich',
  'nutztierhaltung-registrierung',
  'bienenhaltung-anzeige',
  'lebensmittelbetrieb-registrierung',
];
const NATURALISATION = ['einbuergerung', 'staatsangehoerigkeitsausweis'];
const HOUSING_BENEFIT = [
  'wohngeld-mietzuschuss',
  'wohngeld-lastenzuschuss',
  'wohngeld-weiterleistung',
];
const REGISTRY_OFFICE = [
  'geburt-anzeigen',
  'geburtsurkunde',
  'geburt-ausland-nachbeurkunden',
  'eheschliessung-anmelden',
  'eheurkunde',
  'namenserklaerung',
  'vaterschaftsanerkennung',
  'sterbefall-anzeigen',
  'sterbeurkunde',
  'geschlechtseintrag-aendern',
  'ehefaehigkeitszeugnis',
  'kirchenaustritt',
  'namensaenderung',
];
const WEAPONS_AND_HUNTING = [
  'waffenbesitzkarte',
  'kleiner-waffenschein',
  'waffe-erwerb-anzeigen',
  'waffen-erbe',
  'europaeischer-feuerwaffenpass',
  'jagdschein',
  'versammlung-anmelden',
];
const YOUTH_OFFICE = [
  'sorgeerklaerung',
  'kindertagespflege',
  'umgangsrecht-beratung',
  'unterhaltsvorschuss',
  'beistandschaft',
  'negativbescheinigung-sorgerecht',
  'kita-elternbeitrag-ermaessigung',
  'kindertagespflege-erlaubnis',
  'hilfe-zur-erziehung',
  'pflegefamilie-werden',
  'adoption',
  'kindeswohlgefaehrdung-melden',
  'jugendschutz-veranstaltung',
  'jugendleitercard',
];

/** Joint registry districts (Standesamtsbezirke): member → the town that keeps the office. */
const JOINT_REGISTRY_DISTRICTS: Readonly<Record<string, string>> = {
  Wallerfangen: 'Dillingen/Saar',
  Oberthal: 'St. Wendel',
  Namborn: 'St. Wendel',
  Illingen: 'Merchweiler',
  Eppelborn: 'Merchweiler',
  Schiffweiler: 'Merchweiler',
  Gersheim: 'Blieskastel',
  Mandelbachtal: 'Blieskastel',
  Kirkel: 'St. Ingbert',
  Bexbach: 'St. Ingbert',
};

let pinned = 0;

describe('routing rules for all 52 municipalities (the sources, pinned)', () => {
  it('vehicle registration and licence re-issue: the district; in the Regionalverband, Saarbrücken (§ 1 StVZustG)', () => {
    pinned += pin(services([...VEHICLE_REGISTRATION, ...LICENCE_AFTER_WITHDRAWAL]), (town) =>
      inRegionalverband(town) ? townHall('Saarbrücken') : ownDistrict(town),
    );
  });

  it('the district St. Wendel registers vehicles at Tritschlerstraße 5, away from its seat', () => {
    const routes = resolveResponsibility(
      data,
      services(['kfz-zulassung'])[0]!,
      townByName.get('Tholey')!.ars,
    ).routes;
    assert.equal(routes[0]?.address?.street, 'Tritschlerstraße');
    assert.ok(routes[0]?.sources.some((source) => source.fact === 'address'));
  });

  it('driving licences: the town’s own licence desk; Homburg and Kirkel at the Saarpfalz-Kreis', () => {
    pinned += pin(services(LICENCE_DESK), (town) =>
      ['Homburg', 'Kirkel'].includes(town.name) ? 'kreis-10045' : ownTownHall(town),
    );
  });

  it('building supervision: six cities are their own authority, the rest go to the district', () => {
    const ownAuthority = [
      'Saarbrücken',
      'Völklingen',
      'Saarlouis',
      'Neunkirchen',
      'Homburg',
      'St. Ingbert',
    ];
    pinned += pin(services(BUILDING_SUPERVISION), (town) =>
      ownAuthority.includes(town.name) ? ownTownHall(town) : ownDistrict(town),
    );
  });

  it('naturalisation: Saarbrücken, Völklingen and St. Ingbert take their residents’ applications', () => {
    pinned += pin(services(NATURALISATION), (town) =>
      ['Saarbrücken', 'Völklingen', 'St. Ingbert'].includes(town.name)
        ? ownTownHall(town)
        : ownDistrict(town),
    );
  });

  it('residence permits: the Zentrale Ausländerbehörde in Lebach, for the whole state', () => {
    pinned += pin(
      services(FOREIGNERS),
      () => 'land-zab',
      (answer) => {
        assert.equal(answer.routes[0]?.address?.city, 'Lebach');
        assert.equal(answer.routes[0]?.level, 'state');
      },
    );
  });

  it('food businesses and veterinary matters: the Landesamt für Verbraucherschutz', () => {
    pinned += pin(services(FOOD_AND_VETERINARY), () => 'land-lav');
  });

  it('housing benefit: St. Wendel residents at the Landkreis Neunkirchen; one office in Völklingen for the Regionalverband and the Landkreis Saarlouis', () => {
    pinned += pin(
      services(HOUSING_BENEFIT),
      (town) => (town.ars.startsWith('10046') ? 'kreis-10043' : ownDistrict(town)),
      (answer, town) => {
        const shared = town.ars.startsWith('10041') || town.ars.startsWith('10044');
        if (shared) assert.equal(answer.routes[0]?.address?.city, 'Völklingen', town.name);
      },
    );
  });

  it('registry offices: the joint Standesamtsbezirke; births, deaths and wedding certificates by the place of the event', () => {
    const eventPlace: Readonly<Record<string, string>> = {
      'geburt-anzeigen': 'placeOfBirth',
      geburtsurkunde: 'placeOfBirth',
      'sterbefall-anzeigen': 'placeOfDeath',
      sterbeurkunde: 'placeOfDeath',
      eheurkunde: 'placeOfMarriage',
    };
    pinned += pin(
      services(REGISTRY_OFFICE),
      (town) => townHall(JOINT_REGISTRY_DISTRICTS[town.name] ?? town.name),
      (answer, _town, service) =>
        assert.equal(answer.routedBy, eventPlace[service.id] ?? 'residence', service.id),
    );
  });

  it('bulky waste: the EVS, except Saarbrücken (ZKE), Völklingen (EZV), Lebach (LAZ) and the towns outside its scheme', () => {
    const ownScheme = ['St. Wendel', 'Eppelborn', 'Merzig', 'Mettlach', 'St. Ingbert', 'Wadgassen'];
    const operators: Readonly<Record<string, string>> = {
      Saarbrücken: 'zke-saarbruecken',
      Völklingen: 'ezv-voelklingen',
      Lebach: 'laz-lebach',
    };
    pinned += pin(
      services(['sperrmuell-abholung']),
      (town) => operators[town.name] ?? (ownScheme.includes(town.name) ? ownTownHall(town) : 'evs'),
      (answer, town) => {
        const route = answer.routes[0];
        if (route?.destinationId === 'evs') {
          assert.equal(route.role, 'operator', town.name);
          assert.equal(route.contactPersons[0]?.tel, '+49 681 5000-555');
        }
      },
    );
  });

  it('tree felling: not offered where the town has no tree-protection bylaw', () => {
    const noBylaw = ['St. Ingbert', 'Weiskirchen', 'Nohfelden', 'Illingen'];
    pinned += pin(
      services(['baumfaellung-genehmigung']),
      (town) => (noBylaw.includes(town.name) ? NOT_OFFERED : ownTownHall(town)),
      (answer, town) => {
        if (noBylaw.includes(town.name)) {
          assert.equal(answer.routes.length, 0);
          assert.ok(answer.notOffered?.reason.en && answer.notOffered.reason['de-x-ls']);
          assert.ok((answer.notOffered?.sources.length ?? 0) > 0);
        }
      },
    );
  });

  it('weapons and hunting: Saarbrücken for its residents, the district for everyone else', () => {
    pinned += pin(services(WEAPONS_AND_HUNTING), (town) =>
      town.name === 'Saarbrücken' ? ownTownHall(town) : ownDistrict(town),
    );
  });

  it('youth office: the district or the Regionalverband, everywhere', () => {
    pinned += pin(services(YOUTH_OFFICE), ownDistrict);
  });

  it('a Kita place in the Regionalverband: its Kita-Planer', () => {
    pinned += pin(services(['kita-platz']), (town) =>
      inRegionalverband(town) ? 'kreis-10041' : ownTownHall(town),
    );
  });

  it('fishing licences: the town (sourced for Saarlouis and Saarbrücken)', () => {
    pinned += pin(services(['fischereischein', 'jugendfischereischein']), ownTownHall);
  });

  it('registration, passports, dog tax, trade: the town itself', () => {
    const family = data.services.filter((service) =>
      ['buergerbuero', 'steueramt', 'gewerbeamt'].includes(service.office),
    );
    assert.ok(family.length >= 60);
    pinned += pin(family, ownTownHall, (answer, town, service) => {
      if (town.name === 'Saarlouis' && service.office === 'steueramt') {
        assert.equal(answer.routes[0]?.address?.street, 'Friedensstraße');
        assert.ok(answer.routes[0]?.openingHours.length);
      }
    });
  });

  it('state and federal agencies: disability, parental allowance, child benefit', () => {
    pinned += pin(services(['schwerbehindertenausweis']), () => 'land-las');
    pinned += pin(services(['elterngeld-beantragen']), () => 'land-las-elterngeld');
    pinned += pin(services(['kindergeld-beantragen']), () => 'bund-familienkasse');
  });

  it('covers every competence rule: a new rule needs its pin here', () => {
    assert.deepEqual(data.competences.map((rule) => rule.id).sort(), [
      'amtsgericht-land',
      'bauaufsicht-kreise',
      'bauaufsicht-saarpfalz-kreis-zeiten',
      'bauaufsicht-sechs-staedte',
      'baumschutz-gemeinde',
      'baumschutz-keine-satzung',
      'baumschutz-riegelsberg',
      'baumschutz-saarbruecken-naturschutzbehoerde',
      'buergerbuero-gemeinde',
      'buergerbuero-voelklingen-zeiten',
      'bund-sonstige-bund',
      'bundesagentur-arbeit-bund',
      'bundesamt-justiz-bund',
      'bundeszentralamt-steuern-bund',
      'einbuergerung-drei-staedte',
      'einbuergerung-kreise',
      'elterngeldstelle',
      'familienkasse',
      'finanzamt-land',
      'fischerei-land',
      'fischereischein-gemeinde',
      'fischereischein-saarlouis-saarbruecken',
      'fuehrerscheinstelle-gemeinde',
      'fuehrerscheinstelle-homburg-kirkel-kreis',
      'gemeinde-ohne-quelle',
      'gesundheitsamt-kreise',
      'gesundheitsamt-st-wendel-werschweilerstrasse',
      'gewerbeamt-gemeinde',
      'jugendamt-kreise',
      'kfz-fahrerlaubnis-landkreise',
      'kfz-fahrerlaubnis-regionalverband-lhs',
      'kfz-fahrerlaubnis-st-wendel-tritschlerstrasse',
      'kita-gemeinde',
      'kita-regionalverband-kita-planer',
      'landesamt-fuer-soziales',
      'landesamt-fuer-verbraucherschutz',
      'lpp-land',
      'lua-land',
      'lvgl-land',
      'ordnungsamt-gemeinde',
      'sozialamt-kreise',
      'sozialamt-st-wendel-welvertstrasse',
      'sperrmuell-eigene-regelung',
      'sperrmuell-evs',
      'sperrmuell-lebach-laz',
      'sperrmuell-saarbruecken-zke',
      'sperrmuell-voelklingen-ezv',
      'standesamt-bezirk-blieskastel',
      'standesamt-bezirk-dillingen',
      'standesamt-bezirk-merchweiler',
      'standesamt-bezirk-st-ingbert',
      'standesamt-bezirk-st-wendel',
      'standesamt-gemeinde',
      'steueramt-gemeinde',
      'steueramt-saarlouis-friedensstrasse',
      'studierendenwerk-land',
      'untere-naturschutz-kreise',
      'waffen-jagd-kreise',
      'waffen-jagd-saarbruecken',
      'wohngeld-gemeinsame-stelle-voelklingen',
      'wohngeld-kreise',
      'wohngeld-st-wendel-bei-neunkirchen',
      'zentrale-auslaenderbehoerde',
    ]);
  });

  it('pins thousands of service × town answers', (t) => {
    t.diagnostic(`${pinned} service × town answers pinned`);
    // Runs last: the figure is the sum of the pins above (reported in docs/data-sources.md).
    assert.ok(pinned > 5000, `only ${pinned} pinned`);
  });
});
