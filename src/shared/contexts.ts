/**
 * The contexts a `<saar-portal-provider>` (or any element using `@lit/context`) provides to the
 * widgets below it. The keys come from `Symbol.for`, so providers and widgets from two copies of
 * the library on one page still find each other.
 */
import { createContext } from '@lit/context';
import type { PortalClient } from '../api/portal-client.js';
import type { SessionStore } from './session.js';

/** The portal client the widgets below use. */
export const clientContext = createContext<PortalClient>(Symbol.for('saar-portal.client'));

/** The citizen's session the widgets below read. */
export const sessionContext = createContext<SessionStore>(Symbol.for('saar-portal.session'));
