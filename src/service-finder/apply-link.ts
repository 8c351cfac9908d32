/** Where "Online beantragen" leads: the webmaster's URL template or the service's own link. */
import type { Service } from '../api/schemas/service.js';

/** Values a URL template may use: `{serviceId}`, `{leikaKey}`, `{ars}`. */
export interface ApplyLinkValues {
  serviceId: string;
  leikaKey: string;
  ars?: string | undefined;
}

/**
 * Fills a template such as `/antrag.html?service={serviceId}&ars={ars}` relative to the page.
 * Each value is URL-encoded, so catalogue data can never change the link's structure; only http(s)
 * results are returned, so a template can never become a `javascript:` link.
 */
export function expandApplyTemplate(
  template: string,
  values: ApplyLinkValues,
  pageUrl: string,
): string | undefined {
  const filled = template.replace(
    /\{(serviceId|leikaKey|ars)\}/g,
    (_, name: keyof ApplyLinkValues) => encodeURIComponent(values[name] ?? ''),
  );
  try {
    const url = new URL(filled, pageUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The online application for a service, if any: where it leads and the trust level it needs. */
export interface ApplyTarget {
  href: string | undefined;
  trustLevel: Service['onlineServices'][number]['trustLevel'];
}

/** Where the links of `applyTarget` may lead. */
export interface ApplyLinks {
  /** The webmaster's URL template (`apply-url`), if any. */
  template: string | undefined;
  /** The citizen's town. */
  ars: string | undefined;
  /** The page the widget is on (templates are relative to it). */
  pageUrl: string;
  /** The portal's own application page (`https://portal…/antrag/`), for forms without a template. */
  portalPage: string;
}

/** The query of the portal's application page: which service, and the town when known. */
const PORTAL_PAGE_QUERY = 'service={serviceId}&ars={ars}';

/**
 * Chooses the online application: the portal's own form goes through the webmaster's template,
 * else to the portal's own application page; an external online service keeps its own link.
 */
export function applyTarget(service: Service, links: ApplyLinks): ApplyTarget | undefined {
  const online = service.onlineServices[0];
  if (!online) return undefined;
  if (online.hasPortalForm || !online.url) {
    const values = { serviceId: service.id, leikaKey: service.leikaKey, ars: links.ars };
    const href =
      (links.template ? expandApplyTemplate(links.template, values, links.pageUrl) : undefined) ??
      expandApplyTemplate(
        `${links.portalPage}?${links.ars ? PORTAL_PAGE_QUERY : 'service={serviceId}'}`,
        values,
        links.pageUrl,
      );
    return { href, trustLevel: online.trustLevel };
  }
  return { href: online.url, trustLevel: online.trustLevel };
}
