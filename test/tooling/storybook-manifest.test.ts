/**
 * What Storybook's docs pages and Controls show of each widget (issue 14, point 17): read from
 * the built custom-elements manifest (`npm run build` writes it) through the same filter the
 * Storybook preview applies. Internal members stay out of Controls; every public member,
 * attribute, event, part and `--saar-*` custom property carries its one-line doc comment; every
 * `--saar-*` property the finder's styles read is listed in its manifest; the preview turns docs
 * pages on for every stories file.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  publicManifest,
  type CustomElementsManifest,
} from '../../stories/fixtures/public-manifest.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MANIFEST = join(ROOT, 'dist/npm/custom-elements.json');

interface Documented {
  name: string;
  description?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface ElementDeclaration {
  tagName?: string;
  members?: Documented[];
  attributes?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}

function elements(manifest: CustomElementsManifest): ElementDeclaration[] {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []) as ElementDeclaration[])
    .filter((declaration) => declaration.tagName !== undefined);
}

const WIDGETS = ['saar-service-finder', 'saar-login-button', 'saar-application-form'];

test('the manifest is built (npm run build)', () => {
  assert.ok(existsSync(MANIFEST), `${MANIFEST} is missing: run npm run build first`);
});

const raw = existsSync(MANIFEST)
  ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as CustomElementsManifest)
  : { modules: [] };
const shown = elements(publicManifest(raw));

test('Controls list no private, protected or static member of any widget', () => {
  const before = elements(raw).flatMap((element) => element.members ?? []);
  assert.ok(
    before.some((member) => member.privacy === 'private' || member.static),
    'the raw manifest lists internal members (else this test checks nothing)',
  );
  for (const element of shown) {
    const internal = (element.members ?? []).filter(
      (member) =>
        (member.privacy !== undefined && member.privacy !== 'public') ||
        member.static === true ||
        /^[_#]/.test(member.name),
    );
    assert.deepEqual(
      internal.map((member) => member.name),
      [],
      `${element.tagName} shows internal members`,
    );
  }
});

test('every widget is in the manifest, and everything it shows has a doc comment', () => {
  for (const tag of WIDGETS) {
    const element = shown.find((declaration) => declaration.tagName === tag);
    assert.ok(element, `${tag} is not in the manifest`);
    const undocumented = [
      ...(element.members ?? []).filter((member) => member.kind === 'field'),
      ...(element.attributes ?? []),
      ...(element.events ?? []),
      ...(element.cssParts ?? []),
      ...(element.cssProperties ?? []),
    ].filter((item) => !item.description?.trim());
    assert.deepEqual(
      undocumented.map((item) => item.name),
      [],
      `${tag}: without a doc comment`,
    );
  }
});

test('the finder’s docs page lists every --saar-* custom property its styles read', () => {
  const finder = shown.find((declaration) => declaration.tagName === 'saar-service-finder')!;
  const listed = new Set((finder.cssProperties ?? []).map((property) => property.name));
  // Widget styles read a token as `--_saar-<name>`; the page sets it as `--saar-<name>`
  // (src/shared/tokens.ts). `--_saar-base` is the widget's own unit, not a token.
  const styles = readFileSync(join(ROOT, 'src/service-finder/styles.ts'), 'utf8');
  const hooks = new Set(
    [...styles.matchAll(/var\(--_saar-([a-z0-9-]+)/g)]
      .map((match) => match[1]!)
      .filter((name) => name !== 'base')
      .map((name) => `--saar-${name}`),
  );
  assert.ok(hooks.size > 0, 'the finder’s styles read no token');
  assert.deepEqual(
    [...hooks].filter((hook) => !listed.has(hook)),
    [],
    'read by the styles, missing from the manifest',
  );
});

test('the Storybook preview gives every stories file a docs page', () => {
  const preview = readFileSync(join(ROOT, '.storybook/preview.ts'), 'utf8');
  assert.match(preview, /tags:\s*\[[^\]]*'autodocs'/);
  assert.match(preview, /setCustomElementsManifest\(publicManifest\(/);
});
