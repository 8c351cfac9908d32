/** Folding of names for search, shared by the store's writes and reads so both sides meet. */

/**
 * Lower-cases, strips accents, writes umlauts and their transcriptions the same way
 * ("Saarbrücken", "Saarbruecken", "saarbrucken" all fold to `saarbrucken`) and turns
 * punctuation into single spaces ("St. Wendel" → `st wendel`); "Sankt" is written "St." as in
 * Saarland's official names ("Sankt Wendel" → `st wendel`).
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/\bsankt\b/g, 'st')
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Escapes `%`, `_` and the escape character itself for a SQL `LIKE … ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** What a search by name looks through for an area: its name and its places (Ortsteile). */
export function areaSearchName(area: { name: string; places?: readonly string[] }): string {
  return foldForSearch([area.name, ...(area.places ?? [])].join(' · '));
}
