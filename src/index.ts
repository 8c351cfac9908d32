/**
 * The npm entry: exports only, no side effects. Importing it registers no tags; call
 * `Element.define(tag)` yourself, or load `saar-portal.js` to register every tag on demand.
 */
export * from './api/index.js';
export { SaarElement } from './shared/saar-element.js';
export { SaarPortalProvider } from './shared/saar-portal-provider.js';
export { SaarServiceFinder } from './service-finder/saar-service-finder.js';
export {
  SaarServiceOpenEvent,
  SaarServiceSelectEvent,
  SaarTownChangeEvent,
  type ServiceOpenDetail,
  type ServiceSelectDetail,
  type TownChangeDetail,
} from './service-finder/events.js';
export { SaarLoginButton } from './login-button/saar-login-button.js';
export {
  SaarLoginEvent,
  SaarLogoutEvent,
  SaarSessionExpiredEvent,
  type LoginDetail,
  type LogoutDetail,
  type SessionExpiredDetail,
} from './login-button/events.js';
export { SaarApplicationForm } from './application-form/saar-application-form.js';
export {
  SaarApplicationSubmittedEvent,
  SaarStepChangeEvent,
  SaarSubmitEvent,
  type StepChangeDetail,
  type SubmitDetail,
  type SubmittedDetail,
} from './application-form/events.js';
export { SaarStatusTracker } from './status-tracker/saar-status-tracker.js';
export { SaarStatusChangeEvent, type StatusChangeDetail } from './status-tracker/events.js';
export { SaarEvent, type SaarEventOptions, type SaarEventType } from './shared/events.js';
export { clientContext, sessionContext } from './shared/contexts.js';
export {
  createSessionStore,
  pageSession,
  SESSION_CHANGE_EVENT,
  type AuthorizationHeaders,
  type RequestToAuthorize,
  type SessionInput,
  type SessionStore,
} from './shared/session.js';
export { clientForSession } from './shared/session-client.js';
export { API_META_NAME, pageClient, resolveApiBase } from './shared/page-client.js';
export { DEFAULT_LOCALE, localeAt, toLocale } from './shared/locale.js';
export { currentLocale, inLocale, loadLocale } from './shared/localization.js';
export {
  TOKEN_DESCRIPTIONS,
  TOKENS,
  token,
  tokenStyles,
  type Token,
  type TokenGroup,
} from './shared/tokens.js';
export {
  baseStyles,
  buttonStyles,
  focusRingStyles,
  sharedStyles,
  visuallyHiddenStyles,
} from './shared/styles.js';
export { describeError, errorTitle, loadingLabel, retryLabel } from './shared/messages.js';
export { loadWidgetsOnDemand, type WidgetLoader, type WidgetTable } from './shared/lazy-loader.js';
export { VERSION } from './shared/version.js';
