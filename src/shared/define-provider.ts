/** Registers `<saar-portal-provider>`; the CDN loader imports this when the tag appears. */
import { SaarPortalProvider } from './saar-portal-provider.js';

SaarPortalProvider.define('saar-portal-provider');
