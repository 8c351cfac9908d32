/**
 * Explanations for the webmaster of portal calls that failed because of the page's setup, for
 * the widgets that make such calls (finder, form, tracker); the console itself, and the setup
 * checks every page runs, are in src/shared/webmaster-console.ts.
 */
import { HttpError, NetworkError } from '../api/errors.js';
import { tellWebmaster } from '../shared/webmaster-console.js';

/**
 * Who may make a call from a web page: anyone (the public reads: services, places, forms), or
 * only the town sites the portal lists (what a token or an access code authorizes, and writes).
 */
export type CallAccess = 'public' | 'listed';

/**
 * Explains a failed portal call to the webmaster when it points at the page's setup: a portal
 * that refuses the page (CORS), one that cannot be reached (CSP, mixed content, wrong address),
 * or an API base that is not the portal's API. Other failures (a portal in trouble) are the
 * portal's, not the page's, and are left to the citizen's message.
 */
export function explainFailure(tag: string, error: unknown, access: CallAccess = 'public'): void {
  if (error instanceof NetworkError) {
    const api = new URL(error.url);
    if (error.reason === 'refused' && access === 'listed') {
      tellWebmaster(
        `<${tag}>: the portal at ${api.origin} refuses requests from ${location.origin} (CORS). ` +
          `Sending applications and opening them with a reference or a login need your site on the ` +
          `portal's list of town sites: ask the portal operator to add ${location.origin}.`,
      );
    } else if (error.reason === 'refused') {
      tellWebmaster(
        `<${tag}>: the portal at ${api.origin} answered but refuses requests from ${location.origin} (CORS). ` +
          `Public data (services, places, offices) needs no registration on a current portal: check that ` +
          `api-base (or <meta name="saar-portal-api">) is the portal's API, ending in /api/v1/, ` +
          `else ask the portal operator to allow ${location.origin}.`,
      );
    } else if (error.reason === 'unreachable') {
      tellWebmaster(
        `<${tag}>: could not reach ${api.origin}. Check that your Content-Security-Policy allows it ` +
          `(connect-src ${api.origin}), that page and portal both use https, and the address in api-base ` +
          `or <meta name="saar-portal-api">.` +
          // A write is never probed (its answer may only have been lost): CORS looks the same.
          (access === 'listed'
            ? ` If the page's other requests reach the portal, your site may be missing from the ` +
              `portal's list of town sites: ask the portal operator to add ${location.origin}.`
            : ''),
      );
    }
    return;
  }
  if (error instanceof HttpError && error.status === 404 && !error.problemSent) {
    // A 404 without the portal's problem details: the address is not the portal API at all.
    const api = new URL(error.url);
    tellWebmaster(
      `<${tag}>: ${api.origin}${api.pathname} is not the portal API (404 without problem details). ` +
        `api-base must be the API's address, such as https://portal.saarland.example/api/v1/.`,
    );
  }
}
