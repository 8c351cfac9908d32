/** Registers `<saar-login-button>`; the CDN loader imports this when the tag appears. */
import { SaarLoginButton } from './saar-login-button.js';

SaarLoginButton.define('saar-login-button');

export { SaarLoginButton };
