// The earlier official SDK's subscription fields, computed from what is stored (docs/api.md §10.4).
import { describe, expect, it } from "vitest";
import type { Subscription } from "../generated/prisma/client";
import { cancelsAtPeriodEnd, toSubscriptionResource } from "./subscription-resource";

const periodEnd = new Date("2027-01-01T00:00:00.000Z");
const dayBefore = new Date("2026-12-31T00:00:00.000Z");
const dayAfter = new Date("2027-01-02T00:00:00.000Z");
const facts = (status: string, cancelAt: Date | null) => ({ status, cancelAt, currentPeriodEnd: periodEnd });

describe("cancelsAtPeriodEnd", () => {
  it("holds while a cancellation is scheduled at or before the period end", () => {
    expect(cancelsAtPeriodEnd(facts("active", periodEnd))).toBe(true);
    expect(cancelsAtPeriodEnd(facts("trialing", dayBefore))).toBe(true);
    expect(cancelsAtPeriodEnd(facts("past_due", periodEnd))).toBe(true);
  });

  it("is false without a cancellation, once canceled, and for one after the period (it renews first)", () => {
    expect(cancelsAtPeriodEnd(facts("active", null))).toBe(false);
    expect(cancelsAtPeriodEnd(facts("canceled", periodEnd))).toBe(false);
    expect(cancelsAtPeriodEnd(facts("active", dayAfter))).toBe(false);
  });
});

describe("toSubscriptionResource", () => {
  const row: Subscription = {
    id: "sub_1",
    workspaceId: "ws_1",
    mode: "test",
    customerId: "cus_1",
    planId: "plan_1",
    priceId: "price_1",
    status: "trialing",
    collectionMethod: "charge_automatically",
    currentPeriodStart: dayBefore,
    currentPeriodEnd: periodEnd,
    trialEnd: periodEnd,
    cancelAt: periodEnd,
    canceledAt: null,
    canceledReason: "user_request",
    cancellationComment: null,
    pausedAt: null,
    resumeAt: null,
    scheduledPriceId: null,
    scheduledPlanId: null,
    dunningAttempts: 0,
    nextDunningAt: null,
    billingLeaseOwner: null,
    billingLeaseExpiresAt: null,
    defaultPaymentMethodId: null,
    metadata: null,
    createdAt: dayBefore,
    updatedAt: dayBefore,
  };

  it("serves trialEndsAt as trialEnd and cancelAtPeriodEnd beside cancelAt", () => {
    expect(toSubscriptionResource(row, "acc_1")).toMatchObject({
      trialEnd: "2027-01-01T00:00:00.000Z",
      trialEndsAt: "2027-01-01T00:00:00.000Z",
      cancelAt: "2027-01-01T00:00:00.000Z",
      cancelAtPeriodEnd: true,
    });
    expect(toSubscriptionResource({ ...row, trialEnd: null, cancelAt: null }, "acc_1")).toMatchObject({ trialEndsAt: null, cancelAtPeriodEnd: false });
  });
});
