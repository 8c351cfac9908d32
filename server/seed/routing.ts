/**
 * "Who is responsible": from a service's office to the authority that handles it in an area, the
 * way the FIT-Connect routing API answers `GET /routes?leikaKey=&ars=`, by Saarland's real split
 * of competences (`competences.json`): a level default per office, exceptions where a city acts
 * as its own authority, state-central offices, districts shared across borders, operators that
 * are not authorities, offices that sit apart from their authority's seat, services a town does
 * not offer, and services routed by the place of an event (`event-place.json`).
 */
import type * as z from 'zod/mini';
import type {
  FactSource,
  NotOffered,
  Route,
  RoutingBasis,
  SourcedFact,
} from '../../src/api/schemas/index.js';
import { OFFICE_NAMES, type OfficeKey } from './offices.js';
import type {
  SeedAuthoritySchema,
  SeedCompetenceSchema,
  SeedEventPlaceSchema,
} from './seed-schemas.js';

/** An authority as the seed holds it. */
export type SeedAuthority = z.output<typeof SeedAuthoritySchema>;
/** A competence rule as the seed holds it. */
export type SeedCompetence = z.output<typeof SeedCompetenceSchema>;
/** A list of services routed by the place of an event. */
export type SeedEventPlace = z.output<typeof SeedEventPlaceSchema>;

/** What routing needs from a service. */
export interface RoutableService {
  id: string;
  office: OfficeKey;
}

/** What routing reads: the authorities, the competence rules and the event-place services. */
export interface RoutingModel {
  authorities: readonly SeedAuthority[];
  competences: readonly SeedCompetence[];
  eventPlaces: readonly SeedEventPlace[];
}

/**
 * The answer for a service in an area: the routes (at most one), whose place decides, and, when
 * the service does not exist there, why. No route and no `notOffered` means nobody is known.
 */
export interface Responsibility {
  routes: Route[];
  routedBy: RoutingBasis;
  notOffered?: NotOffered;
}

interface RoutingIndex {
  authorities: Map<string, SeedAuthority>;
  rulesByOffice: Map<OfficeKey, SeedCompetence[]>;
  routedBy: Map<string, RoutingBasis>;
}

// Resolving runs for every service × municipality at seed time and in tests, so the model is
// indexed once per rule list.
const indexes = new WeakMap<readonly SeedCompetence[], RoutingIndex>();

function indexOf(model: RoutingModel): RoutingIndex {
  let index = indexes.get(model.competences);
  if (index === undefined) {
    const rulesByOffice = new Map<OfficeKey, SeedCompetence[]>();
    for (const rule of model.competences) {
      for (const office of rule.offices) {
        rulesByOffice.set(office, [...(rulesByOffice.get(office) ?? []), rule]);
      }
    }
    index = {
      authorities: new Map(
        model.authorities.map((authority) => [authority.destinationId, authority]),
      ),
      rulesByOffice,
      routedBy: new Map(
        model.eventPlaces.flatMap((entry) =>
          entry.services.map((id) => [id, entry.routedBy] as const),
        ),
      ),
    };
    indexes.set(model.competences, index);
  }
  return index;
}

/** How specifically a rule covers an area: the length of its longest matching key, or -1. */
function matchLength(rule: SeedCompetence, ars: string): number {
  let best = -1;
  for (const key of rule.areas) {
    if (ars.startsWith(key) && key.length > best) best = key.length;
  }
  return best;
}

/** The most specific rule for an office in an area (the loader allows no ties). */
export function ruleFor(
  model: RoutingModel,
  office: OfficeKey,
  ars: string,
): SeedCompetence | undefined {
  let best = -1;
  let chosen: SeedCompetence | undefined;
  for (const rule of indexOf(model).rulesByOffice.get(office) ?? []) {
    const length = matchLength(rule, ars);
    if (length > best) {
      best = length;
      chosen = rule;
    }
  }
  return chosen;
}

/** A municipality's 8-digit AGS from its 12-digit ARS (district + municipality number). */
function agsOf(ars: string): string {
  return `${ars.slice(0, 5)}${ars.slice(9)}`;
}

/** The authority a rule names for an area: the area's town hall, its district, or a fixed one. */
export function authorityIdFor(rule: SeedCompetence, ars: string): string | undefined {
  if (rule.authority === 'municipality') {
    return ars.length === 12 ? `gemeinde-${agsOf(ars)}` : undefined;
  }
  if (rule.authority === 'district')
    return ars.length >= 5 ? `kreis-${ars.slice(0, 5)}` : undefined;
  return rule.authority;
}

/** The facts an office location gives itself, replacing its authority's. */
function factsOf(location: NonNullable<SeedCompetence['office']>): Set<SourcedFact> {
  const facts = new Set<SourcedFact>();
  if (location.address) facts.add('address');
  if (location.contactPersons) facts.add('contacts');
  if (location.openingHours) facts.add('openingHours');
  return facts;
}

/**
 * The route as the API shows it: the authority's sourced facts, overlaid with the office's own
 * location where it sits elsewhere, the office named inside a general administration, and the
 * source of every fact, the responsibility first.
 */
function toRoute(authority: SeedAuthority, rule: SeedCompetence, office: OfficeKey): Route {
  const { generalAdministration, sources: authoritySources, ...base } = authority;
  const location = rule.office;
  const replaced = location ? factsOf(location) : new Set<SourcedFact>();
  const officeName = location?.name ?? (generalAdministration ? OFFICE_NAMES[office] : undefined);
  const sources: FactSource[] = [
    ...rule.sources.map((source) => ({ fact: 'responsibility' as const, ...source })),
    ...authoritySources.filter((source) => !replaced.has(source.fact)),
    ...(location?.sources ?? []),
  ];
  const route: Route = {
    ...base,
    destinationName: officeName ? `${base.destinationName}, ${officeName}` : base.destinationName,
    sources,
  };
  if (location?.address) route.address = location.address;
  if (location?.contactPersons) route.contactPersons = location.contactPersons;
  if (location?.openingHours) {
    route.openingHours = location.openingHours;
    if (location.openingHoursNote) route.openingHoursNote = location.openingHoursNote;
    else delete route.openingHoursNote;
  }
  if (location?.websiteUrl) route.websiteUrl = location.websiteUrl;
  return route;
}

/**
 * Who is responsible for a service in an area (usually a municipality's 12-digit ARS; for a
 * service routed by an event, the ARS of the place of the event).
 */
export function resolveResponsibilityIn(
  model: RoutingModel,
  service: RoutableService,
  ars: string,
): Responsibility {
  const routedBy = indexOf(model).routedBy.get(service.id) ?? 'residence';
  const rule = ruleFor(model, service.office, ars);
  if (rule === undefined) return { routes: [], routedBy };
  if (rule.notOffered) {
    return { routes: [], routedBy, notOffered: { reason: rule.notOffered, sources: rule.sources } };
  }
  const id = authorityIdFor(rule, ars);
  const authority = id === undefined ? undefined : indexOf(model).authorities.get(id);
  return {
    routes: authority === undefined ? [] : [toRoute(authority, rule, service.office)],
    routedBy,
  };
}
