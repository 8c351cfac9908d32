/**
 * What the portal says (from its seed), read over its API and checked against the contract:
 * the journeys expect the page to show exactly this.
 */
import {
  AreaSchema,
  RouteListSchema,
  ServiceCatalogueSchema,
  type Area,
  type Route,
  type ServiceSummary,
} from '../../../src/api/schemas/index.js';

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** The service whose German search terms include `phrase` (e.g. "Hund anmelden"). */
export async function serviceWithKeyword(api: string, phrase: string): Promise<ServiceSummary> {
  const catalogue = ServiceCatalogueSchema.parse(await getJson(`${api}/services`));
  const service = catalogue.services.find((candidate) =>
    (candidate.keywords.de ?? []).some((keyword) => keyword.toLowerCase() === phrase.toLowerCase()),
  );
  if (!service) throw new Error(`No service in the seed has the search term "${phrase}"`);
  return service;
}

/** The office responsible for `service` in the area `ars` (the first route). */
export async function responsibleOffice(
  api: string,
  service: ServiceSummary,
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
