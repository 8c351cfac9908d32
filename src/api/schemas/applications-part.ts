/**
 * The rest of the contract: forms, drafts, applications, their status and the documents sent
 * later. Only the application form, the status tracker and caseworker code call the endpoints
 * that answer these, so the client loads this part with the first such call (decision 0091), in
 * the CDN build as the `contract-applications` chunk; a page with only the service finder never
 * downloads it.
 */
export * from './form.js';
export * from './draft.js';
export * from './status.js';
export * from './application.js';
export * from './documents.js';
