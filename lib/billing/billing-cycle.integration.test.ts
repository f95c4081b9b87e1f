// Billing time against a real database: the workspace's test clock moves, runBillingCycle applies
// scheduled cancellations, renewals (with customer credit), trial ends and scheduled resumes.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { advanceClock, now, resetClock } from "../clock";
import { addInterval } from "../subscriptions/billing-period";
import { cancelSubscription } from "../subscriptions/cancel-subscription";
import { createSubscription } from "../subscriptions/create-subscription";
import { pauseSubscription } from "../subscriptions/pause-subscription";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { runBillingCycle } from "./run-billing-cycle";
import { BILLING_LEASE_MS, claimBillingLease } from "./billing-lease";
import { DAY_MS, HOUR_MS, advanceWorkspaceClock, eventTypes, invoicesOf, lastEvent, subscriptionRow } from "./billing-test-fixtures";

const worker = { workerId: "test-worker", limit: 500 };

afterEach(() => resetClock());

/** The fixture's period ends 20 days from now: this moves its clock just past that. */
async function pastPeriodEnd() {
  const fixture = await createSubscribedCustomer();
  await advanceWorkspaceClock(fixture.tenant, 20 * DAY_MS + HOUR_MS);
  return fixture;
}

describe("scheduled cancellation", () => {
  it("takes effect at cancelAt with subscription.cancelled, and issues no invoice", async () => {
    const { tenant, subscription, invoice } = await createSubscribedCustomer();
    await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal" });
    await advanceWorkspaceClock(tenant, 20 * DAY_MS + HOUR_MS);
    expect((await runBillingCycle(worker)).processed).toBeGreaterThanOrEqual(1);
    const canceled = await subscriptionRow(subscription.id);
    expect(canceled).toMatchObject({ status: "canceled", canceledReason: "customer_portal", billingLeaseOwner: null });
    expect(canceled.canceledAt?.toISOString()).toBe(subscription.currentPeriodEnd.toISOString());
    expect(await eventTypes(tenant, "subscription.")).toEqual(["subscription.cancelled", "subscription.cancelled"]);
    const event = await lastEvent(tenant, "subscription.cancelled");
    expect(event?.data.object).toMatchObject({ id: subscription.id, status: "canceled" });
    expect(event?.data.previousAttributes).toMatchObject({ status: "active", canceledAt: null });
    expect(await invoicesOf(subscription.id, invoice)).toEqual([]);
  });
});

describe("renewal", () => {
  it("starts the next period and charges its invoice, applying the customer's credit", async () => {
    const { tenant, customerId, subscription, invoice } = await createSubscribedCustomer();
    await prisma.customer.update({ where: { id: customerId }, data: { creditBalance: 1000 } });
    await advanceWorkspaceClock(tenant, 20 * DAY_MS + HOUR_MS);
    await runBillingCycle(worker);
    const renewed = await subscriptionRow(subscription.id);
    expect(renewed).toMatchObject({ status: "active", dunningAttempts: 0, nextDunningAt: null });
    expect(renewed.currentPeriodStart.toISOString()).toBe(subscription.currentPeriodEnd.toISOString());
    expect(renewed.currentPeriodEnd.toISOString()).toBe(addInterval(subscription.currentPeriodEnd, "month", 1).toISOString());
    const [renewal, ...others] = await invoicesOf(subscription.id, invoice);
    expect(others).toEqual([]);
    expect(renewal).toMatchObject({ status: "paid", subtotal: 3900, total: 3900, amountPaid: 3900, amountDue: 0 });
    expect(renewal?.lines.map((line) => [line.description, line.amount])).toEqual([
      ["Pro (monthly)", 4900],
      ["Credit applied", -1000],
    ]);
    expect(renewal?.charges.map((charge) => [charge.amount, charge.status])).toEqual([[3900, "succeeded"]]);
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: customerId } })).creditBalance).toBe(0);
    expect(await eventTypes(tenant, "subscription.")).toEqual(["subscription.updated", "subscription.renewed"]);
    expect((await lastEvent(tenant, "subscription.updated"))?.data.previousAttributes).toEqual({
      currentPeriodStart: subscription.currentPeriodStart.toISOString(),
      currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
    });
    expect((await lastEvent(tenant, "invoice.paid"))?.data.object).toMatchObject({ id: renewal?.id, total: 3900 });
  });

  it("settles an invoice that credit covers in full without charging the card", async () => {
    const { tenant, customerId, subscription, invoice } = await createSubscribedCustomer();
    await prisma.customer.update({ where: { id: customerId }, data: { creditBalance: 10_000 } });
    await advanceWorkspaceClock(tenant, 20 * DAY_MS + HOUR_MS);
    await runBillingCycle(worker);
    const [renewal] = await invoicesOf(subscription.id, invoice);
    expect(renewal).toMatchObject({ status: "paid", total: 0, charges: [] });
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: customerId } })).creditBalance).toBe(5100);
    expect((await subscriptionRow(subscription.id)).nextDunningAt).toBeNull();
    expect(await eventTypes(tenant, "invoice.paid")).toHaveLength(1);
  });

  it("catches up one period at a time when the clock has moved months ahead", async () => {
    const { tenant, subscription, invoice } = await createSubscribedCustomer();
    await advanceWorkspaceClock(tenant, 100 * DAY_MS);
    await runBillingCycle(worker);
    let end = subscription.currentPeriodEnd;
    const billingNow = now().getTime() + 100 * DAY_MS;
    let periods = 0;
    while (end.getTime() <= billingNow - 60_000) [end, periods] = [addInterval(end, "month", 1), periods + 1];
    const renewals = await invoicesOf(subscription.id, invoice);
    expect(renewals).toHaveLength(periods);
    expect(periods).toBe(3);
    expect(renewals.every((renewal) => renewal.status === "paid" && renewal.charges.length === 1)).toBe(true);
    expect((await subscriptionRow(subscription.id)).currentPeriodEnd.toISOString()).toBe(end.toISOString());
  });

  it("issues send_invoice renewals open, due in 30 days, and stays active", async () => {
    const { tenant, customerId, plans } = await createSubscribedCustomer();
    const created = await createSubscription(tenant, {
      customerId,
      planId: plans.starter.planId,
      priceId: plans.starter.priceId,
      collectionMethod: "send_invoice",
    });
    const first = (await invoicesOf(created.id))[0];
    await advanceWorkspaceClock(tenant, 32 * DAY_MS);
    await runBillingCycle(worker);
    const [renewal] = await invoicesOf(created.id, first);
    expect(renewal).toMatchObject({ status: "open", total: 1900, charges: [] });
    expect(renewal!.dueAt!.getTime() - renewal!.issuedAt!.getTime()).toBe(30 * DAY_MS);
    expect((await subscriptionRow(created.id)).status).toBe("active");
  });
});

describe("trial end and scheduled resume", () => {
  it("ends a trial: the first paid period starts at trialEnd and its invoice is charged", async () => {
    const { tenant, customerId, plans } = await createSubscribedCustomer();
    const trial = await createSubscription(tenant, { customerId, planId: plans.starter.planId, priceId: plans.starter.priceId, trialDays: 14 });
    expect(trial.status).toBe("trialing");
    await advanceWorkspaceClock(tenant, 14 * DAY_MS + HOUR_MS);
    await runBillingCycle(worker);
    const active = await subscriptionRow(trial.id);
    expect(active.status).toBe("active");
    expect(active.currentPeriodStart.toISOString()).toBe(trial.trialEnd);
    expect(active.currentPeriodEnd.toISOString()).toBe(addInterval(new Date(trial.trialEnd!), "month", 1).toISOString());
    const [first] = await invoicesOf(trial.id);
    expect(first).toMatchObject({ status: "paid", total: 1900 });
    expect((await lastEvent(tenant, "subscription.updated"))?.data.previousAttributes).toMatchObject({ status: "trialing" });
  });

  it("resumes a paused subscription at resumeAt", async () => {
    const { tenant, subscription } = await createSubscribedCustomer();
    await pauseSubscription(tenant, subscription.id, { resumeAt: new Date(now().getTime() + 5 * DAY_MS) });
    await advanceWorkspaceClock(tenant, 4 * DAY_MS);
    await runBillingCycle(worker);
    expect((await subscriptionRow(subscription.id)).status).toBe("paused");
    await advanceWorkspaceClock(tenant, DAY_MS + HOUR_MS);
    await runBillingCycle(worker);
    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: "active", pausedAt: null, resumeAt: null });
    expect((await lastEvent(tenant, "subscription.updated"))?.data.previousAttributes).toMatchObject({ status: "paused" });
    expect((await eventTypes(tenant, "subscription.")).slice(-2)).toEqual(["subscription.updated", "subscription.resumed"]);
    expect((await lastEvent(tenant, "subscription.resumed"))?.data).toMatchObject({
      aggregateType: "subscription",
      aggregateId: subscription.id,
      object: { id: subscription.id, status: "active" },
    });
  });
});

describe("concurrency and idempotency", () => {
  it("two workers at once charge each renewal exactly once; a re-run processes nothing", async () => {
    const fixtures = await Promise.all([pastPeriodEnd(), pastPeriodEnd(), pastPeriodEnd()]);
    const [first, second] = await Promise.all([runBillingCycle({ workerId: "worker-a", limit: 500 }), runBillingCycle({ workerId: "worker-b", limit: 500 })]);
    expect(first.processed + second.processed).toBeGreaterThanOrEqual(fixtures.length);
    for (const { subscription, invoice, tenant } of fixtures) {
      const renewals = await invoicesOf(subscription.id, invoice);
      expect(renewals).toHaveLength(1);
      expect(await prisma.charge.count({ where: { invoiceId: renewals[0]!.id } })).toBe(1);
      expect(await eventTypes(tenant, "invoice.paid")).toHaveLength(1);
    }
    const eventsBefore = await prisma.event.count();
    expect(await runBillingCycle(worker)).toEqual({ processed: 0 });
    expect(await prisma.event.count()).toBe(eventsBefore);
  });

  it("leaves a subscription another worker holds alone until that lease expires", async () => {
    const { subscription, invoice } = await pastPeriodEnd();
    expect(await claimBillingLease({ subscriptionId: subscription.id, workerId: "stalled-worker" })).toBe(true);
    await runBillingCycle(worker);
    expect(await invoicesOf(subscription.id, invoice)).toHaveLength(0);
    advanceClock(BILLING_LEASE_MS + 1000);
    await runBillingCycle(worker);
    expect(await invoicesOf(subscription.id, invoice)).toHaveLength(1);
    expect((await subscriptionRow(subscription.id)).billingLeaseOwner).toBeNull();
  });
});
