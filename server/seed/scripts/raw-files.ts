/** Reading the raw source files under `server/seed/raw/` and writing generated seed JSON. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/** The seed directory (`server/seed/`). */
export const SEED_DIR = new URL('../', import.meta.url);

/** A raw file's URL by name. */
export function rawFile(name: string): URL {
  return new URL(`raw/${name}`, SEED_DIR);
}

/** Splits one CSV line into fields (RFC 4180 quoting; no line breaks inside fields). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** Rows of a delimited text keyed by its header line. */
function toRecords(lines: string[][], source: string): Record<string, string>[] {
  const [header, ...rows] = lines;
  if (header === undefined) throw new Error(`${source}: empty file`);
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new Error(
        `${source} row ${index + 2}: ${row.length} fields, expected ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((name, column) => [name, row[column] ?? '']));
  });
}

function nonEmptyLines(name: string): string[] {
  return readFileSync(rawFile(name), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** Reads a raw CSV file into records keyed by its header. */
export function readCsv(name: string): Record<string, string>[] {
  return toRecords(nonEmptyLines(name).map(splitCsvLine), name);
}

/** Reads a raw pipe-separated file (no quoting) into records keyed by its header. */
export function readPsv(name: string): Record<string, string>[] {
  return toRecords(
    nonEmptyLines(name).map((line) => line.split('|')),
    name,
  );
}

/** Reads a raw NDJSON file. */
export function readNdjson(name: string): unknown[] {
  return nonEmptyLines(name).map((line) => JSON.parse(line) as unknown);
}

/**
 * Writes generated seed JSON. `onePerLine` keeps big arrays compact and diffable: one record per
 * line instead of one value per line.
 */
export function writeSeedJson(path: string, data: unknown[], onePerLine = false): void {
  const file = new URL(path, SEED_DIR);
  const text = onePerLine
    ? `[\n${data.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`
    : `${JSON.stringify(data, null, 2)}\n`;
  writeFileSync(file, text);
  console.log(`wrote ${relative(process.cwd(), fileURLToPath(file))} (${data.length} records)`);
}

/** A required column value; throws naming the column when it is empty. */
export function required(record: Record<string, string>, column: string): string {
  const value = record[column]?.trim();
  if (!value) throw new Error(`Missing ${column} in ${JSON.stringify(record)}`);
  return value;
}
