/** Registers `<saar-application-form>`; the CDN loader imports this when the tag appears. */
import { SaarApplicationForm } from './saar-application-form.js';

SaarApplicationForm.define('saar-application-form');

export { SaarApplicationForm };
