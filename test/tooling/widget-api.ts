/**
 * What a widget really has, read from its code, for the manifest test to hold its docs against:
 * the `--saar-*` custom properties its styles read, and the parts, events and slots its sources
 * render. Parts, events and slots come from the widget's module and every module it imports
 * (type-only imports aside), since shared renderers (`ui/feedback.ts`, `ui/field/…`, the
 * combobox) bring parts of their own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CSSResultGroup } from 'lit';
import { tokenStyles } from '../../src/shared/tokens.js';

/** Every style sheet text of a `static styles` value, nested arrays flattened. */
function sheets(styles: CSSResultGroup): { sheet: unknown; text: string }[] {
  if (Array.isArray(styles)) return styles.flatMap((entry: CSSResultGroup) => sheets(entry));
  // Widgets use Lit's `css`; a native sheet would be read as empty, so it fails instead.
  if (!('cssText' in styles)) throw new Error('a native CSSStyleSheet: read its rules here first');
  return [{ sheet: styles, text: styles.cssText }];
}

const withoutCssComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** What the token sheet turns into what: private `--_saar-<x>` ← public `--saar-<y>`. */
function tokenHooks(): Map<string, string> {
  const text = withoutCssComments(tokenStyles.cssText);
  const hooks = new Map<string, string>();
  for (const [, own, page] of text.matchAll(
    /--_saar-([a-z0-9-]+)\s*:\s*var\(\s*--saar-([a-z0-9-]+)/g,
  ))
    hooks.set(own!, `--saar-${page!}`);
  return hooks;
}

/** The result of reading a widget's styles. */
export interface StyleReads {
  /** Page-level `--saar-*` properties the styles read (directly or through their private twin). */
  read: Set<string>;
  /** Private `--_saar-*` properties read that neither the tokens nor the styles themselves set. */
  unset: Set<string>;
  /** Whether the styles include the token sheet at all. */
  hasTokens: boolean;
}

/**
 * Which `--saar-*` properties the styles read. The token sheet reads every public property (it
 * maps each onto its private twin), so it is left out; the other sheets' `var(--_saar-<x>)`
 * count as reading the public property the token sheet maps onto `--_saar-<x>`, and a
 * `var(--saar-<x>)` as reading `--saar-<x>` itself. Private properties the styles declare
 * themselves (`--_saar-base`) are internal, not a page's hooks.
 */
export function stylesRead(styles: CSSResultGroup): StyleReads {
  const hooks = tokenHooks();
  const all = sheets(styles);
  const others = all
    .filter(({ sheet }) => sheet !== tokenStyles)
    .map(({ text }) => withoutCssComments(text));
  const declared = new Set(
    others.flatMap((text) => [...text.matchAll(/(--_saar-[a-z0-9-]+)\s*:/g)].map((m) => m[1]!)),
  );
  const read = new Set<string>();
  const unset = new Set<string>();
  for (const text of others) {
    for (const [, underscore, name] of text.matchAll(/var\(\s*--(_?)saar-([a-z0-9-]+)/g)) {
      if (!underscore) read.add(`--saar-${name!}`);
      else if (hooks.has(name!)) read.add(hooks.get(name!)!);
      else if (!declared.has(`--_saar-${name!}`)) unset.add(`--_saar-${name!}`);
    }
  }
  return { read, unset, hasTokens: all.some(({ sheet }) => sheet === tokenStyles) };
}

/** Source text without comments (a `part="…"` in a doc comment renders nothing). */
function withoutComments(source: string): string {
  return source.replace(/(^|\s)\/\*[\s\S]*?\*\//g, '$1').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Relative modules a source imports for their values (type-only imports aside). */
function importedModules(file: string, source: string): string[] {
  const code = source
    .replace(/^\s*import\s+type\s[\s\S]*?;/gm, '')
    .replace(/^\s*export\s+type\s[\s\S]*?;/gm, '');
  const specifiers = [
    ...code.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g),
    ...code.matchAll(/\bimport\s+'(\.{1,2}\/[^']+)'/g),
    ...code.matchAll(/\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers
    .map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
    .filter((path) => path.endsWith('.ts') && existsSync(path));
}

/** The module and every module it imports, directly or not: path → source without comments. */
export function moduleClosure(entry: string): Map<string, string> {
  const sources = new Map<string, string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (sources.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    sources.set(file, withoutComments(source));
    pending.push(...importedModules(file, source));
  }
  return sources;
}

/** The combobox renderers take their part names from the caller's view object. */
const DYNAMIC_PART_RENDERER = /\brender(?:ComboboxInput|Listbox)\(/;

/** What a widget's sources render and dispatch. */
export interface RenderedApi {
  parts: Set<string>;
  events: Set<string>;
  slots: Set<string>;
  /** Files with a `part=${…}` this reader cannot resolve (only the combobox's is known). */
  unresolvedParts: string[];
}

/** Parts, events and slots in a widget's module closure. */
export function renderedApi(sources: Map<string, string>): RenderedApi {
  const parts = new Set<string>();
  const slots = new Set<string>();
  const unresolvedParts: string[] = [];
  const constructed = new Set<string>();
  const eventTypes = new Map<string, string>();
  for (const [file, code] of sources) {
    for (const [, names] of code.matchAll(/\bpart="([^"]*)"/g))
      for (const name of names!.split(/\s+/).filter(Boolean)) parts.add(name);
    if (/\bpart=\$\{/.test(code) && !file.endsWith('/src/ui/combobox/listbox.ts'))
      unresolvedParts.push(file);
    if (DYNAMIC_PART_RENDERER.test(code))
      for (const [, name] of code.matchAll(/\b(?:part|optionPart):\s*'([^']+)'/g)) parts.add(name!);
    for (const [, attributes] of code.matchAll(/<slot\b([^>]*)>/g))
      slots.add(/\bname="([^"]*)"/.exec(attributes!)?.[1] ?? '');
    for (const [, name] of code.matchAll(/\bnew\s+(\w+Event)\s*\(/g)) constructed.add(name!);
    for (const [, name, type] of code.matchAll(
      /\bclass\s+(\w+)\s+extends\s+SaarEvent\b[\s\S]*?\bstatic\s+readonly\s+type\s*=\s*'([^']+)'/g,
    ))
      eventTypes.set(name!, type!);
  }
  const events = new Set(
    [...constructed].flatMap((name) => (eventTypes.has(name) ? [eventTypes.get(name)!] : [])),
  );
  return { parts, events, slots, unresolvedParts };
}
