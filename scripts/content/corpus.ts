/**
 * Every citizen-facing text of the project in one list, German beside its translations: the
 * seed's services, authorities, competence rules and life situations, the form definitions, and
 * the UI strings in `xliff/`. The content checks (`scripts/content/*.ts`, run by
 * `test/content/`) read this list; nothing else does.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The languages a German text is translated into. */
export const TARGET_LOCALES = ['en', 'fr', 'de-x-ls'] as const;
/** A language a German text is translated into. */
export type TargetLocale = (typeof TARGET_LOCALES)[number];

/** What a reader sees together, and so where a term must be explained once. */
export type Scope = 'service' | 'form' | 'ui' | 'authority' | 'competence' | 'life-situation';

/** One text in German and its translations. */
export interface TextEntry {
  /** File (relative to the repository) and path inside it, for messages. */
  where: string;
  file: string;
  scope: Scope;
  /** The unit a reader sees at once: a service, a form, one UI string, one authority. */
  unit: string;
  /** `keywords` are search terms, not sentences: only typography applies to them. */
  kind: 'prose' | 'keywords';
  de: string;
  texts: Partial<Record<TargetLocale, string>>;
}

/** This checkout; `loadCorpus(root)` reads another one (to compare against main, say). */
const ROOT = new URL('../../', import.meta.url);
const SEED = 'server/seed';

const readJson = (file: string, root: URL): unknown =>
  JSON.parse(readFileSync(new URL(file, root), 'utf8'));

type Json = unknown;
const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A language map: German plus at least one translation. */
function asLanguageMap(value: Json): { de: string; texts: TextEntry['texts'] } | undefined {
  if (!isRecord(value) || typeof value.de !== 'string') return undefined;
  const texts: TextEntry['texts'] = {};
  for (const locale of TARGET_LOCALES) {
    const text = value[locale];
    if (typeof text === 'string') texts[locale] = text;
  }
  return { de: value.de, texts };
}

/** A language list map (search terms): lists per language, joined for the checks. */
function asKeywordMap(value: Json): { de: string; texts: TextEntry['texts'] } | undefined {
  if (!isRecord(value)) return undefined;
  const join = (list: Json) =>
    Array.isArray(list) && list.every((item) => typeof item === 'string')
      ? list.join(' · ')
      : undefined;
  const texts: TextEntry['texts'] = {};
  for (const locale of TARGET_LOCALES) {
    const text = join(value[locale]);
    if (text !== undefined) texts[locale] = text;
  }
  return { de: join(value.de) ?? '', texts };
}

/** Collects every language map below `value` (depth first, in document order). */
function collectMaps(
  value: Json,
  path: string[],
  visit: (path: string[], map: { de: string; texts: TextEntry['texts'] }, key: string) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectMaps(item, [...path, String(index)], visit));
    return;
  }
  if (!isRecord(value)) return;
  const map = asLanguageMap(value);
  if (map !== undefined) {
    visit(path, map, path.at(-1) ?? '');
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'keywords') {
      const keywords = asKeywordMap(child);
      if (keywords !== undefined) visit([...path, key], keywords, key);
      continue;
    }
    collectMaps(child, [...path, key], visit);
  }
}

function entriesOf(
  root: URL,
  file: string,
  scope: Scope,
  unitOf: (record: Json, index: number) => string,
) {
  const data = readJson(file, root);
  const records = Array.isArray(data) ? data : [data];
  return records.flatMap((record, index) => {
    const unit = `${scope}:${unitOf(record, index)}`;
    const entries: TextEntry[] = [];
    collectMaps(record, [], (path, map, key) => {
      if (Object.keys(map.texts).length === 0 && key !== 'keywords') return;
      entries.push({
        where: `${file} › ${unitOf(record, index)} › ${path.join('.')}`,
        file,
        scope,
        unit,
        kind: key === 'keywords' ? 'keywords' : 'prose',
        ...map,
      });
    });
    return entries;
  });
}

const recordId = (key: string) => (record: Json, index: number) =>
  isRecord(record) && typeof record[key] === 'string' ? record[key] : `#${index}`;

/** The authored service files (the PVOG export carries German only). */
export function serviceFiles(root: URL = ROOT): string[] {
  return readdirSync(new URL(`${SEED}/services/`, root))
    .filter((name) => name.startsWith('authored-') && name.endsWith('.json'))
    .sort()
    .map((name) => `${SEED}/services/${name}`);
}

/** The form definitions. */
export function formFiles(root: URL = ROOT): string[] {
  return readdirSync(new URL(`${SEED}/forms/`, root))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${SEED}/forms/${name}`);
}

const XML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
/** XLIFF text as a reader sees it: entities resolved, placeholders as `{0}`. */
export function xliffText(xml: string): string {
  return xml
    .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_whole, name: string) => XML_ENTITIES[name] ?? '');
}

/** The UI strings: source from one XLIFF file, each target from its own. */
export function uiEntries(root: URL = ROOT): TextEntry[] {
  const byId = new Map<string, TextEntry>();
  for (const locale of TARGET_LOCALES) {
    const file = `xliff/${locale}.xlf`;
    const xml = readFileSync(new URL(file, root), 'utf8');
    const unit =
      /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g;
    for (const match of xml.matchAll(unit)) {
      const [, id = '', source = '', target] = match;
      let entry = byId.get(id);
      if (entry === undefined) {
        entry = {
          where: `xliff › ${id}`,
          file: 'xliff',
          scope: 'ui',
          unit: `ui:${id}`,
          kind: 'prose',
          de: xliffText(source),
          texts: {},
        };
        byId.set(id, entry);
      }
      if (target !== undefined) entry.texts[locale] = xliffText(target);
    }
  }
  return [...byId.values()];
}

/** Every text: services, forms, authorities, competence rules, life situations, UI strings. */
export function loadCorpus(root: URL = ROOT): TextEntry[] {
  return [
    ...serviceFiles(root).flatMap((file) => entriesOf(root, file, 'service', recordId('id'))),
    ...formFiles(root).flatMap((file) => entriesOf(root, file, 'form', recordId('serviceId'))),
    ...entriesOf(root, `${SEED}/authorities.json`, 'authority', recordId('destinationId')),
    ...entriesOf(root, `${SEED}/competences.json`, 'competence', recordId('id')),
    ...entriesOf(root, `${SEED}/life-situations.json`, 'life-situation', recordId('code')),
    ...uiEntries(root),
  ];
}
