// The bucket statement itself, on whichever database the integration run uses (SQLite by default,
// PostgreSQL with INTEGRATION_DATABASE_URL): concurrent takes never fail and never over-grant.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, freezeClock, now, resetClock } from "../clock";
import { consumeRateLimitToken } from "./consume-rate-limit-token";

afterEach(() => resetClock());

describe("consumeRateLimitToken", () => {
  it("grants exactly the capacity to a concurrent burst and refuses the rest without an error", async () => {
    freezeClock(now());
    const key = `test:${randomUUID()}`;
    const policy = { capacity: 20, refillPerSecond: 20 };
    const decisions = await Promise.all(Array.from({ length: 60 }, () => consumeRateLimitToken(key, policy)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(20);
    const refused = decisions.filter((decision) => !decision.allowed);
    expect(refused).toHaveLength(40);
    for (const decision of refused) {
      expect(decision.remaining).toBe(0);
      expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(decisions.filter((d) => d.allowed).map((d) => d.remaining))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => i)));
  });

  it("refills with time, up to the capacity, and counts a refusal as nothing taken", async () => {
    freezeClock(now());
    const key = `test:${randomUUID()}`;
    const policy = { capacity: 5, refillPerSecond: 5 / 60 };
    for (let i = 0; i < 5; i++) expect((await consumeRateLimitToken(key, policy)).allowed).toBe(true);
    const refused = await consumeRateLimitToken(key, policy);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 12 });
    advanceClock(12_000);
    expect(await consumeRateLimitToken(key, policy)).toMatchObject({ allowed: true, remaining: 0 });
    advanceClock(3_600_000);
    expect(await consumeRateLimitToken(key, policy)).toMatchObject({ allowed: true, remaining: 4 });
  });
});
