/**
 * Whether development-only checks and warnings run. The CDN build replaces this module with
 * `false` (see rollup.config.mjs), so the minifier drops the code behind it.
 */
export const DEV_MODE: boolean = true;
