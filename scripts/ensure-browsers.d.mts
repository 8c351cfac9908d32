/** Types of scripts/ensure-browsers.mjs, for the TypeScript end-to-end support code. */
export interface TestBrowser {
  name: string;
  env: string;
  fallback: string;
  debianPackage: string;
}
export declare const BROWSERS: readonly TestBrowser[];
export declare const CHROMIUM_ARGS: readonly string[];
export declare function browserPath(browser: TestBrowser): string;
