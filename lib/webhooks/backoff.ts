// When a failed webhook delivery is tried again (docs/api.md §8: exponential backoff for up to 72 hours).
// Base delays after the 1st, 2nd, … failed attempt: 30 s, 2 min, 8 min, 30 min, 2 h, 6 h, then every
// 12 h; each ±20 % jitter so that endpoints recovering from an outage are not hit all at once. No
// retry is scheduled past 72 hours after the delivery was created: the delivery then fails for good.
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const RETRY_BASE_DELAYS_MS: readonly number[] = [30 * SECOND, 2 * MINUTE, 8 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR];
export const RETRY_STEADY_DELAY_MS = 12 * HOUR;
export const RETRY_JITTER = 0.2;
export const RETRY_WINDOW_MS = 72 * HOUR;

export type BackoffOptions = {
  /** Base delays after the 1st, 2nd, … failure; the last one repeats. Default 30 s … 6 h, then 12 h. */
  retryDelaysMs?: readonly number[];
  /** How long after its creation a delivery is retried; default 72 h. */
  retryWindowMs?: number;
  /** A number in [0, 1), as Math.random; injectable for tests. */
  random?: () => number;
};

/** The jittered delay after the `failedAttempts`-th failed attempt (1-based). */
export function retryDelayMs(failedAttempts: number, options: Pick<BackoffOptions, "retryDelaysMs" | "random"> = {}): number {
  const base = baseDelayMs(failedAttempts, options.retryDelaysMs);
  const random = (options.random ?? Math.random)();
  const factor = 1 - RETRY_JITTER + 2 * RETRY_JITTER * Math.min(Math.max(random, 0), 1);
  return Math.round(base * factor);
}

export function baseDelayMs(failedAttempts: number, delays: readonly number[] = [...RETRY_BASE_DELAYS_MS, RETRY_STEADY_DELAY_MS]): number {
  if (delays.length === 0) throw new Error("retryDelaysMs must not be empty");
  const index = Math.min(Math.max(failedAttempts, 1), delays.length) - 1;
  return delays[index] as number;
}

/**
 * When to try again after the `failedAttempts`-th failed attempt at `at`, or null when that would be
 * later than the retry window allows (the delivery has failed for good).
 */
export function nextRetryAt(input: { failedAttempts: number; createdAt: Date; at: Date }, options: BackoffOptions = {}): Date | null {
  const next = input.at.getTime() + retryDelayMs(input.failedAttempts, options);
  const deadline = input.createdAt.getTime() + (options.retryWindowMs ?? RETRY_WINDOW_MS);
  return next > deadline ? null : new Date(next);
}
