/**
 * What the webmaster reads in the browser's console when the page's setup is wrong: one clear
 * line per problem and page, naming the attribute (or header) and the fix. Citizens never see
 * these; they see something true and the way forward. Every message is listed, with its fix, in
 * docs/service-finder.md ("When something is wrong").
 */
import { pageSingleton } from './page-singleton.js';

const told = pageSingleton('webmaster-told', () => new Set<string>());

/** Logs `message` for the webmaster once per page (`warn`: the widget still works). */
export function tellWebmaster(message: string, level: 'error' | 'warn' = 'error'): void {
  if (told.has(message)) return;
  told.add(message);
  console[level](`saar-portal: ${message}`);
}

/** Where an API base's path goes wrong in a way we can mend, and how. */
export function mendApiBase(base: URL, source: string): URL {
  const path = base.pathname;
  if (/\/api\/v1\/?$/.test(path)) return base;
  // The portal's root or its /cdn/ folder: the API is at /api/v1/ of the same origin.
  const mendable =
    path === '/' ||
    /^\/api\/?$/.test(path) ||
    /\/cdn\/(?:\d[^/]*\/)?(?:saar-portal\.js)?$/.test(path);
  if (!mendable) return base;
  const mended = new URL('/api/v1/', base);
  tellWebmaster(
    `${source} is ${base.href}, which is not the portal API; using ${mended.href}. Write the API's address, ending in /api/v1/.`,
    'warn',
  );
  return mended;
}
