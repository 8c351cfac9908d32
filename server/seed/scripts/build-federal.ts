/**
 * Builds `server/seed/services/federal-pvog.json` from the PVOG export of federal services
 * (`server/seed/raw/pvog-federal-services.psv`): one service per LeiKa key, classified by the
 * keyword heuristics in `federal-heuristics.ts`.
 *
 * Run: `npx tsx server/seed/scripts/build-federal.ts`
 */
import * as z from 'zod/mini';
import {
  TRUST_LEVELS,
  UrlSchema,
  type OnlineService,
  type TrustLevel,
} from '../../../src/api/schemas/index.js';
import { SeedServiceSchema } from '../seed-schemas.js';
import {
  federalAddressees,
  federalLifeSituations,
  federalOffice,
  federalTopic,
  federalTrustLevel,
  type FederalServiceText,
} from './federal-heuristics.js';
import { readPsv, required, writeSeedJson } from './raw-files.js';

/** A service as written to the file: defaults (`hasPortalForm: false`, `{}`) left out. */
type SeedServiceRecord = z.input<typeof SeedServiceSchema>;

/** One row of the export: a service, repeated once per online service. */
interface PvogRow {
  id: string;
  leikaKey: string;
  name: string;
  citizenName: string;
  updated: string;
  onlineName: string;
  onlineUrl: string;
}

/** The export doubles quotes inside names (`""Hartz IV""`); German quotes read better. */
function cleanText(text: string): string {
  return text
    .replace(/""([^"]+)""/g, '„$1“')
    .replace(/\s+/g, ' ')
    .trim();
}

function readRows(): PvogRow[] {
  return readPsv('pvog-federal-services.psv').map((row) => ({
    id: required(row, 'ID-LB'),
    leikaKey: required(row, 'Leikaschlüssel'),
    name: cleanText(required(row, 'Name')),
    citizenName: cleanText(row['Name2'] ?? ''),
    updated: required(row, 'Updatedatum'),
    onlineName: cleanText(row['Bezeichnung OD'] ?? ''),
    onlineUrl: (row['Links'] ?? '').trim(),
  }));
}

/** "20.01.2025 00:48" → "2025-01-20". */
function isoDate(text: string): string {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})/.exec(text);
  if (!match) throw new Error(`Unexpected date ${text}`);
  return `${match[3]}-${match[2]}-${match[1]}`;
}

function lowestTrustLevel(levels: TrustLevel[]): TrustLevel | undefined {
  return [...levels].sort((a, b) => TRUST_LEVELS.indexOf(a) - TRUST_LEVELS.indexOf(b))[0];
}

let skippedLinks = 0;

function toService(rows: PvogRow[]): SeedServiceRecord {
  const [first] = rows;
  if (first === undefined) throw new Error('No rows');
  const name = first.citizenName || first.name;
  const links = rows.filter((row) => row.onlineUrl !== '');
  const text: FederalServiceText = {
    names: `${name} ${first.name}`,
    online: links.map((row) => `${row.onlineName} ${row.onlineUrl}`).join(' '),
  };
  const topicField = federalTopic(text);
  const addressees = federalAddressees(text, topicField);
  const seenUrls = new Set<string>();
  const onlineServices: Omit<OnlineService, 'hasPortalForm'>[] = [];
  for (const row of links) {
    if (seenUrls.has(row.onlineUrl)) continue;
    seenUrls.add(row.onlineUrl);
    if (!UrlSchema.safeParse(row.onlineUrl).success) {
      skippedLinks += 1;
      continue;
    }
    const onlineName = row.onlineName || name;
    onlineServices.push({
      name: { de: onlineName },
      url: row.onlineUrl,
      trustLevel: federalTrustLevel(text, { name: onlineName, url: row.onlineUrl }, addressees),
    });
  }
  const onlineTrustLevel = lowestTrustLevel(onlineServices.map((service) => service.trustLevel));
  const lifeSituations = federalLifeSituations(text, addressees);
  const record: SeedServiceRecord = {
    // Derived from the LeiKa key, not the PVOG's `ID-LB` (still in raw/): its digits repeat the
    // key, which costs the compressed catalogue next to nothing (decision 0040).
    id: `pvog-${first.leikaKey}`,
    leikaKey: first.leikaKey,
    name: { de: name },
    ...(first.name === name ? {} : { keywords: { de: [first.name] } }),
    addressees,
    topicField,
    ...(lifeSituations.length === 0 ? {} : { lifeSituations }),
    level: 'federal',
    office: federalOffice(text),
    ...(onlineTrustLevel === undefined ? {} : { onlineTrustLevel }),
    texts: {},
    ...(onlineServices.length === 0 ? {} : { onlineServices }),
    updatedAt: isoDate(first.updated),
  };
  z.parse(SeedServiceSchema, record);
  return record;
}

function buildFederalServices(): SeedServiceRecord[] {
  const byLeika = new Map<string, PvogRow[]>();
  for (const row of readRows()) {
    const rows = byLeika.get(row.leikaKey) ?? [];
    if (rows[0] !== undefined && rows[0].id !== row.id) {
      throw new Error(`LeiKa key ${row.leikaKey} has two ids: ${rows[0].id}, ${row.id}`);
    }
    rows.push(row);
    byLeika.set(row.leikaKey, rows);
  }
  const services = [...byLeika.values()].map(toService);
  if (skippedLinks > 0) console.log(`skipped ${skippedLinks} online-service links that are no URL`);
  return services.sort((a, b) => a.leikaKey.localeCompare(b.leikaKey));
}

writeSeedJson('services/federal-pvog.json', buildFederalServices(), true);
