import { describe, expect, it } from "vitest";
import {
  CANCELLABLE_STATUSES,
  NON_RENEWING_CANCELLABLE_STATUSES,
  SUBSCRIPTION_STATUSES,
  canChangePlan,
  isCancellableStatus,
  isCollectableStatus,
  isLiveStatus,
  isOngoingStatus,
  isPausableStatus,
  isScheduledToCancel,
  type SubscriptionStatus,
} from "./subscription-status";

/** The statuses for which a predicate holds, in lifecycle order. */
const where = (predicate: (status: SubscriptionStatus) => boolean) => SUBSCRIPTION_STATUSES.filter(predicate);
const cancelAt = new Date("2026-12-10T00:00:00Z");

describe("subscription statuses", () => {
  it("lists the six statuses of the API", () => {
    expect(SUBSCRIPTION_STATUSES).toEqual(["trialing", "active", "past_due", "paused", "canceled", "incomplete"]);
  });

  it("calls trialing, active and past-due subscriptions live, and lets exactly those pause", () => {
    expect(where(isLiveStatus)).toEqual(["trialing", "active", "past_due"]);
    expect(where(isPausableStatus)).toEqual(["trialing", "active", "past_due"]);
  });

  it("cancels anything not cancelled already", () => {
    expect(where(isCancellableStatus)).toEqual(["trialing", "active", "past_due", "paused", "incomplete"]);
    expect(CANCELLABLE_STATUSES).not.toContain("canceled");
  });

  it("collects payments from active and past-due subscriptions only", () => {
    expect(where(isCollectableStatus)).toEqual(["active", "past_due"]);
  });

  it("holds paused subscriptions, but not incomplete or cancelled ones, to their plan's rules", () => {
    expect(where(isOngoingStatus)).toEqual(["trialing", "active", "past_due", "paused"]);
  });

  it("finds scheduled cancellations of non-renewing statuses by their date alone", () => {
    expect(NON_RENEWING_CANCELLABLE_STATUSES).toEqual(["past_due", "paused", "incomplete"]);
  });

  it("is scheduled to cancel while cancelAt is set and the subscription has not been cancelled", () => {
    expect(isScheduledToCancel({ status: "active", cancelAt })).toBe(true);
    expect(isScheduledToCancel({ status: "paused", cancelAt })).toBe(true);
    expect(isScheduledToCancel({ status: "active", cancelAt: null })).toBe(false);
    expect(isScheduledToCancel({ status: "canceled", cancelAt })).toBe(false);
  });

  it("changes plan only from a trialing or active subscription that is not set to cancel", () => {
    expect(where((status) => canChangePlan({ status, cancelAt: null }))).toEqual(["trialing", "active"]);
    expect(canChangePlan({ status: "active", cancelAt })).toBe(false);
  });

  it("rejects statuses it does not know", () => {
    for (const predicate of [isLiveStatus, isCancellableStatus, isCollectableStatus, isOngoingStatus]) expect(predicate("unknown")).toBe(false);
    expect(canChangePlan({ status: "unknown", cancelAt: null })).toBe(false);
  });
});
