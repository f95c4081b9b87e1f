// Downgrades at renewal (issue 12, item 8): the merchant's downgradeTiming (PATCH/GET
// /v1/portal-settings), a portal downgrade quoted and scheduled for the period end with nothing charged
// or credited, the subscription object's scheduledChange, the renewal that applies it, and undoing it.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { resetClock } from "../clock";
import { callApi } from "../testing/api-client";
import { createSubscribedCustomer, eventsOf } from "../testing/portal-fixtures";
import { runBillingCycle } from "../billing/run-billing-cycle";
import { DAY_MS, HOUR_MS, advanceWorkspaceClock, invoicesOf } from "../billing/billing-test-fixtures";
import { findSubscription } from "./find-subscription";
import { previewPlanChange } from "./plan-change";
import { changeSubscriptionPlan } from "./change-subscription-plan";
import { undoScheduledPlanChange } from "./undo-scheduled-plan-change";

const PORTAL = { canUpgrade: true, canDowngrade: true };

afterEach(() => resetClock());

type Fixture = Awaited<ReturnType<typeof createSubscribedCustomer>>;

async function setTiming(fixture: Fixture, downgradeTiming: string) {
  return callApi({ key: fixture.workspace.key, method: "PATCH", path: "/v1/portal-settings", body: { downgradeTiming } });
}

async function scheduleStarter(fixture: Fixture) {
  const { tenant, customerId, subscription, plans } = fixture;
  const current = await findSubscription(tenant, subscription.id, { customerId });
  const preview = await previewPlanChange(tenant, current, plans.starter.priceId, PORTAL);
  return { preview, outcome: await changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, PORTAL) };
}

describe("downgradeTiming in the portal settings API", () => {
  it('is "now" by default, takes "period_end" and back, and refuses anything else with the field named', async () => {
    const fixture = await createSubscribedCustomer();
    const read = await callApi({ key: fixture.workspace.key, path: "/v1/portal-settings" });
    expect(read.json.data).toMatchObject({ downgradeTiming: "now" });
    expect((await setTiming(fixture, "period_end")).json.data).toMatchObject({ downgradeTiming: "period_end" });
    expect((await callApi({ key: fixture.workspace.key, path: "/v1/portal-settings" })).json.data).toMatchObject({ downgradeTiming: "period_end" });
    const refused = await setTiming(fixture, "tomorrow");
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "downgradeTiming" });
    expect((await setTiming(fixture, "now")).json.data).toMatchObject({ downgradeTiming: "now" });
  });
});

describe("a downgrade at the period end", () => {
  it("is quoted with nothing due, scheduled without a charge, credit or invoice, and shown in the subscription object", async () => {
    const fixture = await createSubscribedCustomer();
    const { workspace, tenant, customerId, subscription, plans } = fixture;
    await setTiming(fixture, "period_end");
    const { preview, outcome } = await scheduleStarter(fixture);
    expect(preview).toMatchObject({ timing: "period_end", proration: { credit: 0, charge: 0, net: 0 } });
    expect(preview.effectiveAt.toISOString()).toBe(subscription.currentPeriodEnd.toISOString());
    expect(outcome).toMatchObject({ status: "scheduled", invoiceId: null });

    const row = await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(row).toMatchObject({ priceId: plans.pro.priceId, scheduledPriceId: plans.starter.priceId, scheduledPlanId: plans.starter.planId });
    expect(await prisma.invoice.count({ where: { subscriptionId: subscription.id } })).toBe(1); // the fixture's own
    expect(await prisma.charge.count({ where: { subscriptionId: subscription.id } })).toBe(0);
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: customerId } })).creditBalance).toBe(0);

    const fromApi = await callApi({ key: workspace.key, path: `/v1/subscriptions/${subscription.id}` });
    expect(fromApi.json.data).toMatchObject({
      priceId: plans.pro.priceId,
      scheduledChange: { planId: plans.starter.planId, priceId: plans.starter.priceId, effectiveAt: subscription.currentPeriodEnd.toISOString() },
    });
    const updated = (await eventsOf(tenant)).filter((event) => event.type === "subscription.updated").at(-1);
    expect(updated?.data.object).toMatchObject({ scheduledChange: { priceId: plans.starter.priceId } });
    expect(updated?.data.previousAttributes).toEqual({ scheduledChange: null });

    // Confirming the same quote again changes nothing more.
    const again = await changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, PORTAL);
    expect(again.status).toBe("already_changed");
  });

  it("takes effect at the renewal: the new period and its invoice are on the new plan, and the schedule is cleared", async () => {
    const fixture = await createSubscribedCustomer();
    const { tenant, subscription, plans, invoice } = fixture;
    await setTiming(fixture, "period_end");
    await scheduleStarter(fixture);
    await advanceWorkspaceClock(tenant, 20 * DAY_MS + HOUR_MS);
    await runBillingCycle({ workerId: "scheduled-downgrade-test", limit: 500 });

    const row = await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(row).toMatchObject({
      status: "active",
      priceId: plans.starter.priceId,
      planId: plans.starter.planId,
      scheduledPriceId: null,
      scheduledPlanId: null,
    });
    expect(row.currentPeriodStart.toISOString()).toBe(subscription.currentPeriodEnd.toISOString());
    const [renewal, ...others] = await invoicesOf(subscription.id, invoice);
    expect(others).toEqual([]);
    expect(renewal?.lines.map((line) => [line.description, line.amount, line.priceId])).toEqual([["Starter (monthly)", 1900, plans.starter.priceId]]);
    expect(renewal).toMatchObject({ status: "paid", total: 1900 });
    expect(renewal?.charges.map((charge) => charge.amount)).toEqual([1900]);
    const renewed = (await eventsOf(tenant)).filter((event) => event.type === "subscription.updated").at(-1);
    expect(renewed?.data.object).toMatchObject({ priceId: plans.starter.priceId, scheduledChange: null });
    expect(renewed?.data.previousAttributes).toMatchObject({ priceId: plans.pro.priceId, scheduledChange: { priceId: plans.starter.priceId } });
  });

  it("can be undone: the renewal then stays on the current plan", async () => {
    const fixture = await createSubscribedCustomer();
    const { workspace, tenant, customerId, subscription, plans, invoice } = fixture;
    await setTiming(fixture, "period_end");
    await scheduleStarter(fixture);
    const undone = await undoScheduledPlanChange(tenant, subscription.id, { customerId });
    expect(undone).toMatchObject({ priceId: plans.pro.priceId, scheduledChange: null });
    await expect(undoScheduledPlanChange(tenant, subscription.id, { customerId })).rejects.toMatchObject({ code: "invalid_state" });
    const other = await createSubscribedCustomer();
    await expect(undoScheduledPlanChange(tenant, subscription.id, { customerId: other.customerId })).rejects.toMatchObject({ code: "not_found" });
    expect((await callApi({ key: workspace.key, path: `/v1/subscriptions/${subscription.id}` })).json.data).toMatchObject({ scheduledChange: null });

    await advanceWorkspaceClock(tenant, 20 * DAY_MS + HOUR_MS);
    await runBillingCycle({ workerId: "scheduled-downgrade-undo-test", limit: 500 });
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).priceId).toBe(plans.pro.priceId);
    const [renewal] = await invoicesOf(subscription.id, invoice);
    expect(renewal?.total).toBe(4900);
  });

  it("leaves upgrades immediate, and an upgrade drops a scheduled downgrade", async () => {
    const fixture = await createSubscribedCustomer();
    const { tenant, customerId, subscription, plans } = fixture;
    await setTiming(fixture, "period_end");
    await scheduleStarter(fixture);
    const current = await findSubscription(tenant, subscription.id, { customerId });
    const upgrade = await previewPlanChange(tenant, current, plans.business.priceId, PORTAL);
    expect(upgrade.timing).toBe("now");
    expect(upgrade.proration.net).toBeGreaterThan(0);
    expect((await changeSubscriptionPlan(tenant, customerId, subscription.id, upgrade.quoteToken, PORTAL)).status).toBe("changed");
    expect(await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({
      priceId: plans.business.priceId,
      scheduledPriceId: null,
    });
  });

  it("refuses a quote made under the other timing, and the merchant API changes plans at once", async () => {
    const fixture = await createSubscribedCustomer();
    const { workspace, tenant, customerId, subscription, plans } = fixture;
    const current = await findSubscription(tenant, subscription.id, { customerId });
    const immediate = await previewPlanChange(tenant, current, plans.starter.priceId, PORTAL);
    expect(immediate.timing).toBe("now");
    await setTiming(fixture, "period_end");
    await expect(changeSubscriptionPlan(tenant, customerId, subscription.id, immediate.quoteToken, PORTAL)).rejects.toThrow(/changed since the preview/);

    const patched = await callApi({
      key: workspace.key,
      method: "PATCH",
      path: `/v1/subscriptions/${subscription.id}`,
      body: { priceId: plans.starter.priceId },
    });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.json.data).toMatchObject({ priceId: plans.starter.priceId, scheduledChange: null });
  });
});
