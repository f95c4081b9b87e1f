// Failed renewal charges: past_due with invoice.payment_failed, dunning retries 1, 3 and 5 days
// apart, then canceled with canceledReason "failed_payment" — or active again once a retry succeeds.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { now, nowMs } from "../clock";
import { newId } from "../ids";
import type { Tenant } from "../tenancy";
import { createTestWorkspace } from "../testing/fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { BILLING_ERROR_BACKOFF_MS } from "./billing-lease";
import { runBillingCycle, runTenantBillingCycle } from "./run-billing-cycle";
import { DAY_MS, HOUR_MS, advanceWorkspaceClock, eventTypes, invoicesOf, lastEvent, subscriptionRow, useCard } from "./billing-test-fixtures";

const worker = { workerId: "dunning-worker", limit: 500 };

/** A subscribed customer whose default card now has insufficient funds, just past the period end. */
async function failingRenewal() {
  const fixture = await createSubscribedCustomer();
  await useCard(fixture.tenant, fixture.customerId, "insufficientFunds");
  await advanceWorkspaceClock(fixture.tenant, 20 * DAY_MS + HOUR_MS);
  await runBillingCycle(worker);
  const [renewal] = await invoicesOf(fixture.subscription.id, fixture.invoice);
  return { ...fixture, renewal: renewal! };
}

async function failedCharges(invoiceId: string): Promise<number> {
  return prisma.charge.count({ where: { invoiceId, status: "failed" } });
}

describe("dunning", () => {
  it("a failed renewal charge makes the subscription past_due, with invoice.payment_failed", async () => {
    const { tenant, subscription, renewal } = await failingRenewal();
    const pastDue = await subscriptionRow(subscription.id);
    expect(pastDue).toMatchObject({ status: "past_due", dunningAttempts: 1 });
    expect(pastDue.nextDunningAt?.toISOString()).toBe(new Date(subscription.currentPeriodEnd.getTime() + DAY_MS).toISOString());
    expect(renewal).toMatchObject({ status: "open", amountDue: 4900 });
    expect(await failedCharges(renewal.id)).toBe(1);
    expect((await lastEvent(tenant, "invoice.payment_failed"))?.data.object).toMatchObject({ id: renewal.id, failureCode: "insufficient_funds" });
    const updated = await lastEvent(tenant, "subscription.updated");
    expect(updated?.data.object).toMatchObject({ status: "past_due" });
    expect(updated?.data.previousAttributes).toEqual({ status: "active" });
  });

  it("retries after 1, 3 and 5 days, then cancels with reason failed_payment", async () => {
    const { tenant, subscription, renewal } = await failingRenewal();
    await advanceWorkspaceClock(tenant, DAY_MS);
    await runBillingCycle(worker);
    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: "past_due", dunningAttempts: 2 });
    await advanceWorkspaceClock(tenant, 2 * DAY_MS);
    await runBillingCycle(worker);
    expect(await failedCharges(renewal.id)).toBe(2); // the second retry is 3 days after the first
    await advanceWorkspaceClock(tenant, DAY_MS);
    await runBillingCycle(worker);
    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: "past_due", dunningAttempts: 3 });
    await advanceWorkspaceClock(tenant, 5 * DAY_MS);
    await runBillingCycle(worker);
    const canceled = await subscriptionRow(subscription.id);
    expect(canceled).toMatchObject({ status: "canceled", canceledReason: "failed_payment", dunningAttempts: 4, nextDunningAt: null });
    expect(await failedCharges(renewal.id)).toBe(4);
    expect(await eventTypes(tenant, "invoice.payment_failed")).toHaveLength(4);
    expect((await lastEvent(tenant, "subscription.cancelled"))?.data).toMatchObject({
      object: { id: subscription.id, status: "canceled", canceledReason: "failed_payment" },
      previousAttributes: { status: "past_due" },
    });
    expect(await eventTypes(tenant, "invoice.failed")).toHaveLength(1);
    expect((await lastEvent(tenant, "invoice.failed"))?.data).toMatchObject({ aggregateType: "invoice", aggregateId: renewal.id, object: { id: renewal.id } });
    await advanceWorkspaceClock(tenant, 60 * DAY_MS);
    await runBillingCycle(worker);
    expect(await failedCharges(renewal.id)).toBe(4);
  });

  it("runs the whole schedule in one cycle when the clock jumps past it", async () => {
    const fixture = await createSubscribedCustomer();
    await useCard(fixture.tenant, fixture.customerId, "declinedAtCharge");
    await advanceWorkspaceClock(fixture.tenant, 30 * DAY_MS);
    await runBillingCycle(worker);
    const [renewal] = await invoicesOf(fixture.subscription.id, fixture.invoice);
    expect(await failedCharges(renewal!.id)).toBe(4);
    expect(await subscriptionRow(fixture.subscription.id)).toMatchObject({ status: "canceled", canceledReason: "failed_payment" });
  });

  it("a good card attached before a retry makes the subscription active again", async () => {
    const { tenant, customerId, subscription, renewal } = await failingRenewal();
    await useCard(tenant, customerId, "visa");
    await advanceWorkspaceClock(tenant, DAY_MS);
    await runBillingCycle(worker);
    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: "active", dunningAttempts: 0, nextDunningAt: null });
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: renewal.id } })).toMatchObject({ status: "paid", amountDue: 0 });
    expect((await lastEvent(tenant, "invoice.paid"))?.data.object).toMatchObject({ id: renewal.id });
    expect((await lastEvent(tenant, "subscription.updated"))?.data.previousAttributes).toEqual({ status: "past_due" });
  });

  it("with no card on file, still announces invoice.payment_failed and goes past_due", async () => {
    const fixture = await createSubscribedCustomer();
    await prisma.paymentMethod.updateMany({ where: { customerId: fixture.customerId }, data: { detachedAt: new Date(0) } });
    await advanceWorkspaceClock(fixture.tenant, 20 * DAY_MS + HOUR_MS);
    await runBillingCycle(worker);
    expect(await subscriptionRow(fixture.subscription.id)).toMatchObject({ status: "past_due", dunningAttempts: 1 });
    expect((await lastEvent(fixture.tenant, "invoice.payment_failed"))?.data.object).toMatchObject({ failureCode: "no_payment_method" });
  });

  it("backs a subscription off when collection hits an unexpected error (no live processor)", async () => {
    const { tenant, subscriptionId } = await liveSubscriptionDueNow();
    await runTenantBillingCycle(tenant, { workerId: "live-worker" });
    const backedOff = await subscriptionRow(subscriptionId);
    expect(backedOff).toMatchObject({ status: "active", billingLeaseOwner: "live-worker", dunningAttempts: 0 });
    expect(backedOff.nextDunningAt).not.toBeNull();
    expect(backedOff.billingLeaseExpiresAt!.getTime()).toBeGreaterThan(nowMs() + BILLING_ERROR_BACKOFF_MS - 60_000);
    expect(await runTenantBillingCycle(tenant, { workerId: "another-worker" })).toEqual({ processed: 0 });
    await prisma.subscription.update({ where: { id: subscriptionId }, data: { status: "canceled" } });
  });
});

/** A live-mode subscription whose period ended a minute ago, with a card on file. */
async function liveSubscriptionDueNow() {
  const workspace = await createTestWorkspace({ mode: "live" });
  const tenant: Tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "live" };
  const scope = { workspaceId: tenant.workspaceId, mode: tenant.mode };
  const priceId = newId("price");
  const plan = await prisma.plan.create({
    data: {
      id: newId("plan"),
      ...scope,
      name: "Live",
      interval: "month",
      portalFeatures: "{}",
      prices: { create: { id: priceId, ...scope, currency: "USD", unitAmount: 1000 } },
    },
  });
  const card = await prisma.paymentMethod.create({
    data: {
      id: newId("paymentMethod"),
      ...scope,
      customerId: workspace.customerId,
      brand: "visa",
      last4: "4242",
      expMonth: 12,
      expYear: 2034,
      fingerprint: "fp",
      processorToken: "tok_live_x",
    },
  });
  await prisma.customer.update({ where: { id: workspace.customerId }, data: { defaultPaymentMethodId: card.id } });
  const end = new Date(now().getTime() - 60_000);
  const subscription = await prisma.subscription.create({
    data: {
      id: newId("subscription"),
      ...scope,
      customerId: workspace.customerId,
      planId: plan.id,
      priceId,
      status: "active",
      currentPeriodStart: new Date(end.getTime() - 30 * DAY_MS),
      currentPeriodEnd: end,
    },
  });
  return { tenant, subscriptionId: subscription.id };
}
