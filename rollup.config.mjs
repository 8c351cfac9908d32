// The two builds of the widgets.
//  (a) npm: unbundled ES modules in dist/npm (one file per source module, dependencies left as
//      bare imports for the application's bundler). scripts/build.mjs adds the type
//      declarations (tsc) and the custom-elements manifest.
//  (b) CDN: dist/cdn/saar-portal.js, a small entry with a stable name for the script tag, which
//      imports hashed chunks on demand: `shared` (Lit, @lit/*, the client's core, the shared
//      widget code), the contract in two parts (`contract`: zod and the schemas every page
//      may need; `contract-applications`: forms, drafts, applications, status, documents), one
//      chunk per widget, `common` chunks of what some widgets share, one per locale; minified,
//      and listed with their Subresource-Integrity hashes and sizes in dist/cdn/manifest.json.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const root = process.cwd();
const posix = (id) => relative(root, id).split(sep).join('/');

/** Packages that form the shared runtime of the widgets in the CDN build (those every widget imports). */
const SHARED_PACKAGES =
  /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|tslib)\//;
/** zod and the schemas: loaded by the client with its first request (decision 0005). */
const CONTRACT_PACKAGES = /\/node_modules\/zod\//;
/**
 * The schemas of forms, drafts, applications and status: loaded with the first call that needs
 * them, which only the form and the tracker make (decision 0091). (The caseworker part is no
 * widget's: the CDN build has none.)
 */
const APPLICATIONS_CONTRACT =
  /^src\/api\/schemas\/(?:applications-part|form|draft|status|application|documents)\.ts$/;

/** The widgets: each folder of src/ with a `define.ts`, but src/shared (the provider). */
const WIDGET_FOLDERS = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .filter((entry) => existsSync(join('src', entry.name, 'define.ts')))
  .map((entry) => entry.name);

/**
 * The widgets whose code imports module `id` statically, directly or through other modules (code
 * a widget only imports on demand, such as the login flow, does not count).
 */
function widgetsImporting(id, getModuleInfo, seen = new Set()) {
  const widgets = new Set();
  for (const importer of getModuleInfo(id)?.importers ?? []) {
    if (seen.has(importer)) continue;
    seen.add(importer);
    const folder = /^src\/([a-z-]+)\//.exec(posix(importer))?.[1];
    if (WIDGET_FOLDERS.includes(folder)) widgets.add(folder);
    else for (const widget of widgetsImporting(importer, getModuleInfo, seen)) widgets.add(widget);
  }
  return widgets;
}

/**
 * `<saar-portal-provider>` and the parts of @lit/context only it uses: optional (a lone widget
 * needs nothing but its tag), so they load when its tag appears, not with every widget. Named,
 * or the shared chunk would take the @lit/context parts along with the package's index.
 */
const PROVIDER_MODULES =
  /^(?:src\/shared\/(?:saar-portal-provider|define-provider)\.ts|node_modules\/@lit\/context\/lib\/(?:controllers\/context-provider|value-notifier)\.js)$/;

/** Whether every widget's code imports module `id` statically: then every widget page loads it. */
const everyWidgetImports = (id, getModuleInfo) =>
  widgetsImporting(id, getModuleInfo).size === WIDGET_FOLDERS.length;

/** The CDN chunk a module belongs to; `undefined` lets rollup place it (widget chunks). */
function cdnChunk(id, { getModuleInfo }) {
  const path = posix(id);
  if (PROVIDER_MODULES.test(path)) return 'provider';
  // Lit and the @lit packages every widget imports form the shared runtime; what only some widgets
  // import (@lit/task: the finder and the form) goes where rollup puts it, with those widgets.
  if (SHARED_PACKAGES.test(`/${path}`))
    return everyWidgetImports(id, getModuleInfo) ? 'shared' : undefined;
  if (APPLICATIONS_CONTRACT.test(path)) return 'contract-applications';
  if (CONTRACT_PACKAGES.test(`/${path}`) || path.startsWith('src/api/schemas/')) return 'contract';
  // The loader and the page checks must stay in the entry: they are all it contains.
  if (path === 'src/shared/lazy-loader.ts' || path === 'src/shared/page-setup-check.ts') {
    return undefined;
  }
  // The identifier patterns: the schemas are built from them and the tracker reads what citizens
  // type with them. In `shared`, or the contract would absorb them and the tracker would import
  // it (and wait for zod) before its first render.
  if (path === 'src/api/rules/identifiers.ts') return 'shared';
  // Rules only some widgets run (the form model), the endpoint calls only some widgets make
  // (`calls/`: drafts, applications, uploads, the status stream; decision 0091) with the upload
  // transport, and the event-stream reader (imported on demand): rollup places them with what
  // uses them, in a widget's chunk or a `common` one; what the client itself imports follows it
  // into `shared`.
  if (
    path.startsWith('src/api/rules/') ||
    path.startsWith('src/api/calls/') ||
    path === 'src/api/upload-transport.ts' ||
    path === 'src/api/event-stream.ts'
  )
    return undefined;
  if (path.startsWith('src/api/') || path.startsWith('src/shared/')) return 'shared';
  // A part of src/ui that every widget imports (focus, live region, text styles) is loaded with
  // every widget anyway: in `shared` it costs no request and no chunk of its own (decision 0091).
  if (path.startsWith('src/ui/') && everyWidgetImports(id, getModuleInfo)) return 'shared';
  const locale = /^src\/locales\/(.+)\.ts$/.exec(path)?.[1];
  if (locale === 'locale-codes') return 'shared';
  if (locale) return `locale-${locale}`;
  return undefined;
}

/** Swallows the two harmless warnings zod 4 causes under rollup, and nothing else. */
function onwarn(warning, warn) {
  const inZod = (id) => typeof id === 'string' && id.includes('/node_modules/zod/');
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inZod)) return;
  if (warning.code === 'INVALID_ANNOTATION' && inZod(warning.id)) return;
  warn(warning);
}

/** Compiles TypeScript with the build tsconfig; declarations come from tsc in scripts/build.mjs. */
const compile = (outDir) =>
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: { outDir, declaration: false, declarationMap: false },
  });

/**
 * In the CDN build, development-only checks are switched off and then minified away. A
 * transform after TypeScript's, because the TypeScript plugin compiles from disk.
 */
function productionMode() {
  return {
    name: 'saar-production-mode',
    transform(code, id) {
      if (posix(id) !== 'src/shared/dev-mode.ts') return null;
      return { code: 'export const DEV_MODE = false;\n', map: { mappings: '' } };
    },
  };
}

/**
 * MiniSearch ships `SearchableMap` twice: inside its main module (not exported) and as the
 * `minisearch/SearchableMap` entry, which the analyser imports for its typo word tree. In the CDN
 * build the second is the first: the main module exports its copy and the entry re-exports it
 * (1.3 kB gzip less on every finder page). The build fails if a MiniSearch release changes that.
 */
function oneSearchableMap() {
  const MAIN = /\/node_modules\/minisearch\/dist\/es\/index\.js$/;
  const ENTRY = '\0saar-minisearch-searchable-map';
  return {
    name: 'saar-one-searchable-map',
    resolveId: (source) => (source === 'minisearch/SearchableMap' ? ENTRY : null),
    load: (id) =>
      id === ENTRY ? "export { SearchableMap as default } from 'minisearch';\n" : null,
    transform(code, id) {
      if (!MAIN.test(id.split(sep).join('/'))) return null;
      if (!/^class SearchableMap \{/m.test(code) || /export \{[^}]*SearchableMap/.test(code)) {
        this.error(
          'minisearch changed: its main module no longer holds an unexported SearchableMap',
        );
      }
      // Appended: every line keeps its place, so the source map stays right.
      return { code: `${code}\nexport { SearchableMap };\n`, map: null };
    },
  };
}

/**
 * The tag a widget chunk registers: the loader imports `src/<folder>/define.ts` for the tag
 * `saar-<folder>`, and `src/shared/define-provider.ts` for `<saar-portal-provider>`, which has
 * its own chunk like a widget; `undefined` for other chunks.
 */
function widgetOf(chunk) {
  // The facade is `define.ts`; when the chunk also exports parts a lazy chunk imports, rollup
  // may give it none, so look at the modules too.
  const modules = [chunk.facadeModuleId, ...(chunk.moduleIds ?? [])].filter(Boolean);
  for (const id of modules) {
    const path = posix(id);
    const folder = /^src\/([a-z-]+)\/define\.ts$/.exec(path)?.[1];
    if (folder && folder !== 'shared') return `saar-${folder}`;
    if (path === 'src/shared/define-provider.ts') return 'saar-portal-provider';
  }
  return undefined;
}

/** Chunks named in `cdnChunk`; every other chunk is a widget's, or common to some widgets. */
const isNamedChunk = (name) =>
  name === 'shared' || name.startsWith('contract') || name.startsWith('locale-');

/**
 * What a CDN file is, from the name rollup gave its chunk. A `common` chunk holds what two or
 * more widgets import but not every widget does (src/ui/ parts): rollup splits it out by itself.
 */
function kindOf(chunk) {
  if (chunk.isEntry) return { kind: 'entry' };
  if (chunk.name === 'shared') return { kind: 'shared' };
  if (chunk.name === 'contract') return { kind: 'contract', part: 'core' };
  if (chunk.name.startsWith('contract-')) return { kind: 'contract', part: chunk.name.slice(9) };
  if (chunk.name.startsWith('locale-')) return { kind: 'locale', locale: chunk.name.slice(7) };
  const widget = widgetOf(chunk);
  return widget ? { kind: 'widget', widget } : { kind: 'common' };
}

/**
 * Fetches a widget's chunks side by side instead of one after another: where the entry imports
 * a widget chunk, it now starts importing that chunk's static dependencies (shared, common) and
 * the parts of the contract its code loads (the core part for every widget's first request, the
 * applications part for widgets whose calls need it) at the same moment, rather than after each
 * file arrived and was parsed. Relative `import()` resolves against the entry, as a module or as
 * a classic script, at /cdn/ or /cdn/<version>/. Decisions 0090 and 0091.
 */
function preloadWidgetDependencies() {
  return {
    name: 'saar-preload-widget-dependencies',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const isContract = (fileName) => {
        const chunk = byName.get(fileName);
        return chunk !== undefined && kindOf(chunk).kind === 'contract';
      };
      const closure = (fileName, seen = new Set()) => {
        for (const dependency of byName.get(fileName)?.imports ?? []) {
          if (!seen.has(dependency)) {
            seen.add(dependency);
            closure(dependency, seen);
          }
        }
        return seen;
      };
      /** The widget's static dependencies, then the contract parts any of its files loads. */
      const preloadsOf = (fileName) => {
        const files = closure(fileName);
        for (const file of [fileName, ...files]) {
          for (const loaded of byName.get(file)?.dynamicImports ?? []) {
            if (isContract(loaded)) files.add(loaded);
          }
        }
        files.delete(fileName);
        return [...files];
      };
      for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
        let code = entry.code.replace(/import\("\.\/([^"]+)"\)/g, (call, fileName) => {
          const target = byName.get(fileName);
          if (target === undefined || kindOf(target).kind !== 'widget') return call;
          const preloads = preloadsOf(fileName)
            .map((file) => `import("./${file}").catch(()=>{})`)
            .join(',');
          return `(${preloads},${call})`;
        });
        // Loaded as a classic script by mistake (no type="module"), a cross-origin script's
        // relative import() has no base URL: resolve against the script's own address then.
        code = code.replace(/import\("(\.\/[^"]+)"\)/g, 'import(__saarAt("$1"))');
        const [body, mapComment = ''] = code.split(/(?=\n\/\/# sourceMappingURL=)/);
        // A block: as a classic script, its top-level names stay its own.
        entry.code =
          '{const __saarBase=document.currentScript?.src,' +
          '__saarAt=(path)=>__saarBase?new URL(path,__saarBase).href:path;' +
          `${body}\n}${mapComment}`;
      }
    },
  };
}

/**
 * Writes the brotli and gzip copies of a file next to it (`x.js.br`, `x.js.gz`), which the portal
 * serves to browsers that accept them (server/static-files.ts); answers their sizes.
 */
function writePrecompressed(path, bytes) {
  const br = brotliCompressSync(bytes, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  return { brBytes: br.length, gzipBytes: gz.length };
}

/**
 * Writes dist/cdn/manifest.json: every file with its SRI hash and sizes, read back from disk, and
 * the precompressed copies of every file.
 */
function sriManifest() {
  return {
    name: 'saar-sri-manifest',
    writeBundle(options, bundle) {
      const files = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const path = join(options.dir, chunk.fileName);
        const bytes = readFileSync(path);
        files[chunk.fileName] = {
          ...kindOf(chunk),
          integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
          bytes: bytes.length,
          ...writePrecompressed(path, bytes),
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
        };
      }
      const widgets = Object.fromEntries(
        Object.entries(files)
          .filter(([, file]) => file.kind === 'widget')
          .map(([fileName, file]) => [file.widget, fileName]),
      );
      const manifest = {
        name: pkg.name,
        version: pkg.version,
        entry: 'saar-portal.js',
        widgets,
        files,
      };
      const manifestPath = join(options.dir, 'manifest.json');
      const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      writeFileSync(manifestPath, manifestBytes);
      writePrecompressed(manifestPath, manifestBytes);
    },
  };
}

/** (a) The npm build. */
const npm = {
  input: ['src/index.ts', 'src/saar-portal.ts'],
  // Every bare import stays an import: the application's bundler resolves and dedupes them.
  external: (id) =>
    !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && id !== 'tslib',
  plugins: [nodeResolve({ extensions: ['.ts', '.js'] }), compile('dist/npm')],
  onwarn,
  output: {
    dir: 'dist/npm',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    // The TypeScript plugin always imports its helpers from tslib, which is bundled: keep it out
    // of a folder named node_modules, which npm leaves out of published packages.
    entryFileNames: (chunk) =>
      chunk.name.includes('node_modules/')
        ? `vendor/${chunk.name.replace(/^.*node_modules\//, '')}.js`
        : '[name].js',
    sourcemap: true,
  },
};

/**
 * Minifies the CSS and HTML inside the widgets' `css` and `html` templates (Lit's plugin:
 * lightningcss for CSS, html-minifier-next for HTML), which terser leaves as written: comments,
 * indentation, every newline. Whitespace in HTML collapses to one space, never to none, so text
 * and inline elements keep their spacing (`<pre>` and `<textarea>` are left alone). A template
 * it cannot parse fails the build. Decision 0091 has the figures.
 */
const minifyTemplateLiterals = () =>
  minifyTemplates({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true } },
  });

/** (b) The CDN build. */
const cdn = {
  input: { 'saar-portal': 'src/saar-portal.ts' },
  plugins: [
    oneSearchableMap(),
    nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.ts', '.js'] }),
    compile('dist/cdn'),
    productionMode(),
    minifyTemplateLiterals(),
    terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    preloadWidgetDependencies(),
    sriManifest(),
  ],
  onwarn,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Widget chunks are named after their tag, not after their `define.ts`; parts some widgets
    // share go into `common-<hash>.js`.
    chunkFileNames: (chunk) =>
      `${widgetOf(chunk) ?? (isNamedChunk(chunk.name) ? '[name]' : 'common')}-[hash].js`,
    manualChunks: cdnChunk,
    hoistTransitiveImports: false,
    generatedCode: 'es2015',
    sourcemap: true,
  },
};

export default [npm, cdn];
