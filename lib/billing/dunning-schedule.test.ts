import { describe, expect, it } from "vitest";
import { DUNNING_RETRY_DAYS, nextDunningAttemptAt } from "./dunning-schedule";

const DAY_MS = 86_400_000;
const failedAt = new Date("2026-05-12T10:42:00.000Z");

describe("dunning schedule", () => {
  it("retries 1, 3 and 5 days after each failed attempt: three retries", () => {
    expect(DUNNING_RETRY_DAYS).toEqual([1, 3, 5]);
    expect(nextDunningAttemptAt(1, failedAt)?.toISOString()).toBe(new Date(failedAt.getTime() + DAY_MS).toISOString());
    expect(nextDunningAttemptAt(2, failedAt)?.toISOString()).toBe(new Date(failedAt.getTime() + 3 * DAY_MS).toISOString());
    expect(nextDunningAttemptAt(3, failedAt)?.toISOString()).toBe(new Date(failedAt.getTime() + 5 * DAY_MS).toISOString());
  });

  it("gives up after the third retry fails", () => {
    expect(nextDunningAttemptAt(4, failedAt)).toBeNull();
    expect(nextDunningAttemptAt(9, failedAt)).toBeNull();
  });

  it("has no retry before any attempt failed", () => {
    expect(nextDunningAttemptAt(0, failedAt)).toBeNull();
  });

  it("chains from each attempt's due time: the last retry is 9 days after the first failure", () => {
    let dueAt = failedAt;
    const retries: Date[] = [];
    for (let failed = 1; ; failed++) {
      const next = nextDunningAttemptAt(failed, dueAt);
      if (!next) break;
      retries.push(next);
      dueAt = next;
    }
    expect(retries.map((retry) => (retry.getTime() - failedAt.getTime()) / DAY_MS)).toEqual([1, 4, 9]);
  });
});
