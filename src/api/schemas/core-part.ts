/**
 * The core of the contract: problem details, the catalogue (services, areas, routes) and the
 * citizen account's configuration and claims. Every page whose widgets call the portal needs
 * these; the client loads them with its first call (decision 0005), in the CDN build as the
 * `contract` chunk together with zod.
 */
export * from './common.js';
export * from './problem.js';
export * from './service.js';
export * from './area.js';
export * from './route.js';
export * from './session.js';
