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

/**
 * Chooses the online application: the portal's own form goes through the webmaster's template
 * (or only the event, when there is none); an external online service keeps its own link.
 */
export function applyTarget(
  service: Service,
  template: string | undefined,
  ars: string | undefined,
  pageUrl: string,
): ApplyTarget | undefined {
  const online = service.onlineServices[0];
  if (!online) return undefined;
  if (online.hasPortalForm || !online.url) {
    const href = template
      ? expandApplyTemplate(
          template,
          { serviceId: service.id, leikaKey: service.leikaKey, ars },
          pageUrl,
        )
      : undefined;
    return { href, trustLevel: online.trustLevel };
  }
  return { href: online.url, trustLevel: online.trustLevel };
}
