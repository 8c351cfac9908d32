/** When and how long to wait before another attempt. */

/** Tuning of the retry policy. */
export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  /** Delay before the first retry, doubled each time, in milliseconds. */
  baseDelayMs: number;
  /** Longest delay between attempts, in milliseconds. */
  maxDelayMs: number;
  /** Longest `Retry-After` we wait out; beyond it the error goes to the widget. */
  maxRetryAfterMs: number;
}

/** Defaults: three attempts within a few seconds, fitting a citizen waiting at a form. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 2,
  baseDelayMs: 300,
  maxDelayMs: 4000,
  maxRetryAfterMs: 10_000,
};

/**
 * Exponential backoff with full jitter: a random delay up to the doubled cap, so many widgets
 * that failed together do not retry in lockstep.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(random() * cap);
}

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
