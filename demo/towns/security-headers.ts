/**
 * The headers a cautious municipal CMS sends with every page. The demo sites send them so the
 * widgets are shown to work under a strict Content Security Policy: the only thing a town has
 * to add for the portal is its origin in `script-src` and `connect-src` (docs/demo.md).
 */

/** Where a town's pages get the widgets from. */
export interface PortalOrigins {
  /** Origin of the portal: widget files under `/cdn/` and the API. */
  portalOrigin: string;
  /** Origin of the OpenID Connect issuer, when it is not the portal's (the login's token call). */
  issuerOrigin?: string;
}

/** The Content-Security-Policy of a town site that embeds the widgets from the portal. */
export function townContentSecurityPolicy({ portalOrigin, issuerOrigin }: PortalOrigins): string {
  const connect = [portalOrigin];
  if (issuerOrigin !== undefined && issuerOrigin !== portalOrigin) connect.push(issuerOrigin);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // The widget entry and its lazily loaded chunks come from the portal's /cdn/.
    'script-src': ["'self'", portalOrigin],
    // The widgets call the portal API (and the issuer's token endpoint); the town's own scripts
    // call nothing.
    'connect-src': connect,
    // No 'unsafe-inline': the widgets style their shadow roots with constructable stylesheets.
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Every security header of a town page. */
export function townSecurityHeaders(origins: PortalOrigins): Record<string, string> {
  return {
    'content-security-policy': townContentSecurityPolicy(origins),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    // Only features Chromium knows: an unknown one is logged as an error on every page.
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
