/**
 * "Who is responsible": from a service's office and level to the authorities that serve an
 * area, the way the FIT-Connect routing API answers `GET /routes?leikaKey=&ars=`.
 */
import type { Level, Route } from '../../src/api/schemas/index.js';
import { OFFICE_NAMES, type OfficeKey } from './offices.js';

/** What routing needs from a service. */
export interface RoutableService {
  office: OfficeKey;
  level: Level;
}

/** What routing needs from an authority. */
export interface RoutableAuthority extends Route {
  servesArs: string[];
  offices: OfficeKey[];
}

type AuthorityIndex = Map<string, RoutableAuthority[]>;

// Resolving runs for every search hit and in tests for every service × municipality, so the
// authorities are indexed once per list by level and office.
const indexes = new WeakMap<readonly RoutableAuthority[], AuthorityIndex>();

function indexOf(authorities: readonly RoutableAuthority[]): AuthorityIndex {
  let index = indexes.get(authorities);
  if (index === undefined) {
    index = new Map();
    for (const authority of authorities) {
      for (const office of authority.offices) {
        const key = `${authority.level}/${office}`;
        const list = index.get(key) ?? [];
        list.push(authority);
        index.set(key, list);
      }
    }
    indexes.set(authorities, index);
  }
  return index;
}

/** How specifically an authority serves an area: the length of its longest matching key, or -1. */
function matchLength(authority: RoutableAuthority, ars: string): number {
  let best = -1;
  for (const served of authority.servesArs) {
    if (ars.startsWith(served) && served.length > best) best = served.length;
  }
  return best;
}

/** The route as the API shows it: seed-only keys dropped, the office named for shared houses. */
function toRoute(authority: RoutableAuthority, office: OfficeKey): Route {
  const { servesArs: _servesArs, offices, ...route } = authority;
  if (offices.length === 1) return route;
  return { ...route, destinationName: `${route.destinationName}, ${OFFICE_NAMES[office]}` };
}

/**
 * The routes for a service in an area (usually a municipality's 12-digit ARS): the authorities
 * of the service's level that house its office and serve the area. Where several serve it, the
 * most specific wins (a town that does a district task itself beats the district).
 */
export function resolveRoutesFor(
  authorities: readonly RoutableAuthority[],
  service: RoutableService,
  ars: string,
): Route[] {
  const candidates = indexOf(authorities).get(`${service.level}/${service.office}`) ?? [];
  let best = -1;
  let chosen: RoutableAuthority[] = [];
  for (const authority of candidates) {
    const length = matchLength(authority, ars);
    if (length < 0 || length < best) continue;
    if (length > best) {
      best = length;
      chosen = [];
    }
    chosen.push(authority);
  }
  return chosen.map((authority) => toRoute(authority, service.office));
}
