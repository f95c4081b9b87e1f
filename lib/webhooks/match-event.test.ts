import { describe, expect, it } from "vitest";
import { matchesEvent } from "./match-event";

describe("matchesEvent", () => {
  it("matches the listed types only", () => {
    expect(matchesEvent(["invoice.paid", "customer.updated"], "invoice.paid")).toBe(true);
    expect(matchesEvent(["invoice.paid", "customer.updated"], "customer.updated")).toBe(true);
    expect(matchesEvent(["invoice.paid"], "invoice.payment_failed")).toBe(false);
    expect(matchesEvent(["invoice.paid"], "invoice")).toBe(false);
    expect(matchesEvent([], "invoice.paid")).toBe(false);
  });

  it('matches everything with ["*"]', () => {
    expect(matchesEvent(["*"], "invoice.paid")).toBe(true);
    expect(matchesEvent(["*"], "subscription.cancelled")).toBe(true);
  });

  it("treats * as a whole-list wildcard, not a glob", () => {
    expect(matchesEvent(["invoice.*"], "invoice.paid")).toBe(false);
  });
});
