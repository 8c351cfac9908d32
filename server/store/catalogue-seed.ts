/**
 * Turns the seed data (`server/seed/`) into what a store writes: validated services with their
 * compact summaries, areas, forms, and every service's responsibility resolved once per
 * municipality, stored at the highest area level where all municipalities below agree.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import {
  AreaSchema,
  FormDefinitionSchema,
  LifeSituationSchema,
  NotOfferedSchema,
  RouteSchema,
  ServiceSchema,
  ServiceSummarySchema,
  TRUST_LEVELS,
  type Area,
  type FormDefinition,
  type LifeSituation,
  type Service,
  type ServiceSummary,
} from '../../src/api/schemas/index.js';
import type { CatalogueSeed, Responsibility } from './portal-store.js';

/** What the seed module provides (`server/seed/index.ts`); `S` is its service type. */
export interface SeedSource<S extends Service = Service> {
  lifeSituations: readonly LifeSituation[];
  /** Services; seed-only keys (such as `office`) are stripped from what is stored. */
  services: readonly S[];
  areas: readonly Area[];
  forms: readonly FormDefinition[];
  /** Who is responsible for a service in a municipality (12-digit ARS). */
  resolveResponsibility(service: S, municipalityArs: string): Responsibility;
}

/**
 * The compact catalogue entry of a service: what the browser searches and lists, nothing more.
 * The whole catalogue must stay small (about 60 kB gzip for ~1,150 services), so:
 * - no summary: it is shown in the detail (`GET /services/{id}`), not in the result list;
 * - PVOG services carry no keywords: theirs is the formal LeiKa designation ("… Bewilligung"),
 *   wording citizens do not type, which alone cost 13 kB gzip; the detail keeps it;
 * - defaults are left out (the client's schema fills them back in);
 * - the trust level of the easiest online service is given when the seed does not say.
 * `server/domain/catalogue-language.ts` trims names and keywords further per requested language.
 * See docs/decisions/0040-compact-catalogue.md.
 */
export function compactSummary(service: Service): ServiceSummary {
  const summary = z.parse(ServiceSummarySchema, service);
  const levels = service.onlineServices.map((online) => TRUST_LEVELS.indexOf(online.trustLevel));
  const onlineTrustLevel =
    summary.onlineTrustLevel ?? (levels.length > 0 ? TRUST_LEVELS[Math.min(...levels)] : undefined);
  const { keywords: allKeywords, lifeSituations, summary: _summary, ...rest } = summary;
  const keywords = isPvogService(service) ? {} : allKeywords;
  return {
    ...rest,
    ...(Object.keys(keywords).length > 0 ? { keywords } : {}),
    ...(lifeSituations.length > 0 ? { lifeSituations } : {}),
    ...(onlineTrustLevel === undefined ? {} : { onlineTrustLevel }),
  } as ServiceSummary;
}

/** Services taken from the federal PVOG export (ids `pvog-<LeiKa key>`). */
function isPvogService(service: Service): boolean {
  return service.id.startsWith('pvog-');
}

/** Groups `items` by `key`, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [item]);
    else group.push(item);
  }
  return groups;
}

/** An answer worth storing: a fallback to a wider area must not hide a "not offered" or an event place. */
function isInformative(responsibility: Responsibility): boolean {
  return (
    responsibility.routes.length > 0 ||
    responsibility.notOffered !== undefined ||
    responsibility.routedBy !== 'residence'
  );
}

/**
 * Resolves a service's responsibility for every municipality and folds equal answers upwards:
 * one row for the state when all municipalities agree, one per district where its
 * municipalities agree, else one per municipality. Answers that say nothing are not stored.
 */
function foldResponsibilities(
  service: Service,
  municipalities: readonly Area[],
  resolve: (ars: string) => Responsibility,
): CatalogueSeed['responsibilities'] {
  const answers = municipalities.map((area) => {
    const responsibility = resolve(area.ars);
    return { ars: area.ars, responsibility, json: JSON.stringify(responsibility) };
  });
  const stateKey = answers[0]?.ars.slice(0, 2);
  if (stateKey !== undefined && answers.every((answer) => answer.json === answers[0]!.json)) {
    const { responsibility } = answers[0]!;
    return isInformative(responsibility)
      ? [{ serviceId: service.id, ars: stateKey, responsibility }]
      : [];
  }
  return [...groupBy(answers, (answer) => answer.ars.slice(0, 5))].flatMap(([district, group]) => {
    const first = group[0]!;
    const agree = group.every((answer) => answer.json === first.json);
    const rows = agree ? [{ ars: district, responsibility: first.responsibility }] : group;
    return rows
      .filter((row) => isInformative(row.responsibility))
      .map((row) => ({ serviceId: service.id, ars: row.ars, responsibility: row.responsibility }));
  });
}

/** Validates the seed data and builds what a store writes. */
export function buildCatalogueSeed<S extends Service>(source: SeedSource<S>): CatalogueSeed {
  const lifeSituations = source.lifeSituations.map((item) => z.parse(LifeSituationSchema, item));
  const parsedServices = source.services.map((raw) => ({
    raw,
    service: z.parse(ServiceSchema, raw),
  }));
  const services = parsedServices.map(({ service }) => ({
    service,
    summary: compactSummary(service),
  }));
  const areas = source.areas.map((item) => z.parse(AreaSchema, item));
  const forms = source.forms.map((item) => z.parse(FormDefinitionSchema, item));
  const municipalities = areas.filter(
    (area) => area.type === 'municipality' && area.ars.length === 12,
  );

  // Many services share identical answers: validate each distinct answer once.
  const validated = new Map<string, Responsibility>();
  const validate = (raw: Responsibility): Responsibility => {
    const key = JSON.stringify(raw);
    let responsibility = validated.get(key);
    if (responsibility === undefined) {
      responsibility = {
        routes: raw.routes.map((route) => z.parse(RouteSchema, route)),
        routedBy: raw.routedBy,
        ...(raw.notOffered === undefined
          ? {}
          : { notOffered: z.parse(NotOfferedSchema, raw.notOffered) }),
      };
      validated.set(key, responsibility);
    }
    return responsibility;
  };
  // The resolver gets the service as the seed wrote it: it may need seed-only keys (`office`).
  const responsibilities = parsedServices.flatMap(({ raw, service }) =>
    foldResponsibilities(service, municipalities, (ars) =>
      validate(source.resolveResponsibility(raw, ars)),
    ),
  );

  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ lifeSituations, services, areas, forms, responsibilities }))
    .digest('base64url');
  return { fingerprint, lifeSituations, services, areas, forms, responsibilities };
}
