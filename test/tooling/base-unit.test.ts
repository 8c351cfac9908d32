/**
 * Widget styles size things in the widget's own base unit (`--_saar-base`: the reader's default
 * font size), never in `rem`: a CMS that sets `html { font-size: 62.5% }` would otherwise shrink
 * checkboxes and bars inside the widget. Only the token table writes `rem`, and it turns each
 * into the base unit (src/shared/tokens.ts).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const SRC = new URL('../../src/', import.meta.url).pathname;
const TOKEN_TABLE = 'shared/tokens.ts';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The `rem` lengths inside the css`` templates of `source`, media conditions aside: there `rem`
 * is the reader's default font size already, whatever the page sets.
 */
function remLengths(source: string): string[] {
  const templates = source.match(/\bcss`[^`]*`/g) ?? [];
  return templates.flatMap(
    (template) => template.replace(/@media[^{]*/g, '').match(/\d*\.?\d+rem\b/g) ?? [],
  );
}

describe('widget styles and the base unit', () => {
  it('write no rem outside the token table', () => {
    const found = sourceFiles(SRC)
      .map((path) => relative(SRC, path))
      .filter((path) => path !== TOKEN_TABLE)
      .flatMap((path) =>
        remLengths(readFileSync(join(SRC, path), 'utf8')).map((length) => `${path}: ${length}`),
      );
    assert.deepEqual(found, []);
  });

  it('finds a rem length when there is one', () => {
    assert.deepEqual(
      remLengths('css`\n  @media (min-width: 40rem) { .x { inline-size: 1.5rem; } }\n`'),
      ['1.5rem'],
    );
  });
});
