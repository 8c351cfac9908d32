/**
 * A tiny browser stand-in for OIDC tests: keeps cookies (name, path, expiry), follows redirects
 * one by one so a test can stop at the client's redirect URI, and submits HTML forms.
 */

interface StoredCookie {
  value: string;
  path: string;
  /** Set with Expires or Max-Age: it outlives the browser session. */
  persistent: boolean;
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
  /** The response's Content-Security-Policy, if any. */
  contentSecurityPolicy?: string;
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
      let persistent = false;
      for (const attribute of attributes) {
        const [key = '', attributeValue = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = attributeValue;
        if (key.toLowerCase() === 'expires') {
          persistent = true;
          if (Date.parse(attributeValue) <= Date.now()) expired = true;
        }
        if (key.toLowerCase() === 'max-age') {
          persistent = true;
          if (Number(attributeValue) <= 0) expired = true;
        }
      }
      const key = `${name};${path}`;
      if (expired || value === '') this.#cookies.delete(key);
      else this.#cookies.set(key, { value, path, persistent });
    }
  }

  #cookieHeader(url: URL): string {
    return [...this.#cookies.entries()]
      .filter(([, cookie]) => pathMatches(cookie.path, url.pathname))
      .map(([key, cookie]) => `${key.split(';')[0]}=${cookie.value}`)
      .join('; ');
  }

  /** The cookies held now: name, path and whether they outlive the browser session. */
  cookies(): Array<{ name: string; path: string; persistent: boolean }> {
    return [...this.#cookies.entries()].map(([key, cookie]) => ({
      name: key.split(';')[0] ?? '',
      path: cookie.path,
      persistent: cookie.persistent,
    }));
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
    const policy = response.headers.get('content-security-policy') ?? undefined;
    return {
      url: target,
      status: response.status,
      ...(location === undefined ? {} : { location: new URL(location, target).href }),
      ...(policy === undefined ? {} : { contentSecurityPolicy: policy }),
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

  /**
   * Submits the form whose action ends with `actionSuffix` on `page`: its hidden inputs plus
   * `fields`, as a browser would.
   */
  async submitForm(
    page: Hop,
    actionSuffix: string,
    fields: Record<string, string>,
    stopAt: string,
  ): Promise<Hop> {
    const form = findForm(page.body, actionSuffix);
    return this.navigate(new URL(form.action, page.url), stopAt, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form.hidden, ...fields }).toString(),
    });
  }
}

function unescapeHtml(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The form on `html` whose action ends with `suffix`: its action and hidden inputs. */
export function findForm(
  html: string,
  suffix: string,
): { action: string; hidden: Record<string, string> } {
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const action = unescapeHtml(/\saction="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? '');
    if (!action.endsWith(suffix)) continue;
    const hidden: Record<string, string> = {};
    for (const input of (match[2] ?? '').matchAll(/<input\b[^>]*>/g)) {
      const tag = input[0];
      if (!/\stype="hidden"/.test(tag)) continue;
      const name = /\sname="([^"]*)"/.exec(tag)?.[1];
      if (name !== undefined) hidden[name] = unescapeHtml(/\svalue="([^"]*)"/.exec(tag)?.[1] ?? '');
    }
    return { action, hidden };
  }
  throw new Error(`no form posting to …${suffix} in page`);
}
