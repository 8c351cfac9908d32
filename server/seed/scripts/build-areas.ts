/**
 * Builds `server/seed/areas.json`: the state, its 6 districts and 52 municipalities with their
 * postcodes, from the raw Destatis, XRepository and GeoNames files in `server/seed/raw/`.
 *
 * Postcodes of a municipality: its town hall's postcode, plus every postcode whose GeoNames
 * place is the municipality itself or one of its known Ortsteile, within the same Landkreis.
 * Company ("Großkunden") postcodes name a company instead of a place and so never match.
 * Places of a municipality: the same Ortsteile, by which citizens find their town ("Dudweiler"
 * → Saarbrücken, see docs/data-sources.md).
 *
 * Run: `npx tsx server/seed/scripts/build-areas.ts`
 */
import * as z from 'zod/mini';
import { AreaSchema, type Area } from '../../../src/api/schemas/index.js';
import { readDistricts, readMunicipalities, type Municipality } from './municipalities.js';
import { normalizePlace } from './names.js';
import { ORTSTEILE } from './ortsteile.js';
import { readCsv, required, writeSeedJson } from './raw-files.js';

const STATE: Area = { ars: '10', name: 'Saarland', type: 'state', postcodes: [] };

/** Place names (normalized) per district key → the municipality they belong to. */
function placeIndex(municipalities: Municipality[]): Map<string, Municipality> {
  const index = new Map<string, Municipality>();
  for (const municipality of municipalities) {
    const names = [municipality.name, ...(ORTSTEILE[municipality.ags] ?? [])];
    for (const name of names) {
      const key = `${municipality.district.key}|${normalizePlace(name)}`;
      const other = index.get(key);
      if (other !== undefined && other !== municipality) {
        throw new Error(`Place ${name} is ambiguous: ${other.name} and ${municipality.name}`);
      }
      index.set(key, municipality);
    }
  }
  return index;
}

/** Postcodes per AGS from the GeoNames rows whose place clearly is a municipality or Ortsteil. */
function postcodesByMunicipality(municipalities: Municipality[]): Map<string, Set<string>> {
  const index = placeIndex(municipalities);
  const result = new Map(municipalities.map((m) => [m.ags, new Set([m.townHall.zip])]));
  const skipped: string[] = [];
  for (const row of readCsv('saarland-postcodes.csv')) {
    const zip = required(row, 'zipcode');
    const place = required(row, 'place');
    const municipality = index.get(`${required(row, 'community_code')}|${normalizePlace(place)}`);
    if (municipality === undefined) skipped.push(`${zip} ${place}`);
    else result.get(municipality.ags)?.add(zip);
  }
  console.log(`skipped ${skipped.length} postcode rows that name no municipality (companies)`);
  return result;
}

/** Checks the municipalities against the official regional-key code list. */
function checkAgainstCodeList(municipalities: Municipality[]): void {
  const listed = new Set(readCsv('saarland-regional-keys.csv').map((row) => required(row, 'ars')));
  for (const municipality of municipalities) {
    if (!listed.has(municipality.ars)) {
      throw new Error(`${municipality.name}: ARS ${municipality.ars} not in the code list`);
    }
    if (municipality.ars.slice(0, 5) + municipality.ars.slice(9) !== municipality.ags) {
      throw new Error(
        `${municipality.name}: ARS ${municipality.ars} does not fit AGS ${municipality.ags}`,
      );
    }
  }
}

function buildAreas(): Area[] {
  const districts = readDistricts();
  const municipalities = readMunicipalities(districts);
  if (districts.length !== 6 || municipalities.length !== 52) {
    throw new Error(`Expected 6 districts and 52 municipalities`);
  }
  checkAgainstCodeList(municipalities);
  const postcodes = postcodesByMunicipality(municipalities);
  const districtAreas = districts.map((district): Area => ({
    ars: district.key,
    name: district.name,
    type: 'district',
    postcodes: [],
    parentArs: STATE.ars,
    parentName: STATE.name,
  }));
  const municipalityAreas = municipalities.map((municipality): Area => ({
    ars: municipality.ars,
    ags: municipality.ags,
    name: municipality.name,
    type: 'municipality',
    postcodes: [...(postcodes.get(municipality.ags) ?? [])].sort(),
    parentArs: municipality.district.key,
    parentName: municipality.district.name,
    places: [...(ORTSTEILE[municipality.ags] ?? [])],
  }));
  return [STATE, ...districtAreas, ...municipalityAreas].map((area) => z.parse(AreaSchema, area));
}

writeSeedJson('areas.json', buildAreas());
