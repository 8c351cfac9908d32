/** The portal API contract, its rules and its client. No Lit anywhere in here. */
export * from './schemas/index.js';
export * from './errors.js';
export * from './endpoints.js';
export * from './rules/identifiers.js';
export * from './rules/problem-types.js';
export * from './rules/form-model.js';
export {
  PortalClient,
  defaultApiBase,
  type PortalClientOptions,
  type CallOptions,
  type SendDocumentsOptions,
  type StatusStreamOptions,
} from './portal-client.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
