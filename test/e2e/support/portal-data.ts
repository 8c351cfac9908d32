/**
 * What the portal says (from its seed), read over its API and checked against the contract:
 * the journeys expect the page to show exactly this.
 */
import {
  AreaSchema,
  RouteListSchema,
  ServiceSchema,
  type Area,
  type Route,
  type Service,
} from '../../../src/api/schemas/index.js';

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** The id of the dog tax registration in the seed (service ids are stable). */
export const DOG_TAX_ID = 'hundesteuer-anmeldung';

/** The service with `id`, as the portal describes it. */
export async function serviceById(api: string, id: string): Promise<Service> {
  return ServiceSchema.parse(await getJson(`${api}/services/${id}`));
}

/** The office responsible for `service` in the area `ars` (the first route). */
export async function responsibleOffice(
  api: string,
  service: Pick<Service, 'id' | 'leikaKey'>,
  ars: string,
): Promise<Route> {
  const url = `${api}/routes?leikaKey=${service.leikaKey}&ars=${ars}`;
  const { routes } = RouteListSchema.parse(await getJson(url));
  if (!routes[0]) throw new Error(`No office for ${service.id} in ${ars}`);
  return routes[0];
}

/** The area with regional key `ars` (its name and postcodes, as the town picker offers it). */
export async function areaOf(api: string, ars: string): Promise<Area> {
  return AreaSchema.parse(await getJson(`${api}/areas/${ars}`));
}
