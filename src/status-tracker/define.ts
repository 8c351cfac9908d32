/** Registers `<saar-status-tracker>`; the CDN loader imports this when the tag appears. */
import { SaarStatusTracker } from './saar-status-tracker.js';

SaarStatusTracker.define('saar-status-tracker');

export { SaarStatusTracker };
