/** Types of scripts/ensure-browsers.mjs, for the TypeScript end-to-end support code. */
export interface TestBrowser {
  name: string;
  env: string;
  /** Debian's paths, in order of preference. */
  fallbacks: readonly string[];
  debianPackage: string;
}
export declare const BROWSERS: readonly TestBrowser[];
export declare const CHROMIUM_ARGS: readonly string[];
export declare function browserPath(browser: TestBrowser): string;
export declare function ensureBrowsers(): void;
