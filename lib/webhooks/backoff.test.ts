import { describe, expect, it } from "vitest";
import { baseDelayMs, nextRetryAt, retryDelayMs, RETRY_BASE_DELAYS_MS, RETRY_STEADY_DELAY_MS, RETRY_WINDOW_MS } from "./backoff";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const fixed = (value: number) => () => value;

describe("retry backoff", () => {
  it("uses 30 s, 2 min, 8 min, 30 min, 2 h, 6 h, then every 12 h", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => baseDelayMs(n))).toEqual([
      30 * SECOND,
      2 * MINUTE,
      8 * MINUTE,
      30 * MINUTE,
      2 * HOUR,
      6 * HOUR,
      12 * HOUR,
      12 * HOUR,
      12 * HOUR,
    ]);
    expect(RETRY_BASE_DELAYS_MS.length).toBe(6);
    expect(RETRY_STEADY_DELAY_MS).toBe(12 * HOUR);
  });

  it("keeps every jittered delay within ±20 % of its base, and the first retry under a minute", () => {
    for (let n = 1; n <= 10; n++) {
      const base = baseDelayMs(n);
      expect(retryDelayMs(n, { random: fixed(0) })).toBe(Math.round(base * 0.8));
      expect(retryDelayMs(n, { random: fixed(0.999999) })).toBeLessThanOrEqual(Math.round(base * 1.2));
      expect(retryDelayMs(n, { random: fixed(0.5) })).toBe(base);
      for (let i = 0; i < 200; i++) {
        const delay = retryDelayMs(n);
        expect(delay).toBeGreaterThanOrEqual(Math.round(base * 0.8));
        expect(delay).toBeLessThanOrEqual(Math.round(base * 1.2));
      }
    }
    for (let i = 0; i < 1000; i++) expect(retryDelayMs(1)).toBeLessThan(60 * SECOND);
  });

  it("actually jitters", () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3)));
    expect(delays.size).toBeGreaterThan(10);
  });

  it("stops scheduling retries 72 hours after the delivery was created", () => {
    const createdAt = new Date("2026-03-01T00:00:00Z");
    expect(RETRY_WINDOW_MS).toBe(72 * HOUR);
    // Walk the whole schedule with the longest jitter: every retry is inside the window, and the first one past it is refused.
    let at = createdAt;
    let failedAttempts = 0;
    const retries: Date[] = [];
    for (;;) {
      failedAttempts++;
      const next = nextRetryAt({ failedAttempts, createdAt, at }, { random: fixed(0.999999) });
      if (!next) break;
      retries.push(next);
      at = next;
    }
    expect(retries.length).toBeGreaterThan(8);
    expect(retries.every((retry) => retry.getTime() - createdAt.getTime() <= RETRY_WINDOW_MS)).toBe(true);
    expect(at.getTime() + retryDelayMs(failedAttempts, { random: fixed(0.999999) })).toBeGreaterThan(createdAt.getTime() + RETRY_WINDOW_MS);

    const late = new Date(createdAt.getTime() + RETRY_WINDOW_MS - 10 * MINUTE);
    expect(nextRetryAt({ failedAttempts: 1, createdAt, at: late }, { random: fixed(0.5) })).toEqual(new Date(late.getTime() + 30 * SECOND));
    expect(nextRetryAt({ failedAttempts: 7, createdAt, at: late })).toBeNull();
  });

  it("takes injected delays and window", () => {
    const createdAt = new Date("2026-03-01T00:00:00Z");
    const options = { retryDelaysMs: [1000, 5000], retryWindowMs: 8000, random: fixed(0.5) };
    expect(nextRetryAt({ failedAttempts: 1, createdAt, at: createdAt }, options)).toEqual(new Date(createdAt.getTime() + 1000));
    expect(nextRetryAt({ failedAttempts: 2, createdAt, at: new Date(createdAt.getTime() + 1000) }, options)).toEqual(new Date(createdAt.getTime() + 6000));
    expect(nextRetryAt({ failedAttempts: 3, createdAt, at: new Date(createdAt.getTime() + 6000) }, options)).toBeNull();
  });
});
