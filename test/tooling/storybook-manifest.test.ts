/**
 * What Storybook's docs pages and Controls show of each widget (issue 14, point 17): read from
 * the built custom-elements manifest (`npm run build` writes it) through the same filter the
 * Storybook preview applies. Internal members stay out of Controls; every public member,
 * attribute, event, part and `--saar-*` custom property carries its one-line doc comment; each
 * widget's docs list exactly the `--saar-*` properties its styles read (its own and the shared
 * fragments it includes, from the element's `styles` themselves) and exactly the parts, events
 * and slots its sources render (see widget-api.ts); the preview turns docs pages on for every
 * stories file.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SaarApplicationForm } from '../../src/application-form/saar-application-form.js';
import { SaarLoginButton } from '../../src/login-button/saar-login-button.js';
import { SaarServiceFinder } from '../../src/service-finder/saar-service-finder.js';
import { SaarStatusTracker } from '../../src/status-tracker/saar-status-tracker.js';
import { TOKENS } from '../../src/shared/tokens.js';
import {
  publicManifest,
  type CustomElementsManifest,
} from '../../stories/fixtures/public-manifest.js';
import { moduleClosure, renderedApi, stylesRead } from './widget-api.js';

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
  /** Filled in by `elements()`: the source file the element is declared in. */
  path?: string;
  members?: Documented[];
  attributes?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
}

function elements(manifest: CustomElementsManifest): ElementDeclaration[] {
  return manifest.modules
    .flatMap((module) =>
      ((module.declarations ?? []) as ElementDeclaration[]).map((declaration) => ({
        ...declaration,
        path: typeof module['path'] === 'string' ? module['path'] : undefined,
      })),
    )
    .filter((declaration) => declaration.tagName !== undefined);
}

/** Every widget, with its class (whose `styles` are what the page renders). */
const WIDGETS = {
  'saar-service-finder': SaarServiceFinder,
  'saar-login-button': SaarLoginButton,
  'saar-application-form': SaarApplicationForm,
  'saar-status-tracker': SaarStatusTracker,
};

/** What a widget's docs miss, and what they list although the widget has no such thing. */
function compare(actual: Set<string>, documented: Documented[] | undefined) {
  const listed = new Set((documented ?? []).map((item) => item.name));
  return {
    missing: [...actual].filter((name) => !listed.has(name)).sort(),
    notThere: [...listed].filter((name) => !actual.has(name)).sort(),
  };
}
const AGREE = { missing: [], notThere: [] };

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
  for (const tag of Object.keys(WIDGETS)) {
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

test('every element in the manifest is a widget checked here, or the provider', () => {
  assert.deepEqual(
    shown.map((element) => element.tagName).sort(),
    [...Object.keys(WIDGETS), 'saar-portal-provider'].sort(),
  );
});

for (const [tag, element] of Object.entries(WIDGETS)) {
  const documented = shown.find((declaration) => declaration.tagName === tag);
  const sources = documented?.path
    ? moduleClosure(join(ROOT, documented.path))
    : new Map<string, string>();
  const rendered = renderedApi(sources);

  test(`${tag}: its docs list every --saar-* custom property its styles read, and no other`, () => {
    assert.ok(documented, `${tag} is not in the manifest`);
    const styles = stylesRead(element.styles);
    assert.ok(styles.hasTokens, `${tag}'s styles do not include the token sheet`);
    assert.ok(styles.read.size > 0, `${tag}'s styles read no --saar-* property`);
    assert.deepEqual([...styles.unset], [], `${tag}'s styles read private properties nothing sets`);
    assert.deepEqual(
      compare(styles.read, documented.cssProperties),
      AGREE,
      `${tag}: custom properties its @cssprop tags miss, or list although its styles never read them`,
    );
  });

  test(`${tag}: its docs list every part, event and slot its sources render, and no other`, () => {
    assert.ok(documented, `${tag} is not in the manifest`);
    assert.ok(sources.size > 1, `${tag}: its sources were not found (${documented.path})`);
    assert.deepEqual(
      rendered.unresolvedParts,
      [],
      'part=${…} outside the combobox: teach test/tooling/widget-api.ts where its names come from',
    );
    assert.ok(rendered.parts.size > 0, `${tag} renders no part (the reader found none)`);
    assert.deepEqual(
      {
        parts: compare(rendered.parts, documented.cssParts),
        events: compare(rendered.events, documented.events),
        slots: compare(rendered.slots, documented.slots),
      },
      { parts: AGREE, events: AGREE, slots: AGREE },
      `${tag}: what its @csspart, @fires and @slot tags miss, or list although it has no such thing`,
    );
  });
}

test('docs/theming.md names the widgets that read each property not every widget reads', () => {
  const theming = readFileSync(join(ROOT, 'docs/theming.md'), 'utf8');
  const section = theming.split('## Which widget reads which')[1]?.split('\n## ')[0];
  assert.ok(section, 'docs/theming.md has no section "Which widget reads which"');
  const documented = Object.fromEntries(
    [...section.matchAll(/^\| `(--saar-[a-z0-9-]+)` \|([^|\n]*)\|/gm)].map(([, name, readers]) => [
      name!,
      [...readers!.matchAll(/<(saar-[a-z-]+)>/g)].map((match) => match[1]!).sort(),
    ]),
  );
  const reads = Object.entries(WIDGETS).map(([tag, element]) => ({
    tag,
    read: stylesRead(element.styles).read,
  }));
  const expected: Record<string, string[]> = {};
  for (const token of TOKENS) {
    const name = `--saar-${token.name}`;
    const readers = reads.filter(({ read }) => read.has(name)).map(({ tag }) => tag);
    if (readers.length < reads.length) expected[name] = readers.sort();
  }
  assert.ok(Object.keys(expected).length > 0, 'every widget reads every token: drop the section');
  assert.deepEqual(documented, expected);
});

test('the Storybook preview gives every stories file a docs page', () => {
  const preview = readFileSync(join(ROOT, '.storybook/preview.ts'), 'utf8');
  assert.match(preview, /tags:\s*\[[^\]]*'autodocs'/);
  assert.match(preview, /setCustomElementsManifest\(publicManifest\(/);
});
