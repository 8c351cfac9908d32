/**
 * Whether this website may log in at all: the portal's `GET /config` names this origin's client
 * or answers 404. Light on purpose (no login code), so a login button can tell a webmaster about
 * a missing registration as soon as the page loads.
 */
import { HttpError } from '../../api/errors.js';
import type { PortalClient } from '../../api/portal-client.js';
import type { PortalConfig } from '../../api/schemas/session.js';
import { LoginError } from './errors.js';

/** The portal's login configuration for this origin, or a `LoginError` saying why not. */
export async function loginConfiguration(portal: PortalClient): Promise<PortalConfig> {
  try {
    return await portal.getConfig();
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 403)) {
      throw new LoginError(
        'not-registered',
        `This website (${location.origin}) is not registered for login with the Saar-Portal citizen account. ` +
          'Ask the portal operator to register the origin (see docs/login-button.md).',
        { cause: error },
      );
    }
    throw new LoginError('unreachable', `GET /config failed: ${String(error)}`, { cause: error });
  }
}
