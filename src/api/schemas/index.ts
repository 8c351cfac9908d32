/** The portal API contract: every resource's schema and type. */
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
