// Subscriptions, cards and invoices as the portal drives them: state, events and money.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { advanceClock, resetClock } from "../clock";
import { AppError } from "../errors";
import { TEST_CARDS } from "../processor";
import { attachCard } from "../payment-methods/attach-card";
import { detachPaymentMethod } from "../payment-methods/detach-payment-method";
import { setDefaultPaymentMethod } from "../payment-methods/set-default-payment-method";
import { payInvoice } from "../invoices/pay-invoice";
import { createSubscribedCustomer, eventsOf } from "../testing/portal-fixtures";
import { cancelSubscription } from "./cancel-subscription";
import { resumeSubscription } from "./resume-subscription";
import { findSubscription } from "./find-subscription";
import { listPlanChangeTargets, previewPlanChange } from "./plan-change";
import { changeSubscriptionPlan } from "./change-subscription-plan";

const BOTH_WAYS = { canUpgrade: true, canDowngrade: true };

afterEach(() => resetClock());

describe("cancel and resume", () => {
  it("cancels at period end with subscription.cancelled in the same transaction, then resumes", async () => {
    const { tenant, customerId, subscription } = await createSubscribedCustomer();
    const cancelled = await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", comment: "too_expensive", customerId });
    expect(cancelled.status).toBe("active");
    expect(cancelled.cancelAt).toBe(subscription.currentPeriodEnd.toISOString());
    expect(cancelled.canceledReason).toBe("customer_portal");
    await expect(cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", customerId })).rejects.toThrow(AppError);
    const resumed = await resumeSubscription(tenant, subscription.id, { customerId });
    expect(resumed.cancelAt).toBeNull();
    const events = await eventsOf(tenant);
    expect(events.map((event) => event.type).filter((type) => type.startsWith("subscription."))).toEqual(["subscription.cancelled", "subscription.updated"]);
    expect(events.find((event) => event.type === "subscription.cancelled")?.data.object).toMatchObject({ id: subscription.id, cancelAt: cancelled.cancelAt });
  });

  it("does not touch another customer's subscription", async () => {
    const first = await createSubscribedCustomer();
    const second = await createSubscribedCustomer();
    await expect(
      cancelSubscription(first.tenant, second.subscription.id, { at: "period_end", reason: "customer_portal", customerId: first.customerId }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("cannot resume once the period has ended", async () => {
    const { tenant, customerId, subscription } = await createSubscribedCustomer();
    await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", customerId });
    advanceClock(31 * 86_400_000);
    await expect(resumeSubscription(tenant, subscription.id, { customerId })).rejects.toMatchObject({ code: "invalid_state" });
  });
});

describe("plan change", () => {
  it("offers other plans in the same currency and interval, in the allowed directions", async () => {
    const { tenant, customerId, subscription } = await createSubscribedCustomer();
    const current = await findSubscription(tenant, subscription.id, { customerId });
    expect((await listPlanChangeTargets(tenant, current, BOTH_WAYS)).map((price) => price.plan.name)).toEqual(["Starter", "Business"]);
    expect((await listPlanChangeTargets(tenant, current, { canUpgrade: true, canDowngrade: false })).map((price) => price.plan.name)).toEqual(["Business"]);
  });

  it("charges exactly the previewed amount and records the proration invoice and events", async () => {
    const { tenant, customerId, subscription, plans } = await createSubscribedCustomer();
    const current = await findSubscription(tenant, subscription.id, { customerId });
    const preview = await previewPlanChange(tenant, current, plans.business.priceId, BOTH_WAYS);
    expect(preview.proration.net).toBeGreaterThan(0);
    const outcome = await changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS);
    expect(outcome.status).toBe("changed");
    const changed = await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(changed.priceId).toBe(plans.business.priceId);
    const invoice = await prisma.invoice.findUniqueOrThrow({ where: { id: outcome.invoiceId! }, include: { lines: true, charges: true } });
    expect(invoice.total).toBe(preview.proration.net);
    expect(invoice.charges.map((charge) => charge.amount)).toEqual([preview.proration.net]);
    expect(invoice.lines.map((line) => line.amount).sort((a, b) => a - b)).toEqual([-preview.proration.credit, preview.proration.charge]);
    const types = (await eventsOf(tenant)).map((event) => event.type);
    expect(types).toContain("subscription.updated");
    expect(types).toContain("invoice.paid");
  });

  it("replaying a confirmed quote charges nothing more", async () => {
    const { tenant, customerId, subscription, plans } = await createSubscribedCustomer();
    const current = await findSubscription(tenant, subscription.id, { customerId });
    const preview = await previewPlanChange(tenant, current, plans.business.priceId, BOTH_WAYS);
    await changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS);
    const again = await changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS);
    expect(again.status).toBe("already_changed");
    expect(
      await prisma.charge.count({
        where: { workspaceId: tenant.workspaceId, invoice: { subscriptionId: subscription.id }, attemptKey: { startsWith: "plan-change:" } },
      }),
    ).toBe(1);
  });

  it("refuses a quote when the price changed, when it is stale, or when it was forged", async () => {
    const { tenant, customerId, subscription, plans } = await createSubscribedCustomer();
    const current = await findSubscription(tenant, subscription.id, { customerId });
    const preview = await previewPlanChange(tenant, current, plans.business.priceId, BOTH_WAYS);
    await prisma.price.update({ where: { id: plans.business.priceId }, data: { unitAmount: 12900 } });
    await expect(changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS)).rejects.toThrow(/changed since the preview/);
    await prisma.price.update({ where: { id: plans.business.priceId }, data: { unitAmount: 9900 } });
    advanceClock(11 * 60 * 1000);
    await expect(changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS)).rejects.toThrow(/expired/);
    await expect(changeSubscriptionPlan(tenant, customerId, subscription.id, "forged.quote.token", BOTH_WAYS)).rejects.toThrow(/expired/);
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).priceId).toBe(plans.pro.priceId);
    expect(await prisma.charge.count({ where: { workspaceId: tenant.workspaceId, attemptKey: { startsWith: "plan-change:" } } })).toBe(0);
  });

  it("turns a downgrade's negative net into customer credit", async () => {
    const { tenant, customerId, subscription, plans, invoice } = await createSubscribedCustomer();
    // With no open invoice to take it, the credit stays on the balance (lib/invoices/customer-credit.integration.test.ts covers the rest).
    await prisma.invoice.update({ where: { id: invoice.id }, data: { status: "paid", amountPaid: 4900, amountDue: 0, paidAt: new Date() } });
    const current = await findSubscription(tenant, subscription.id, { customerId });
    const preview = await previewPlanChange(tenant, current, plans.starter.priceId, BOTH_WAYS);
    expect(preview.proration.net).toBeLessThan(0);
    await changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS);
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: customerId } })).creditBalance).toBe(-preview.proration.net);
  });

  it("refuses and changes nothing when the card is declined", async () => {
    const { tenant, customerId, subscription, plans } = await createSubscribedCustomer();
    await attachCard(tenant, customerId, { number: TEST_CARDS.insufficientFunds.number, expMonth: 12, expYear: 2034, cvc: "123" }, { makeDefault: true });
    const current = await findSubscription(tenant, subscription.id, { customerId });
    const preview = await previewPlanChange(tenant, current, plans.business.priceId, BOTH_WAYS);
    await expect(changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS)).rejects.toMatchObject({ code: "card_declined" });
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).priceId).toBe(plans.pro.priceId);
  });
});

describe("cards", () => {
  it("stores no card number or CVC anywhere", async () => {
    const { tenant, customerId } = await createSubscribedCustomer();
    const card = await attachCard(tenant, customerId, { number: "5555 5555 5555 4444", expMonth: 8, expYear: 2033, cvc: "987" }, { makeDefault: false });
    const stored = JSON.stringify(await prisma.paymentMethod.findUniqueOrThrow({ where: { id: card.id } }));
    const events = JSON.stringify(await prisma.event.findMany({ where: { workspaceId: tenant.workspaceId } }));
    for (const text of [stored, events]) {
      expect(text).not.toContain("5555555555554444");
      expect(text).not.toContain("987");
    }
    expect(card.last4).toBe("4444");
  });

  it("refuses to remove the last card of an active subscription, and promotes a new default otherwise", async () => {
    const { tenant, customerId, card } = await createSubscribedCustomer();
    await expect(detachPaymentMethod(tenant, customerId, card.id)).rejects.toThrow(/only card for an active subscription/);
    const second = await attachCard(
      tenant,
      customerId,
      { number: TEST_CARDS.mastercard.number, expMonth: 1, expYear: 2035, cvc: "123" },
      { makeDefault: false },
    );
    await detachPaymentMethod(tenant, customerId, card.id);
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: customerId } })).defaultPaymentMethodId).toBe(second.id);
    const types = (await eventsOf(tenant)).map((event) => event.type);
    expect(types).toContain("payment_method.detached");
    expect(types.filter((type) => type === "customer.updated").length).toBeGreaterThanOrEqual(2);
  });

  it("makes a card the default with customer.updated", async () => {
    const { tenant, customerId } = await createSubscribedCustomer();
    const second = await attachCard(
      tenant,
      customerId,
      { number: TEST_CARDS.mastercard.number, expMonth: 1, expYear: 2035, cvc: "123" },
      { makeDefault: false },
    );
    const customer = await setDefaultPaymentMethod(tenant, customerId, second.id);
    expect(customer.defaultPaymentTokenId).toBe(second.id);
    const other = await createSubscribedCustomer();
    await expect(setDefaultPaymentMethod(tenant, customerId, other.card.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("paying an invoice", () => {
  it("charges once when paid twice at the same time", async () => {
    const { tenant, customerId, invoice } = await createSubscribedCustomer();
    const outcomes = await Promise.allSettled([payInvoice(tenant, invoice.id, { customerId }), payInvoice(tenant, invoice.id, { customerId })]);
    expect(outcomes.some((outcome) => outcome.status === "fulfilled" && outcome.value.status === "paid")).toBe(true);
    expect(await prisma.charge.count({ where: { invoiceId: invoice.id, status: "succeeded" } })).toBe(1);
    expect((await payInvoice(tenant, invoice.id, { customerId })).status).toBe("already_paid");
    const paid = await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(paid).toMatchObject({ status: "paid", amountPaid: 4900, amountDue: 0 });
    expect((await eventsOf(tenant)).filter((event) => event.type === "invoice.paid")).toHaveLength(1);
  });

  it("records invoice.payment_failed and keeps the invoice open when the card fails", async () => {
    const { tenant, customerId, invoice } = await createSubscribedCustomer();
    await attachCard(tenant, customerId, { number: TEST_CARDS.declinedAtCharge.number, expMonth: 12, expYear: 2034, cvc: "123" }, { makeDefault: true });
    const outcome = await payInvoice(tenant, invoice.id, { customerId });
    expect(outcome).toMatchObject({ status: "failed", code: "card_declined" });
    expect((await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("open");
    expect((await eventsOf(tenant)).map((event) => event.type)).toContain("invoice.payment_failed");
  });
});
