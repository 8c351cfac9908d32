/** Saarland's districts and municipalities from the raw Destatis files, in a typed shape. */
import { districtDisplayName, municipalityDisplayName } from './names.js';
import { readCsv, readNdjson, required } from './raw-files.js';

/** A Landkreis or the Regionalverband. */
export interface District {
  /** 5-digit key. */
  key: string;
  /** Display name ("Landkreis Saarlouis", "Regionalverband Saarbrücken"). */
  name: string;
  /** Name as the directory has it ("Saarlouis"). */
  shortName: string;
  /** Display name of the seat. */
  seat: string;
  type: 'landkreis' | 'regionalverband';
}

/** A postal address split into street and house number. */
export interface StreetAddress {
  street: string;
  houseNumber?: string;
  zip: string;
  city: string;
}

/** A municipality with its town hall. */
export interface Municipality {
  ags: string;
  ars: string;
  /** Display name ("Saarbrücken"). */
  name: string;
  /** Name in the directory ("Saarbrücken, Landeshauptstadt"). */
  officialName: string;
  district: District;
  /** The administration's name ("Landeshauptstadt Saarbrücken", "Gemeinde Perl"). */
  administration: string;
  townHall: StreetAddress;
}

interface DistrictLine {
  name: string;
  sitz: string;
  schlüssel: { nummer: string };
  typ: { name: string };
}

function isDistrictLine(value: unknown): value is DistrictLine {
  const line = value as Partial<DistrictLine> | null;
  return (
    typeof line?.name === 'string' &&
    typeof line.sitz === 'string' &&
    typeof line.schlüssel?.nummer === 'string' &&
    typeof line.typ?.name === 'string'
  );
}

/** The six districts from `saarland-districts.ndjson`. */
export function readDistricts(): District[] {
  return readNdjson('saarland-districts.ndjson').map((value) => {
    if (!isDistrictLine(value))
      throw new Error(`Unexpected district line ${JSON.stringify(value)}`);
    const type = value.typ.name;
    if (type !== 'landkreis' && type !== 'regionalverband') {
      throw new Error(`Unexpected district type ${type}`);
    }
    return {
      key: value.schlüssel.nummer,
      name: districtDisplayName(value.name, type),
      shortName: value.name,
      seat: municipalityDisplayName(value.sitz),
      type,
    };
  });
}

/** "Klosterplatz 2-3" → street "Klosterplatz", house number "2-3"; "Fabrikplatz" has none. */
export function splitStreet(text: string): { street: string; houseNumber?: string } {
  const match = /^(.*?)\s+(\d+\s*[a-z]?(?:\s*-\s*\d+\s*[a-z]?)?)$/i.exec(text.trim());
  if (match?.[1] && match[2])
    return { street: match[1], houseNumber: match[2].replace(/\s+/g, '') };
  return { street: text.trim() };
}

function splitZipCity(text: string): { zip: string; city: string } {
  const match = /^(\d{5})\s+(.+)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new Error(`Unexpected postcode and place "${text}"`);
  return { zip: match[1], city: match[2] };
}

/** The 52 municipalities from `saarland-municipalities.csv`, with their districts. */
export function readMunicipalities(districts: District[]): Municipality[] {
  const byKey = new Map(districts.map((district) => [district.key, district]));
  return readCsv('saarland-municipalities.csv').map((row) => {
    const districtKey = required(row, 'kreis_schluessel');
    const district = byKey.get(districtKey);
    if (district === undefined) throw new Error(`Unknown district ${districtKey}`);
    const officialName = required(row, 'name');
    return {
      ags: required(row, 'ags'),
      ars: required(row, 'ars'),
      name: municipalityDisplayName(officialName),
      officialName,
      district,
      administration: required(row, 'verwaltung'),
      townHall: {
        ...splitStreet(required(row, 'strasse')),
        ...splitZipCity(required(row, 'plz_ort')),
      },
    };
  });
}
