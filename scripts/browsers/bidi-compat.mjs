// WebDriver BiDi commands that puppeteer-core sends on every test session but that our tests do
// not need, made optional so a browser that has not implemented them yet still runs every test.
//
// Why: Debian's `firefox-esr` moves under us. Firefox 140 ESR answers `unknown command` to
// `emulation.setScreenOrientationOverride`, which puppeteer-core 24's `Page.setViewport` sends
// beside the viewport itself; web-test-runner sets an 800 × 600 viewport at the start of every
// session, so every Firefox test file failed before it started. A desktop viewport needs no
// screen-orientation override, so when the browser lacks the command we skip it and say so once.
// Puppeteer does the same for `emulation.setTouchOverride`. Pinning a browser version instead is
// not possible: Debian serves one version, and it changes.
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';

/** BiDi commands we can do without, and the `BrowsingContext` method that sends each. */
export const OPTIONAL_BIDI_COMMANDS = [
  { command: 'emulation.setScreenOrientationOverride', method: 'setScreenOrientationOverride' },
];

/** Commands a browser answered with `unknown command` during this run. */
export const skippedBidiCommands = new Set();

/** True when `error` is a browser saying it does not implement `command`. */
export function isUnknownCommand(error, command) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    (message.includes('unknown command') || message.includes('unsupported operation')) &&
    message.includes(command)
  );
}

const PATCHED = Symbol.for('saar-portal.bidi-compat');

/** Makes the optional commands tolerate browsers without them (idempotent). */
export function tolerateOptionalBidiCommands() {
  const prototype = BrowsingContext.prototype;
  if (prototype[PATCHED]) return;
  for (const { command, method } of OPTIONAL_BIDI_COMMANDS) {
    const original = prototype[method];
    if (typeof original !== 'function') {
      throw new Error(
        `puppeteer-core no longer has BrowsingContext.${method}: update scripts/browsers/bidi-compat.mjs`,
      );
    }
    prototype[method] = async function (...args) {
      try {
        return await original.apply(this, args);
      } catch (error) {
        if (!isUnknownCommand(error, command)) throw error;
        skippedBidiCommands.add(command);
        return undefined;
      }
    };
  }
  prototype[PATCHED] = true;
}
