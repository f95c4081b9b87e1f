// 50 concurrent double-submits of pay, cancel, pause, resume and plan change — through the signed API
// (with one shared Idempotency-Key and with none) and through the domain calls the portal's server
// actions make — each end with one charge, one state change and one event, and the test processor's
// own count of charges equals the recorded ones (issue 10, item 4; docs/decisions/0011-money-safety.md).
// Run on PostgreSQL too: SQLite serialises writers, PostgreSQL is where these races are real.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // 50 requests at once are more than the `mutating` bucket holds; this file tests races, not limits.
  process.env.RATE_LIMIT_MULTIPLIER = "5";
});

import { prisma } from "../db";
import { advanceClock, resetClock } from "../clock";
import { callApi, type ApiResult } from "../testing/api-client";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { payInvoice } from "../invoices/pay-invoice";
import { cancelSubscription } from "../subscriptions/cancel-subscription";
import { resumeSubscription } from "../subscriptions/resume-subscription";
import { pauseSubscription } from "../subscriptions/pause-subscription";
import { changeSubscriptionPlan } from "../subscriptions/change-subscription-plan";
import { findSubscription } from "../subscriptions/find-subscription";
import { previewPlanChange } from "../subscriptions/plan-change";
import { SUBMITS, eventCount, expectOneCharge, expectOnlyOkOrConflict, settleAll, times } from "./double-submit-helpers";

const BOTH_WAYS = { canUpgrade: true, canDowngrade: true };
type IdempotencyKeyOf = (index: number) => string | undefined;
const IDEMPOTENCY: [string, IdempotencyKeyOf][] = [
  ["one shared Idempotency-Key", () => "double-submit"],
  ["no Idempotency-Key", () => undefined],
];

afterEach(() => resetClock());
afterAll(() => {
  delete process.env.RATE_LIMIT_MULTIPLIER;
});

async function submitApi(
  fixture: Awaited<ReturnType<typeof createSubscribedCustomer>>,
  request: { method?: string; path: string; body: unknown },
  idempotencyKey: IdempotencyKeyOf,
): Promise<ApiResult[]> {
  return times(SUBMITS, (index) => callApi({ key: fixture.workspace.key, ...request, idempotencyKey: idempotencyKey(index) }));
}

describe.each(IDEMPOTENCY)("the API with %s", (_, idempotencyKey) => {
  it(`pays an invoice once when POST /v1/invoices/:id/pay arrives ${SUBMITS} times at once`, async () => {
    const fixture = await createSubscribedCustomer();
    const results = await submitApi(fixture, { path: `/v1/invoices/${fixture.invoice.id}/pay`, body: {} }, idempotencyKey);
    expectOnlyOkOrConflict(results);
    await expectOneCharge(fixture.tenant, fixture.customerId);
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: fixture.invoice.id } })).toMatchObject({ status: "paid", amountDue: 0, amountPaid: 4900 });
    expect(await eventCount(fixture.tenant, "invoice.paid")).toBe(1);
  });

  it(`cancels once when POST /v1/subscriptions/:id/cancel arrives ${SUBMITS} times at once`, async () => {
    const fixture = await createSubscribedCustomer();
    const path = `/v1/subscriptions/${fixture.subscription.id}/cancel`;
    const results = await submitApi(fixture, { path, body: { at: "now", reason: "user_request" } }, idempotencyKey);
    expectOnlyOkOrConflict(results);
    expect(await eventCount(fixture.tenant, "subscription.cancelled")).toBe(1);
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: fixture.subscription.id } })).status).toBe("canceled");
  });

  it(`pauses once, then resumes once, when each arrives ${SUBMITS} times at once`, async () => {
    const fixture = await createSubscribedCustomer();
    const path = `/v1/subscriptions/${fixture.subscription.id}`;
    expectOnlyOkOrConflict(await submitApi(fixture, { path: `${path}/pause`, body: {} }, idempotencyKey));
    expect(await eventCount(fixture.tenant, "subscription.paused")).toBe(1);
    const resumeKey = (index: number) => idempotencyKey(index) && "double-submit-resume";
    expectOnlyOkOrConflict(await submitApi(fixture, { path: `${path}/resume`, body: {} }, resumeKey));
    expect(await eventCount(fixture.tenant, "subscription.resumed")).toBe(1);
    expect(await eventCount(fixture.tenant, "subscription.updated")).toBe(2);
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: fixture.subscription.id } })).status).toBe("active");
  });

  it(`changes plan and charges the proration once when PATCH /v1/subscriptions/:id arrives ${SUBMITS} times at once`, async () => {
    const fixture = await createSubscribedCustomer();
    const body = { priceId: fixture.plans.business.priceId };
    const results = await submitApi(fixture, { method: "PATCH", path: `/v1/subscriptions/${fixture.subscription.id}`, body }, idempotencyKey);
    expectOnlyOkOrConflict(results);
    await expectOneCharge(fixture.tenant, fixture.customerId);
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: fixture.subscription.id } })).priceId).toBe(fixture.plans.business.priceId);
    expect(await eventCount(fixture.tenant, "subscription.updated")).toBe(1);
    expect(await eventCount(fixture.tenant, "invoice.paid")).toBe(1);
    expect(await prisma.invoice.count({ where: { subscriptionId: fixture.subscription.id, status: "paid" } })).toBe(1);
  });
});

describe("the portal's server-side actions", () => {
  it(`pay an invoice once when "Pay" is submitted ${SUBMITS} times at once`, async () => {
    const { tenant, customerId, invoice } = await createSubscribedCustomer();
    const outcomes = await settleAll(SUBMITS, () => payInvoice(tenant, invoice.id, { customerId }));
    expect(outcomes.filter((outcome) => outcome.status === "paid")).toHaveLength(1);
    expect(outcomes.every((outcome) => outcome.status === "paid" || outcome.status === "already_paid")).toBe(true);
    await expectOneCharge(tenant, customerId);
    expect(await eventCount(tenant, "invoice.paid")).toBe(1);
  });

  it(`cancel at period end once when "Cancel" is submitted ${SUBMITS} times at once`, async () => {
    const { tenant, customerId, subscription } = await createSubscribedCustomer();
    const input = { at: "period_end" as const, reason: "customer_portal" as const, customerId };
    const outcomes = await settleAll(SUBMITS, () => cancelSubscription(tenant, subscription.id, input));
    expect(outcomes.length).toBeGreaterThanOrEqual(1);
    expect(await eventCount(tenant, "subscription.cancelled")).toBe(1);
    const resumed = await settleAll(SUBMITS, () => resumeSubscription(tenant, subscription.id, { customerId }));
    expect(resumed.length).toBeGreaterThanOrEqual(1);
    expect(await eventCount(tenant, "subscription.updated")).toBe(1);
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).cancelAt).toBeNull();
  });

  it(`pause once when pausing is submitted ${SUBMITS} times at once`, async () => {
    const { tenant, subscription } = await createSubscribedCustomer();
    await settleAll(SUBMITS, () => pauseSubscription(tenant, subscription.id, { resumeAt: null }));
    expect(await eventCount(tenant, "subscription.paused")).toBe(1);
  });

  it(`change plan once when the confirmation of two previews is submitted ${SUBMITS} times at once`, async () => {
    const { tenant, customerId, subscription, plans } = await createSubscribedCustomer();
    const current = await findSubscription(tenant, subscription.id, { customerId });
    const firstTab = await previewPlanChange(tenant, current, plans.business.priceId, BOTH_WAYS);
    advanceClock(1000);
    const secondTab = await previewPlanChange(tenant, current, plans.business.priceId, BOTH_WAYS);
    expect(secondTab.quoteToken).not.toBe(firstTab.quoteToken);
    const quoteOf = (index: number) => (index % 2 === 0 ? firstTab : secondTab).quoteToken;
    const outcomes = await settleAll(SUBMITS, (index) => changeSubscriptionPlan(tenant, customerId, subscription.id, quoteOf(index), BOTH_WAYS));
    expect(outcomes.filter((outcome) => outcome.status === "changed")).toHaveLength(1);
    await expectOneCharge(tenant, customerId);
    expect(await eventCount(tenant, "subscription.updated")).toBe(1);
    expect(await eventCount(tenant, "invoice.paid")).toBe(1);
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).priceId).toBe(plans.business.priceId);
  });
});
