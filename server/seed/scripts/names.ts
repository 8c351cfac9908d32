/** Display names, slugs and name matching for Saarland's areas. */

/**
 * The display name of a municipality from its official directory name:
 * "Saarbrücken, Landeshauptstadt" → "Saarbrücken", "Sulzbach/ Saar, Stadt" → "Sulzbach/Saar".
 */
export function municipalityDisplayName(officialName: string): string {
  const [base = officialName] = officialName.split(',');
  return base.replace(/\/\s+/g, '/').trim();
}

/** The display name of a district: "Merzig-Wadern" (Landkreis) → "Landkreis Merzig-Wadern". */
export function districtDisplayName(name: string, type: string): string {
  if (type !== 'landkreis' || /kreis/i.test(name)) return name;
  return `Landkreis ${name}`;
}

/** A place name reduced for comparison: lower case, "Sankt" as "St.", without "/Saar". */
export function normalizePlace(name: string): string {
  return name
    .toLowerCase()
    .replace(/\bsankt\s+/g, 'st. ')
    .replace(/\s*\/\s*saar\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A lowercase ASCII slug: "St. Ingbert" → "st-ingbert", "Überherrn" → "ueberherrn". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
