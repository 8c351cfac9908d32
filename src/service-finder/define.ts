/** Registers `<saar-service-finder>`; the CDN loader imports this when the tag appears. */
import { SaarServiceFinder } from './saar-service-finder.js';

SaarServiceFinder.define('saar-service-finder');

export { SaarServiceFinder };
