/**
 * The two parts a finder loads the catalogue in (decision 0090): first the services the portal
 * curates, which hold nearly every top result and a fifth of the bytes; the long tail (the
 * federal PVOG import: German names, no description) once the citizen starts to search. The
 * server splits by this rule; `GET /services?part=` names the part.
 */

/** The parts of the catalogue, in the order a finder loads them. */
export const CATALOGUE_PARTS = ['curated', 'long-tail'] as const;

/** A part of the catalogue. */
export type CataloguePart = (typeof CATALOGUE_PARTS)[number];

/** What the rule reads of a service (its full record, before a language trims it). */
export interface CurationSigns {
  summary?: unknown;
  name: Readonly<Record<string, unknown>>;
  keywords?: Readonly<Record<string, unknown>>;
}

/**
 * Whether the portal curates a service: it describes it (a summary) or translates it (a name or
 * search terms in a language besides German). The rest is the imported long tail.
 */
export function isCuratedService(service: CurationSigns): boolean {
  return (
    service.summary !== undefined ||
    Object.keys(service.name).some((language) => language !== 'de') ||
    Object.keys(service.keywords ?? {}).some((language) => language !== 'de')
  );
}

/** The part of the catalogue a service belongs to. */
export function cataloguePartOf(service: CurationSigns): CataloguePart {
  return isCuratedService(service) ? 'curated' : 'long-tail';
}
