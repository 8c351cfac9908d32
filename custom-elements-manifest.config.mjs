// The custom-elements manifest (dist/npm/custom-elements.json): every element, attribute,
// property, event, slot, part and CSS property with its doc comment. Editors, Storybook's
// controls and the API tables in docs/ read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/api/**', 'src/locales/**', 'src/**/*.test.ts'],
  outdir: 'dist/npm',
  litelement: true,
  // package.json already points at the manifest ("customElements"); never rewrite it.
  packagejson: false,
};
