/**
 * Chromium for the end-to-end journeys: Debian's build driven by playwright-core (browser
 * downloads cannot work here), and a watch over a page's console, errors, CSP violations and
 * requests.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSERS, browserPath, CHROMIUM_ARGS } from '../../../scripts/ensure-browsers.mjs';

export { CHROMIUM_ARGS };

/** Launches Chromium from `CHROMIUM_BIN` or Debian's package. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: browserPath(BROWSERS[0]!),
    args: [...CHROMIUM_ARGS],
  });
}

/** What a page did, collected while a journey runs. */
export interface PageWatch {
  /** `console.error` messages (Chromium logs CSP refusals and failed loads here too). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** `securitypolicyviolation` events: directive and blocked resource. */
  cspViolations: string[];
  /** Every request the page made. */
  requests: URL[];
}

/** Prefix under which the init script reports CSP violations through the console. */
const CSP_PREFIX = '[csp-violation] ';

/** Starts watching `page`; call before the first `goto`. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { consoleErrors: [], pageErrors: [], cspViolations: [], requests: [] };
  // Runs before any page script (and is itself exempt from the page's CSP).
  await page.addInitScript((prefix: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => console.warn(`${prefix}${event.effectiveDirective} ${event.blockedURI}`),
      true,
    );
  }, CSP_PREFIX);
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(CSP_PREFIX)) watch.cspViolations.push(text.slice(CSP_PREFIX.length));
    else if (message.type() === 'error') watch.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
  page.on('request', (request) => watch.requests.push(new URL(request.url())));
  return watch;
}

/** The origins a page contacted, `data:` URLs left out. */
export function contactedOrigins(watch: PageWatch): Set<string> {
  return new Set(watch.requests.filter((url) => url.protocol !== 'data:').map((url) => url.origin));
}

/** Paths requested from `origin`, in order. */
export function pathsRequestedFrom(watch: PageWatch, origin: string): string[] {
  return watch.requests.filter((url) => url.origin === origin).map((url) => url.pathname);
}
