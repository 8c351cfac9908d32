/**
 * A tiny browser stand-in for OIDC tests: keeps cookies (name, path, expiry), follows redirects
 * one by one so a test can stop at the client's redirect URI, and submits HTML forms.
 */

interface StoredCookie {
  value: string;
  path: string;
}

/** RFC 6265 path matching: the cookie path is the request path or a `/`-bounded prefix of it. */
function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

/** One hop of a navigation. */
export interface Hop {
  url: URL;
  status: number;
  location?: string;
  body: string;
}

/** Cookie-keeping fetch for a single origin under test. */
export class CookieBrowser {
  readonly #cookies = new Map<string, StoredCookie>();

  #remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      let path = '/';
      let expired = false;
      for (const attribute of attributes) {
        const [key = '', attributeValue = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = attributeValue;
        if (key.toLowerCase() === 'expires' && Date.parse(attributeValue) <= Date.now()) {
          expired = true;
        }
        if (key.toLowerCase() === 'max-age' && Number(attributeValue) <= 0) expired = true;
      }
      const key = `${name};${path}`;
      if (expired || value === '') this.#cookies.delete(key);
      else this.#cookies.set(key, { value, path });
    }
  }

  #cookieHeader(url: URL): string {
    return [...this.#cookies.entries()]
      .filter(([, cookie]) => pathMatches(cookie.path, url.pathname))
      .map(([key, cookie]) => `${key.split(';')[0]}=${cookie.value}`)
      .join('; ');
  }

  /** Requests `url` without following redirects. */
  async request(url: string | URL, init: RequestInit = {}): Promise<Hop> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.#cookieHeader(target);
    if (cookie !== '') headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.#remember(response);
    const location = response.headers.get('location') ?? undefined;
    return {
      url: target,
      status: response.status,
      ...(location === undefined ? {} : { location: new URL(location, target).href }),
      body: await response.text(),
    };
  }

  /**
   * Follows redirects from `url` until a page answers without one, or the next location starts
   * with `stopAt` (the client's redirect URI, which nothing serves in a test).
   */
  async navigate(url: string | URL, stopAt: string, init: RequestInit = {}): Promise<Hop> {
    let hop = await this.request(url, init);
    for (let step = 0; step < 10; step += 1) {
      if (hop.location === undefined || hop.location.startsWith(stopAt)) return hop;
      hop = await this.request(hop.location);
    }
    throw new Error(`too many redirects from ${String(url)}`);
  }

  /** Submits the form whose action ends with `actionSuffix` on `page`, with `fields`. */
  async submitForm(
    page: Hop,
    actionSuffix: string,
    fields: Record<string, string>,
    stopAt: string,
  ): Promise<Hop> {
    const action = formAction(page.body, actionSuffix);
    return this.navigate(new URL(action, page.url), stopAt, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** The `action` of the POST form on `html` whose action ends with `suffix`. */
export function formAction(html: string, suffix: string): string {
  const actions = [...html.matchAll(/<form[^>]*\saction="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  const action = actions.find((candidate) => candidate.endsWith(suffix));
  if (action === undefined) throw new Error(`no form posting to …${suffix} in page`);
  return action.replaceAll('&amp;', '&');
}
