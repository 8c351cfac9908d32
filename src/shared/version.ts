/** The library's version; `scripts/build.mjs` fails when it differs from package.json. */
export const VERSION = '0.1.0';
