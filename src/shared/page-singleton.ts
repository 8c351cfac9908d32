/**
 * Page-wide singletons. They live on `globalThis` under `Symbol.for` keys, so two copies of the
 * library on one page (a CDN script and an npm bundle, or two versions) share them.
 */

/** The page's value under `saar-portal.<name>`, created by `create` the first time it is asked for. */
export function pageSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`saar-portal.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[key] ??= create());
}
