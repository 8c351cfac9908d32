/**
 * The script-tag entry (`<script type="module" src="https://<portal>/cdn/saar-portal.js">`).
 * It registers nothing itself: it imports each widget's chunk when the widget's tag first
 * appears on the page, so a page pays only for the widgets it uses.
 */
import { afterNextPaint, loadWidgetsOnDemand, type WidgetTable } from './shared/lazy-loader.js';
import { checkPageSetup } from './shared/page-setup-check.js';

// First, while `document.currentScript` still names this script (a classic script only).
checkPageSetup(document.currentScript);

/** Every tag this library provides, and the module that registers it. */
const widgets: WidgetTable = {
  'saar-portal-provider': () => import('./shared/define-provider.js'),
  'saar-service-finder': () => import('./service-finder/define.js'),
  'saar-login-button': () => import('./login-button/define.js'),
  'saar-application-form': () => import('./application-form/define.js'),
  'saar-status-tracker': () => import('./status-tracker/define.js'),
};

// After the page's first paint: the widgets' code then loads and compiles after the page's own
// first layout, not alongside it (decision 0090: it made that layout a long task in some visits).
afterNextPaint(() => loadWidgetsOnDemand(widgets));
