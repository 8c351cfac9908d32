/**
 * The CDN entry's checks of the page's setup, for the webmaster: one console line per problem,
 * naming what to change. They run before any widget code is fetched, because the problems they
 * find are the ones that stop it from arriving or running: a script tag without
 * `type="module"`, a Content-Security-Policy that blocks the portal's files or API, a Trusted
 * Types policy list without `lit-html`. Citizens see none of this.
 *
 * Like the loader, this module stays in the entry (see rollup.config.mjs) and imports nothing;
 * it also uses no `import.meta`, so the entry still works when loaded as a classic script.
 */

const PREFIX = 'saar-portal: ';

/** The portal's origin: where the entry script was loaded from, if the page says. */
function portalOrigin(script: HTMLOrSVGScriptElement | null): string | undefined {
  const element =
    script instanceof HTMLScriptElement
      ? script
      : document.querySelector<HTMLScriptElement>('script[src*="saar-portal.js"]');
  try {
    return element?.src ? new URL(element.src).origin : undefined;
  } catch {
    return undefined;
  }
}

/** What the webmaster should change for a CSP violation, if it concerns the widgets. */
export function adviceFor(
  event: Pick<SecurityPolicyViolationEvent, 'effectiveDirective' | 'blockedURI' | 'sample'>,
  portal: string | undefined,
): string | undefined {
  const directive = event.effectiveDirective;
  if (directive === 'trusted-types' && /^lit-html\b/.test(event.sample)) {
    return (
      'your Content-Security-Policy lists Trusted Types policies without "lit-html", the one the ' +
      "widgets create: add it (trusted-types lit-html 'allow-duplicates' …your own policies)."
    );
  }
  let blocked: URL;
  try {
    blocked = new URL(event.blockedURI);
  } catch {
    return undefined;
  }
  if (portal === undefined || blocked.origin !== portal) return undefined;
  if (directive === 'script-src' || directive === 'script-src-elem') {
    return `your Content-Security-Policy blocks the widgets' code at ${portal}: add ${portal} to script-src.`;
  }
  if (directive === 'connect-src') {
    return `your Content-Security-Policy blocks the portal API at ${portal}: add ${portal} to connect-src.`;
  }
  return undefined;
}

/**
 * Checks how the entry was loaded, and watches for CSP violations that concern the widgets.
 * `script` is `document.currentScript` as the entry saw it (set only for a classic script).
 */
export function checkPageSetup(script: HTMLOrSVGScriptElement | null): void {
  if (script instanceof HTMLScriptElement && script.type !== 'module') {
    console.warn(
      `${PREFIX}load saar-portal.js with <script type="module" src="…">: as a classic script it ` +
        'blocks your page while it loads (it works, but the widgets and your page start later).',
    );
  }
  const portal = portalOrigin(script);
  const told = new Set<string>();
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const advice = adviceFor(event, portal);
      if (advice === undefined || told.has(advice)) return;
      told.add(advice);
      console.error(PREFIX + advice);
    },
    true,
  );
}
