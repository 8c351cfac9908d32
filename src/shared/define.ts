/**
 * Custom element registration that tolerates a second copy of the library on the page.
 */
import { DEV_MODE } from './dev-mode.js';
import { pageSingleton } from './page-singleton.js';
import { VERSION } from './version.js';

/** Tag → version of the library that registered it, shared by every copy on the page. */
const registeredVersions = pageSingleton('registered-versions', () => new Map<string, string>());
const warned = new Set<string>();

/**
 * Registers `element` as `tag` unless the tag is taken. A tag taken by another copy of this
 * library is normal (two bundles on one page) and skipped silently, unless that copy is another
 * version: then development builds warn once, because the page runs whichever loaded first.
 * Returns whether this call registered the tag.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): boolean {
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, element);
    registeredVersions.set(tag, VERSION);
    return true;
  }
  if (existing !== element && DEV_MODE && !warned.has(tag)) {
    const otherVersion = registeredVersions.get(tag);
    if (otherVersion !== VERSION) {
      warned.add(tag);
      const owner = otherVersion ? `version ${otherVersion} of saar-portal` : 'another script';
      console.warn(
        `saar-portal: <${tag}> is already registered by ${owner}; ` +
          `this copy (${VERSION}) is not used. Load the library once per page.`,
      );
    }
  }
  return false;
}
