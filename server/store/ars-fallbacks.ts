/** The keys to try for an area's routes, most specific first: municipality, district, state. */
export function arsFallbacks(ars: string): string[] {
  const keys = [ars];
  if (ars.length === 12) keys.push(ars.slice(0, 5));
  if (ars.length >= 5) keys.push(ars.slice(0, 2));
  return keys;
}
