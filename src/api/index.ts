/** The portal API contract, its rules and its client. No Lit anywhere in here. */
export * from './schemas/index.js';
export * from './errors.js';
export * from './endpoints.js';
export * from './rules/identifiers.js';
export * from './rules/typed-identifiers.js';
export * from './rules/problem-types.js';
export * from './rules/form-model.js';
export {
  PortalClient,
  defaultApiBase,
  type PortalClientOptions,
  type CallOptions,
  type EndpointCall,
  type Transport,
} from './portal-client.js';
// The endpoints PortalClient has no method for, as functions that take the client (decision 0091).
export * from './calls/applications.js';
export * from './calls/drafts.js';
export * from './calls/status-stream.js';
export * from './calls/caseworker.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
