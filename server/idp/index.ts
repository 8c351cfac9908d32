/**
 * The local citizen account: a real OpenID Connect provider mounted under `/idp` for development
 * and demos, with test citizens at each trust level. See docs/citizen-account.md.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config.js';
import { registerInteractions } from './interactions.js';
import { loadOrCreateIdpKeys } from './keys.js';
import { mountProvider } from './mount.js';
import { openProviderStorage, type ProviderStorage } from './sqlite-adapter.js';
import { IDP_MOUNT_PATH, createProvider, pageSecurityPolicy } from './provider.js';

export { TEST_ACCOUNTS, type TestAccount } from './accounts.js';
export { CASEWORKER_CLIENT_ID, clientIdForOrigin } from './clients.js';
export { CITIZEN_SCOPES } from './claims.js';
export { IDP_MOUNT_PATH } from './provider.js';

/** The issuer the local provider has for `config`. */
export function localIssuer(config: Pick<ServerConfig, 'portalOrigin'>): string {
  return `${config.portalOrigin}${IDP_MOUNT_PATH}`;
}

/**
 * Mounts the local provider under `/idp` (discovery at `/idp/.well-known/openid-configuration`)
 * with its login and consent pages. Does nothing when `config` points at an external issuer.
 */
export async function registerIdentityProvider(
  app: FastifyInstance,
  config: ServerConfig,
  sharedStorage?: ProviderStorage,
): Promise<void> {
  if (!config.localIdp) {
    app.log.info({ issuer: config.oidcIssuer }, 'external OIDC issuer: local provider not mounted');
    return;
  }
  if (config.oidcIssuer !== localIssuer(config)) {
    throw new Error(
      `OIDC_ISSUER ${config.oidcIssuer} is marked local but the local provider's issuer is ${localIssuer(config)}`,
    );
  }
  // Several instances keep the provider's state in their shared database; one keeps it in SQLite.
  const storage = sharedStorage ?? openProviderStorage(config.dataDir);
  app.addHook('onClose', async () => storage.close());
  const provider = createProvider(config, loadOrCreateIdpKeys(config.dataDir), storage);
  provider.on('server_error', (_ctx: unknown, error: unknown) => {
    app.log.error({ err: error }, 'identity provider error');
  });
  await registerInteractions(app, provider, config);
  await mountProvider(
    app,
    provider,
    pageSecurityPolicy([config.portalOrigin, ...config.townOrigins]),
    config.portalOrigin,
  );
}
