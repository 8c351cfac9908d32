/**
 * Password guessing per account: after `maxFailures` wrong passwords for one login name within
 * `windowMs`, that name is refused until the window has passed, whatever the password. Counted
 * per login name (not per address: guesses spread over many addresses still hit one account),
 * in memory (the development provider runs as one process).
 */

/** The throttle's settings. */
export interface LoginThrottleOptions {
  maxFailures: number;
  windowMs: number;
  /** Login names remembered at most; the oldest are forgotten first. */
  maxTracked: number;
}

const DEFAULTS: LoginThrottleOptions = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  maxTracked: 10_000,
};

/** Counts failed logins per login name. */
export class LoginThrottle {
  readonly #options: LoginThrottleOptions;
  readonly #failures = new Map<string, number[]>();

  constructor(options: Partial<LoginThrottleOptions> = {}) {
    this.#options = { ...DEFAULTS, ...options };
  }

  #recent(login: string, now: number): number[] {
    const since = now - this.#options.windowMs;
    return (this.#failures.get(login.trim().toLowerCase()) ?? []).filter((at) => at > since);
  }

  /** Seconds until `login` may try again, or 0 when it may now. */
  retryAfterSeconds(login: string, now = Date.now()): number {
    const recent = this.#recent(login, now);
    if (recent.length < this.#options.maxFailures) return 0;
    return Math.ceil((recent[0]! + this.#options.windowMs - now) / 1000);
  }

  /** Records a wrong password for `login`. */
  failed(login: string, now = Date.now()): void {
    const key = login.trim().toLowerCase();
    const recent = [...this.#recent(key, now), now].slice(-this.#options.maxFailures);
    this.#failures.delete(key);
    this.#failures.set(key, recent);
    if (this.#failures.size > this.#options.maxTracked) {
      this.#failures.delete(this.#failures.keys().next().value!);
    }
  }

  /** Forgets the failures of `login` after a successful login. */
  succeeded(login: string): void {
    this.#failures.delete(login.trim().toLowerCase());
  }
}
