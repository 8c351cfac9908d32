/**
 * `<saar-login-button>`: the citizen logs in once with their citizen account, and every widget
 * on the page knows it. Shows who is logged in and at which trust level, warns before the session
 * ends and lets the citizen extend it, and logs out at the citizen account too.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TRUST_LEVELS, meetsTrustLevel, type TrustLevel } from '../api/vocabulary.js';
import type { CitizenClaims } from '../api/schemas/session.js';
import { SaarElement } from '../shared/saar-element.js';
import { buttonStyles } from '../shared/styles.js';
import { tellWebmaster } from '../shared/webmaster-console.js';
import { choiceStyles } from '../ui/choice-styles.js';
import { LoginError, type LoginFailure } from '../ui/citizen-login/errors.js';
import type { OidcSession } from '../ui/citizen-login/oidc-session.js';
import { currentOidcSession } from '../ui/citizen-login/page-state.js';
import { openLoginPopup } from '../ui/citizen-login/popup.js';
import { loginConfiguration } from '../ui/citizen-login/registration.js';
import { isLoginCallback, loggedInMarker } from '../ui/citizen-login/storage.js';
import { FocusController } from '../ui/focus.js';
import { trustLevelText } from '../ui/labels.js';
import { LiveRegionController } from '../ui/live-region.js';
import { formTextStyles } from '../ui/text-styles.js';
import { SaarLoginEvent, SaarLogoutEvent, SaarSessionExpiredEvent } from './events.js';
import { text } from './messages.js';
import { loginButtonStyles } from './styles.js';

/** A notice the logged-out button shows after something happened. */
type Notice = 'cancelled' | 'expired' | 'logged-out';

/** What the button is doing, apart from the session itself. */
type Activity =
  | { kind: 'resuming' }
  | { kind: 'idle'; notice?: Notice }
  | { kind: 'logging-in' }
  | { kind: 'failed'; failure: LoginFailure };

/** Claims a form may prefill, grouped as the citizen sees them. */
const PREFILL_GROUPS: { claims: (keyof CitizenClaims)[]; label: () => string }[] = [
  { claims: ['given_name', 'family_name'], label: text.claimName },
  { claims: ['birthdate'], label: text.claimBirthdate },
  { claims: ['address'], label: text.claimAddress },
  { claims: ['email'], label: text.claimEmail },
  { claims: ['phone_number'], label: text.claimPhone },
];

/**
 * The login code (oauth4webapi, the flow): loaded when someone logs in, comes back from the
 * citizen account, or was logged in on the previous page; most page views never need it.
 */
const loginCode = () => import('../ui/citizen-login/page-login.js');

/** Sessions whose login was already announced with `saar-login` (by any button on the page). */
const announced = new WeakSet<OidcSession>();

/**
 * Logs the citizen in with their citizen account, for every widget on the page.
 *
 * @tag saar-login-button
 * @fires saar-login - A citizen logged in (detail: `sub`, `trustLevel`; never a token).
 * @fires saar-logout - The citizen logged out.
 * @fires saar-session-expired - The session ended without activity; typed input stays on the page.
 * @csspart base - The widget's frame.
 * @csspart button - The "log in" button.
 * @csspart account - The "logged in as" button that opens the account panel.
 * @csspart panel - The account panel.
 * @csspart warning - The "your session ends soon" warning.
 * @csspart notice - A notice after a login was cancelled, failed or expired.
 * @cssprop --saar-color-brand - Brand colour: the buttons, the links in the account panel and the ticked boxes.
 * @cssprop --saar-color-brand-contrast - Text on the brand colour (the "log in" button and the other primary buttons).
 * @cssprop --saar-color-text - Body text, also in the account panel, the warning and the notices.
 * @cssprop --saar-color-text-muted - Secondary text: hints and status lines.
 * @cssprop --saar-color-surface - Background of the account panel and of the secondary buttons ("logged in as", "log out").
 * @cssprop --saar-color-surface-raised - Background of the session warning and the notices.
 * @cssprop --saar-color-border - Border of the account panel.
 * @cssprop --saar-color-focus - Focus ring.
 * @cssprop --saar-color-warning - The stripe beside the session warning and the notices.
 * @cssprop --saar-font-family - Font stack: the system fonts, no web fonts.
 * @cssprop --saar-font-size-s - Small text: hints and status lines.
 * @cssprop --saar-font-size-m - Body text.
 * @cssprop --saar-font-weight-bold - Buttons, labels and the title of the prefill choices.
 * @cssprop --saar-line-height - Line height of body text.
 * @cssprop --saar-space-1 - Spacing step 1 (4 px at the default font size).
 * @cssprop --saar-space-2 - Spacing step 2 (8 px).
 * @cssprop --saar-space-3 - Spacing step 3 (12 px).
 * @cssprop --saar-space-4 - Spacing step 4 (16 px): padding of the account panel and beside a button's label.
 * @cssprop --saar-radius-s - Corner radius of the buttons.
 * @cssprop --saar-radius-m - Corner radius of the account panel.
 * @cssprop --saar-target-size - Smallest size of a click or touch target (44 px at the default font size; keep it at 44 px or more).
 * @cssprop --saar-focus-ring-width - Width of the focus ring (keep it at 2 px or more).
 * @cssprop --saar-focus-ring-offset - Gap between an element and its focus ring.
 * @cssprop --saar-motion-duration - Length of the buttons' colour transitions (0 under reduced motion).
 * @cssprop --saar-motion-easing - Timing function of the buttons' colour transitions.
 */
export class SaarLoginButton extends SaarElement {
  static override styles = [
    SaarElement.styles,
    buttonStyles,
    formTextStyles,
    choiceStyles,
    loginButtonStyles,
  ];

  /** The lowest trust level to log in with: `STORK-QAA-Level-1`, `-3` or `-4` (sent as `acr_values`). */
  @property({ attribute: 'trust-level' }) trustLevel: TrustLevel | undefined;

  /** `redirect` (default): the page goes to the citizen account and comes back; `popup`: it stays. */
  @property() mode: 'redirect' | 'popup' = 'redirect';

  /** Where "Meine Anträge" leads (a page with the status tracker); without it, no link. */
  @property({ attribute: 'applications-url' }) applicationsUrl: string | undefined;

  @state() private activity: Activity = { kind: 'resuming' };
  @state() private panelOpen = false;
  @state() private choosingPrefill = false;

  private readonly liveRegion = new LiveRegionController(this);
  private readonly focusControl = new FocusController(this);
  private watched: OidcSession | undefined;
  private countdown: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.onPageShow);
    void this.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
    this.watch(undefined);
  }

  /**
   * Back from the citizen account with the browser's Back button, the page may come from the
   * back/forward cache as it was left: "Anmeldung läuft …". No login is running here any more.
   */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && this.activity.kind === 'logging-in') this.activity = { kind: 'idle' };
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The session may change under us (another button, a provider, expiry): follow it.
    const session = currentOidcSession();
    if (session !== this.watched && this.session.claims) this.watch(session);
    if (!this.session.claims && this.watched) this.watch(undefined);
  }

  private get requiredLevel(): TrustLevel | undefined {
    return (TRUST_LEVELS as readonly string[]).includes(this.trustLevel ?? '')
      ? this.trustLevel
      : undefined;
  }

  protected override render(): TemplateResult {
    const claims = this.session.claims;
    return html`<div class="login" part="base">
      ${claims ? this.renderLoggedIn(claims) : this.renderLoggedOut()} ${this.liveRegion.render()}
    </div>`;
  }

  private renderLoggedOut(): TemplateResult {
    const activity = this.activity;
    if (activity.kind === 'resuming') {
      return html`<p class="status-line" role="status">${text.completing()}</p>`;
    }
    const busy = activity.kind === 'logging-in';
    return html`${this.renderNotice()}
      <button
        type="button"
        id="login"
        class="button button--primary"
        part="button"
        aria-describedby="login-hint"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => this.startLogin(this.requiredLevel)}
      >
        ${busy ? text.loggingIn() : text.login()}
      </button>
      <p id="login-hint" class="hint">
        ${text.loginHint()}${
          this.requiredLevel ? html`. ${trustLevelText(this.requiredLevel)}` : nothing
        }
      </p>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const message = this.noticeText();
    return message ? html`<p class="notice" part="notice">${message}</p>` : nothing;
  }

  /** What the notice says about the last login, or undefined when there is nothing to say. */
  private noticeText(): string | undefined {
    const activity = this.activity;
    if (activity.kind === 'idle' && activity.notice) {
      return {
        cancelled: text.cancelled,
        expired: text.expired,
        'logged-out': text.loggedOut,
      }[activity.notice]();
    }
    if (activity.kind !== 'failed') return undefined;
    if (activity.failure === 'trust-level' && this.requiredLevel) {
      return `${text.trustLevelTooLow()} ${trustLevelText(this.requiredLevel)}`;
    }
    return {
      'not-registered': text.notAvailable,
      unreachable: text.unreachable,
      cancelled: text.cancelled,
      'popup-blocked': text.popupBlocked,
      'trust-level': text.trustLevelTooLow,
      'login-required': text.expired,
      rejected: text.rejected,
    }[activity.failure]();
  }

  private renderLoggedIn(claims: CitizenClaims): TemplateResult {
    const name = [claims.given_name, claims.family_name].filter(Boolean).join(' ');
    const label = name ? text.loggedInAs(name) : text.anonymousCitizen();
    const askPrefill = this.session.prefillConsent === undefined || this.choosingPrefill;
    const open = this.panelOpen || askPrefill;
    return html`${this.renderWarning()} ${this.renderNotice()}
      <button
        type="button"
        id="account"
        class="button button--secondary account"
        part="account"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="account-panel"
        @click=${this.togglePanel}
        @keydown=${this.onPanelKeydown}
      >
        ${label} <span class="chevron" aria-hidden="true">${open ? '▴' : '▾'}</span>
      </button>
      <section
        id="account-panel"
        class="panel"
        part="panel"
        aria-label=${text.accountMenu()}
        ?hidden=${!open}
        @keydown=${this.onPanelKeydown}
      >
        <p>${text.trustLevelIs()} ${trustLevelText(claims.acr)}</p>
        ${this.renderStepUp(claims.acr)}
        ${askPrefill ? this.renderPrefillChoice(claims) : this.renderPrefillSummary()}
        <ul class="actions">
          ${
            this.applicationsUrl
              ? html`<li><a href=${this.applicationsUrl}>${text.myApplications()}</a></li>`
              : nothing
          }
          <li>
            <button type="button" class="button button--secondary" @click=${this.logout}>
              ${text.logout()}
            </button>
          </li>
        </ul>
      </section>`;
  }

  private renderStepUp(acr: TrustLevel): TemplateResult | typeof nothing {
    const required = this.requiredLevel;
    if (!required || meetsTrustLevel(acr, required)) return nothing;
    return html`<div class="step-up">
      <p>${text.stepUpWhy()} ${trustLevelText(required)}</p>
      <button
        type="button"
        class="button button--primary"
        @click=${() => this.startLogin(required)}
      >
        ${text.stepUp()}
      </button>
    </div>`;
  }

  private renderPrefillChoice(claims: CitizenClaims): TemplateResult {
    const groups = PREFILL_GROUPS.filter((group) => group.claims.some((claim) => claims[claim]));
    const chosen = new Set(this.session.prefillConsent ?? groups.flatMap((group) => group.claims));
    return html`<form class="prefill" @submit=${this.savePrefill}>
      <fieldset>
        <legend>${text.prefillQuestion()}</legend>
        <p class="hint">${text.prefillHint()}</p>
        ${groups.map(
          (group, index) =>
            html`<div class="choice">
              <input
                type="checkbox"
                id="prefill-${index}"
                name="prefill"
                value=${group.claims.join(' ')}
                ?checked=${group.claims.some((claim) => chosen.has(claim))}
              />
              <label for="prefill-${index}">${group.label()}</label>
            </div>`,
        )}
      </fieldset>
      <div class="prefill-actions">
        <button type="submit" class="button button--primary">${text.prefillSave()}</button>
        <button type="button" class="button button--secondary" @click=${this.refusePrefill}>
          ${text.prefillNone()}
        </button>
      </div>
    </form>`;
  }

  private renderPrefillSummary(): TemplateResult {
    const consent = new Set(this.session.prefillConsent ?? []);
    const names = PREFILL_GROUPS.filter((group) =>
      group.claims.some((claim) => consent.has(claim)),
    ).map((group) => group.label());
    return html`<p>
        ${names.length > 0 ? html`${text.prefillChosen()} ${names.join(', ')}` : text.prefillNothing()}
      </p>
      <button type="button" class="link-button" @click=${() => (this.choosingPrefill = true)}>
        ${text.prefillChange()}
      </button>`;
  }

  /** Minutes until the session ends, while its warning is due (read at render, never stale). */
  private get minutesLeft(): number | undefined {
    const session = this.watched;
    if (!session?.warningDue) return undefined;
    return Math.max(1, Math.ceil((session.endsAt - Date.now()) / 60_000));
  }

  private renderWarning(): TemplateResult | typeof nothing {
    const minutes = this.minutesLeft;
    if (minutes === undefined) return nothing;
    return html`<div class="warning" part="warning">
      <p>${text.expiringSoon(minutes)}</p>
      <button type="button" class="button button--primary" @click=${this.extend}>
        ${text.stayLoggedIn()}
      </button>
    </div>`;
  }

  /**
   * Completes a login this page came back from, or signs in again silently; otherwise asks the
   * portal early whether this site may log in, so a webmaster sees a misconfiguration on load.
   */
  private async resume(): Promise<void> {
    try {
      const returning = isLoginCallback(new URL(location.href)) || loggedInMarker() !== undefined;
      const session = returning
        ? await (await loginCode()).resumeLogin(this.client, this.session)
        : undefined;
      this.activity = { kind: 'idle' };
      if (session) this.announceLogin(session);
      else if (!this.session.claims) await loginConfiguration(this.client);
    } catch (error) {
      // At load only a site that is not registered is worth a notice; the rest waits for a click.
      if (this.activity.kind === 'resuming' || isNotRegistered(error)) this.fail(error, false);
    }
  }

  private async startLogin(trustLevel: TrustLevel | undefined): Promise<void> {
    if (this.activity.kind === 'logging-in') return;
    this.activity = { kind: 'logging-in' };
    const mode = this.mode === 'popup' ? 'popup' : 'redirect';
    // In the click's own task: a popup opened after an import would be blocked.
    const popup = mode === 'popup' ? openLoginPopup() : undefined;
    try {
      const { login } = await loginCode();
      const session = await login(this.client, this.session, {
        mode,
        ...(popup !== undefined ? { popup } : {}),
        ...(trustLevel ? { trustLevel } : {}),
      });
      this.activity = { kind: 'idle' };
      this.announceLogin(session);
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown, moveFocus = true): void {
    const failure = error instanceof LoginError ? error.kind : 'unreachable';
    if (failure === 'not-registered') {
      // For the webmaster, once per page however often it fails and however many buttons the
      // page has: the citizen gets a neutral sentence.
      tellWebmaster(`<saar-login-button>: ${(error as Error).message}`);
    } else if (failure === 'rejected') {
      console.warn('<saar-login-button>: a login was refused:', error);
    }
    this.activity =
      failure === 'cancelled' ? { kind: 'idle', notice: 'cancelled' } : { kind: 'failed', failure };
    if (moveFocus) {
      // The focus is on the button already (it started the login): a screen reader would say
      // nothing new, so the notice is said as well.
      this.focusControl.focusAfterUpdate('login', 'account');
      const notice = this.localize(() => this.noticeText());
      if (notice) this.liveRegion.announce(notice);
    }
  }

  private announceLogin(session: OidcSession): void {
    this.watch(session);
    if (announced.has(session)) return;
    announced.add(session);
    const name = [session.claims.given_name, session.claims.family_name].filter(Boolean).join(' ');
    this.liveRegion.announce(name ? text.loggedInAs(name) : text.anonymousCitizen());
    this.emit(new SaarLoginEvent({ sub: session.claims.sub, trustLevel: session.claims.acr }));
    this.focusControl.focusAfterUpdate('account');
  }

  /** Follows `session`'s expiry warnings. */
  private watch(session: OidcSession | undefined): void {
    if (this.watched === session) return;
    this.watched?.removeEventListener('expiring', this.onExpiring);
    this.watched?.removeEventListener('expired', this.onExpired);
    this.watched?.removeEventListener('extended', this.onExtended);
    this.stopCountdown();
    this.watched = session;
    session?.addEventListener('expiring', this.onExpiring);
    session?.addEventListener('expired', this.onExpired);
    session?.addEventListener('extended', this.onExtended);
    // A warning already due (the session was handed over late) shows at once.
    if (session?.warningDue) this.onExpiring();
  }

  private readonly onExpiring = () => {
    this.requestUpdate();
    if (this.countdown !== undefined) return;
    this.liveRegion.announce(this.localize(() => text.expiringSoon(this.minutesLeft ?? 1)));
    // The minutes shown count down while the warning stands.
    this.countdown = setInterval(() => this.requestUpdate(), 15_000);
  };

  private stopCountdown(): void {
    clearInterval(this.countdown);
    this.countdown = undefined;
    this.requestUpdate();
  }

  private readonly onExpired = () => {
    const sub = this.watched?.claims.sub ?? '';
    this.watch(undefined);
    this.activity = { kind: 'idle', notice: 'expired' };
    this.liveRegion.announce(this.localize(() => text.expired()));
    this.emit(new SaarSessionExpiredEvent({ sub }));
  };

  private readonly onExtended = () => {
    this.stopCountdown();
    this.liveRegion.announce(this.localize(() => text.extended()));
  };

  private readonly extend = async () => {
    await this.watched?.extend();
    this.focusControl.focusAfterUpdate('account');
  };

  private readonly togglePanel = () => {
    this.panelOpen = !this.panelOpen;
  };

  private readonly onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.panelOpen) return;
    event.preventDefault();
    this.panelOpen = false;
    this.focusControl.focusAfterUpdate('account');
  };

  private readonly savePrefill = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const claims = [
      ...form.querySelectorAll<HTMLInputElement>('input[name="prefill"]:checked'),
    ].flatMap((input) => input.value.split(' '));
    this.session.setPrefillConsent(claims);
    this.choosingPrefill = false;
    this.focusControl.focusAfterUpdate('account');
  };

  private readonly refusePrefill = () => {
    this.session.setPrefillConsent([]);
    this.choosingPrefill = false;
    this.focusControl.focusAfterUpdate('account');
  };

  private readonly logout = () => {
    const sub = this.session.claims?.sub ?? '';
    this.emit(new SaarLogoutEvent({ sub }));
    this.watch(undefined);
    this.panelOpen = false;
    this.activity = { kind: 'idle', notice: 'logged-out' };
    const store = this.session;
    const oidc = currentOidcSession();
    // Every widget sees the session end now; the citizen account's logout follows.
    store.signOut();
    oidc?.end();
    void loginCode().then(({ logoutEverywhere }) => logoutEverywhere(store, oidc));
    this.focusControl.focusAfterUpdate('login');
  };
}

function isNotRegistered(error: unknown): boolean {
  return error instanceof LoginError && error.kind === 'not-registered';
}

declare global {
  interface HTMLElementTagNameMap {
    'saar-login-button': SaarLoginButton;
  }
}
