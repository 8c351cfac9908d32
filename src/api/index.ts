/** The portal API contract and its client. No Lit anywhere in here. */
export * from './schemas/index.js';
export * from './errors.js';
export {
  PortalClient,
  defaultApiBase,
  type PortalClientOptions,
  type CallOptions,
} from './portal-client.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
