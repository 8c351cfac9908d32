/**
 * The portal API contract: every resource's schema and type. The client loads the schemas it
 * checks answers with in parts, on first use (`*-part.ts`; decisions 0005 and 0091); the server,
 * the fixtures and the OpenAPI generator import them all from here.
 */
export * from './common.js';
export * from './problem.js';
export * from './service.js';
export * from './area.js';
export * from './route.js';
export * from './form.js';
export * from './draft.js';
export * from './status.js';
export * from './application.js';
export * from './session.js';
export * from './documents.js';
