/** The login button's public events. They never carry tokens. */
import type { TrustLevel } from '../api/vocabulary.js';
import { SaarEvent } from '../shared/events.js';

/** What `saar-login` carries: who logged in, at which trust level. */
export interface LoginDetail {
  /** The citizen's stable pseudonymous id at the citizen account. */
  sub: string;
  /** The trust level of this login. */
  trustLevel: TrustLevel;
}

/** Fired when a citizen has logged in (also after a silent login on a new page). */
export class SaarLoginEvent extends SaarEvent<LoginDetail> {
  static readonly type = 'saar-login';
  constructor(detail: LoginDetail) {
    super(SaarLoginEvent.type, detail);
  }
}

/** What `saar-logout` carries. */
export interface LogoutDetail {
  /** The citizen who logged out. */
  sub: string;
}

/** Fired when the citizen logs out, just before the page goes to the citizen account's logout. */
export class SaarLogoutEvent extends SaarEvent<LogoutDetail> {
  static readonly type = 'saar-logout';
  constructor(detail: LogoutDetail) {
    super(SaarLogoutEvent.type, detail);
  }
}

/** What `saar-session-expired` carries. */
export interface SessionExpiredDetail {
  /** The citizen whose session ended. */
  sub: string;
}

/** Fired when the session ended without activity; what widgets hold stays on the page. */
export class SaarSessionExpiredEvent extends SaarEvent<SessionExpiredDetail> {
  static readonly type = 'saar-session-expired';
  constructor(detail: SessionExpiredDetail) {
    super(SaarSessionExpiredEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'saar-login': SaarLoginEvent;
    'saar-logout': SaarLogoutEvent;
    'saar-session-expired': SaarSessionExpiredEvent;
  }
}
