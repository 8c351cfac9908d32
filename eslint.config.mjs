// Lint rules: typescript-eslint (type-aware where it matters), Lit, web components and lit-a11y.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

/** The widgets, one folder each under src/. */
const WIDGETS = ['service-finder', 'login-button', 'application-form', 'status-tracker'];
const widgetImports = (except) =>
  WIDGETS.filter((widget) => widget !== except).map((widget) => `**/${widget}/**`);

/** A layer rule: `files` must not import anything matching `patterns`, and why. */
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

/** What every file in src/api obeys: it imports no Lit and none of the widgets' code. */
const API_BASE_PATTERNS = [
  { group: ['lit', 'lit/*', '@lit/*'], message: 'src/api imports no Lit.' },
  {
    group: ['**/shared/*', '**/ui/**', ...widgetImports()],
    message: 'src/api is below the widgets: it imports none of their code.',
  },
];

/** A src/api layer rule: the base patterns and `extra` ones, for `files` but not `ignores`. */
const apiLayer = (files, extra, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', { patterns: [...API_BASE_PATTERNS, ...extra] }],
  },
});

/**
 * The front-end layers of docs/architecture.md, executable: shared (every widget) < ui (some
 * widgets) < a widget. A widget never imports another widget.
 */
const frontEndLayers = [
  ...WIDGETS.map((widget) =>
    layer(
      [`src/${widget}/**/*.ts`],
      widgetImports(widget),
      'A widget never imports another widget: share through src/ui or src/shared, talk through events and the session.',
    ),
  ),
  layer(
    ['src/ui/**/*.ts'],
    widgetImports(),
    'src/ui holds parts some widgets share; it imports no widget.',
  ),
  layer(
    ['src/shared/**/*.ts'],
    [...widgetImports(), '**/ui/**', '**/api/calls/**'],
    'src/shared is what every widget loads (the shared chunk): it imports neither src/ui, nor a widget, nor the endpoint calls only some widgets make (src/api/calls/, decision 0091).',
  ),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'src/locales/',
      'storybook-static/',
      '.data/',
      '**/*.d.ts',
    ],
  },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  ...frontEndLayers,
  {
    // Test files assert with chai's property style (`expect(x).to.be.true`).
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // ── Layers: API contract and server (server track) ──────────────────────────────────────────
  // docs/architecture.md "Layers" made executable. The widget-layer rules live in their own block.
  // A later block replaces an earlier one's `no-restricted-imports` for the files both match, so
  // each src/api block lists every pattern its files obey (built from the shared ones above).
  apiLayer(
    // The contract and its client run in every widget: no Lit, no widget code.
    ['src/api/**/*.ts'],
    [],
  ),
  apiLayer(
    // The client's core is in every page's shared chunk: it loads the schemas on first use
    // (src/api/contract.ts) and leaves the calls only some widgets make to src/api/calls/, which
    // those widgets import (decisions 0005 and 0091). The calls load their schemas the same way.
    ['src/api/*.ts', 'src/api/calls/*.ts'],
    [
      {
        group: ['./schemas/*', '../schemas/*'],
        allowTypeImports: true,
        message:
          'The client loads the schemas with the first call that needs them (src/api/contract.ts, src/api/calls/applications-contract.ts): type imports only.',
      },
      {
        group: ['./calls/*'],
        message:
          'The client’s core (the shared chunk) never imports src/api/calls/: the widgets that make those calls do (decision 0091).',
      },
    ],
    ['src/api/index.ts', 'src/api/endpoints.ts', 'src/api/vocabulary.ts'],
  ),
  apiLayer(
    // Rules widget and server share load before the contract chunk: no zod (types only).
    ['src/api/rules/**/*.ts', 'src/api/endpoints.ts', 'src/api/vocabulary.ts'],
    [
      { group: ['zod', 'zod/*'], message: 'Shared rules are zod-free.' },
      {
        group: ['../schemas/*', './schemas/*'],
        allowTypeImports: true,
        message: 'Shared rules may use the contract’s types, not its schemas (zod).',
      },
    ],
  ),
  {
    // Domain and storage decide and keep; translating to HTTP is the routes' and http/'s job.
    files: ['server/domain/**/*.ts', 'server/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fastify', '@fastify/*', '**/http/*', '**/routes/*'],
              message: 'Server domain and store code import no HTTP layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CDN entry's loader runs before anything else is fetched: it imports nothing.
    files: ['src/shared/lazy-loader.ts', 'src/shared/page-setup-check.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ImportDeclaration, ImportExpression, ExportAllDeclaration, ExportNamedDeclaration[source]',
          message: 'The CDN loader imports nothing (docs/architecture.md).',
        },
      ],
    },
  },
  // ── end of server-track layers ───────────────────────────────────────────────────────────────
);
