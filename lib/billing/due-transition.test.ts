import { describe, expect, it } from "vitest";
import { dueTransition, type BillingFacts } from "./due-transition";

const at = new Date("2026-06-01T00:00:00.000Z");
const before = new Date("2026-05-31T00:00:00.000Z");
const after = new Date("2026-06-02T00:00:00.000Z");

function facts(overrides: Partial<BillingFacts>): BillingFacts {
  return { status: "active", currentPeriodEnd: after, trialEnd: null, cancelAt: null, resumeAt: null, nextDunningAt: null, ...overrides };
}

describe("due billing transition", () => {
  it("renews an active subscription whose period has ended", () => {
    expect(dueTransition(facts({ currentPeriodEnd: before }), at)).toBe("renew");
    expect(dueTransition(facts({ currentPeriodEnd: at }), at)).toBe("renew");
    expect(dueTransition(facts({}), at)).toBeNull();
  });

  it("cancels instead of renewing when set to cancel at period end", () => {
    expect(dueTransition(facts({ currentPeriodEnd: before, cancelAt: before }), at)).toBe("cancel");
    expect(dueTransition(facts({ currentPeriodEnd: after, cancelAt: after }), at)).toBeNull();
  });

  it("collects before renewing, and retries past-due subscriptions when the retry is due", () => {
    expect(dueTransition(facts({ currentPeriodEnd: before, nextDunningAt: before }), at)).toBe("collect");
    expect(dueTransition(facts({ status: "past_due", nextDunningAt: before }), at)).toBe("collect");
    expect(dueTransition(facts({ status: "past_due", nextDunningAt: after, currentPeriodEnd: before }), at)).toBeNull();
  });

  it("ends trials, resumes paused subscriptions on schedule, and leaves the rest", () => {
    expect(dueTransition(facts({ status: "trialing", trialEnd: before, currentPeriodEnd: before }), at)).toBe("end_trial");
    expect(dueTransition(facts({ status: "trialing", trialEnd: after }), at)).toBeNull();
    expect(dueTransition(facts({ status: "paused", resumeAt: before, currentPeriodEnd: before }), at)).toBe("resume");
    expect(dueTransition(facts({ status: "paused", resumeAt: null, currentPeriodEnd: before }), at)).toBeNull();
    expect(dueTransition(facts({ status: "canceled", currentPeriodEnd: before, cancelAt: before }), at)).toBeNull();
    expect(dueTransition(facts({ status: "incomplete", currentPeriodEnd: before }), at)).toBeNull();
  });
});
