/**
 * The schemas the client checks every page's answers with: problem details, the catalogue
 * (services, areas, routes) and the citizen account's configuration and claims. The client loads
 * this part with its first call (`src/api/contract.ts`, decision 0005), in the CDN build as the
 * `contract` chunk together with zod.
 *
 * Named one by one, not `export *`: a part holds the schemas of answers the client checks, so
 * that schemas only the server runs (request bodies, the whole catalogue) stay off the page
 * (decision 0091). `index.ts` has every schema.
 */
export { ProblemSchema } from './problem.js';
export { ServiceCatalogueEnvelopeSchema, ServiceSchema, ServiceSummarySchema } from './service.js';
export { AreaListSchema, AreaSchema } from './area.js';
export { RouteListSchema } from './route.js';
export { CitizenClaimsSchema, PortalConfigSchema } from './session.js';
