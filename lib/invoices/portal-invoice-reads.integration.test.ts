// The portal's invoice reads (issue 12, item 3): what each invoice was for, which card paid it, and
// pages that go both ways and say where they are — against invoices the product itself issues.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { resetClock } from "../clock";
import { addInterval } from "../subscriptions/billing-period";
import { createSubscription } from "../subscriptions/create-subscription";
import { findSubscription } from "../subscriptions/find-subscription";
import { previewPlanChange } from "../subscriptions/plan-change";
import { changeSubscriptionPlan } from "../subscriptions/change-subscription-plan";
import { detachPaymentMethod } from "../payment-methods/detach-payment-method";
import { runBillingCycle } from "../billing/run-billing-cycle";
import { DAY_MS, advanceWorkspaceClock, invoicesOf, useCard } from "../billing/billing-test-fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { createTestWorkspace } from "../testing/fixtures";
import type { Tenant } from "../tenancy";
import { createTestInvoice } from "./invoice-test-fixtures";
import { findInvoicePurposes } from "./invoice-purposes";
import { findInvoicePayingCard } from "./invoice-paying-card";
import { listCustomerInvoicePage } from "./list-customer-invoice-page";
import { payInvoice } from "./pay-invoice";

const BOTH_WAYS = { canUpgrade: true, canDowngrade: true };

afterEach(() => resetClock());

async function purposeOf(tenant: Tenant, invoiceId: string) {
  const invoice = await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true } });
  return (await findInvoicePurposes(tenant, [invoice])).get(invoiceId);
}

describe("what an invoice was for", () => {
  it("names the plan and the period for a subscription's first invoice and its renewal", async () => {
    const { tenant, customerId, plans } = await createSubscribedCustomer();
    const created = await createSubscription(tenant, {
      customerId,
      planId: plans.starter.planId,
      priceId: plans.starter.priceId,
      collectionMethod: "send_invoice",
    });
    const [first] = await invoicesOf(created.id);
    expect(await purposeOf(tenant, first!.id)).toEqual({
      kind: "period",
      planName: "Starter",
      period: { start: new Date(created.currentPeriodStart), end: new Date(created.currentPeriodEnd) },
    });
    // The worker runs two days late on the workspace's test clock: the renewal is for the period it opens,
    // whatever its issue date.
    await advanceWorkspaceClock(tenant, 32 * DAY_MS);
    await runBillingCycle({ workerId: "test-worker", limit: 500 });
    const [renewal] = await invoicesOf(created.id, first);
    const periodStart = new Date(created.currentPeriodEnd);
    expect(renewal!.issuedAt!.getTime()).not.toBe(periodStart.getTime());
    expect(await purposeOf(tenant, renewal!.id)).toEqual({
      kind: "period",
      planName: "Starter",
      period: { start: periodStart, end: addInterval(periodStart, "month", 1) },
    });
  });

  it("calls a plan change's invoice a proration from the old plan to the new one, for the rest of the period", async () => {
    const { tenant, customerId, subscription, plans } = await createSubscribedCustomer();
    const preview = await previewPlanChange(tenant, await findSubscription(tenant, subscription.id, { customerId }), plans.business.priceId, BOTH_WAYS);
    const outcome = await changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS);
    expect(await purposeOf(tenant, outcome.invoiceId!)).toEqual({
      kind: "proration",
      fromPlanName: "Pro",
      toPlanName: "Business",
      period: { start: preview.prorationDate, end: subscription.currentPeriodEnd },
    });
  });

  it("describes a one-off invoice by its lines, and never reads another workspace's plan names", async () => {
    const { tenant, customerId } = await createSubscribedCustomer();
    const oneOff = await createTestInvoice(tenant, customerId);
    expect(await purposeOf(tenant, oneOff.id)).toEqual({ kind: "one_off", firstLine: "Seat", moreLines: 1 });
    const other = await createSubscribedCustomer();
    const foreignTenant = other.tenant;
    const invoice = await prisma.invoice.findUniqueOrThrow({ where: { id: other.invoice.id }, include: { lines: true } });
    expect((await findInvoicePurposes(tenant, [invoice])).get(invoice.id)).toEqual({ kind: "period", planName: null, period: null });
    expect((await findInvoicePurposes(foreignTenant, [invoice])).get(invoice.id)).toMatchObject({ planName: "Pro" });
  });
});

describe("the card that paid an invoice", () => {
  it("is the card of the succeeded charge, still named after the card is removed; none while unpaid", async () => {
    const { tenant, customerId, invoice, card } = await createSubscribedCustomer();
    expect(await findInvoicePayingCard(tenant, invoice.id)).toBeNull();
    const mastercard = await useCard(tenant, customerId, "mastercard");
    expect((await payInvoice(tenant, invoice.id, { customerId })).status).toBe("paid");
    expect(await findInvoicePayingCard(tenant, invoice.id)).toEqual({ brand: "mastercard", last4: "4444" });
    await detachPaymentMethod(tenant, customerId, card.id);
    await useCard(tenant, customerId, "visa");
    await detachPaymentMethod(tenant, customerId, mastercard.id);
    expect(await findInvoicePayingCard(tenant, invoice.id)).toEqual({ brand: "mastercard", last4: "4444" });
    expect(await findInvoicePayingCard((await createSubscribedCustomer()).tenant, invoice.id)).toBeNull();
  });

  it("is none for an invoice settled without a charge (a downgrade's proration)", async () => {
    const { tenant, customerId, subscription, plans } = await createSubscribedCustomer();
    const preview = await previewPlanChange(tenant, await findSubscription(tenant, subscription.id, { customerId }), plans.starter.priceId, BOTH_WAYS);
    const outcome = await changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS);
    expect(outcome.invoiceId).toBeTruthy();
    expect((await prisma.invoice.findUniqueOrThrow({ where: { id: outcome.invoiceId! } })).status).toBe("paid");
    expect(await findInvoicePayingCard(tenant, outcome.invoiceId!)).toBeNull();
  });
});

describe("pages of a customer's invoices", () => {
  async function sevenInvoices() {
    const workspace = await createTestWorkspace();
    const tenant: Tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" };
    const start = Date.UTC(2026, 0, 1);
    const invoices = [];
    for (let day = 0; day < 7; day += 1) invoices.push(await createTestInvoice(tenant, workspace.customerId, { createdAt: new Date(start + day * DAY_MS) }));
    await createTestInvoice((await createSubscribedCustomer()).tenant, workspace.customerId); // another workspace's: not counted
    return { tenant, customerId: workspace.customerId, newestFirst: invoices.reverse().map((invoice) => invoice.number) };
  }

  it("counts the whole list and pages older and back newer, saying where each page starts", async () => {
    const { tenant, customerId, newestFirst } = await sevenInvoices();
    const first = await listCustomerInvoicePage(tenant, customerId, { limit: 3 });
    expect(first).toMatchObject({ total: 7, firstPosition: 1, newerCursor: null });
    expect(first.invoices.map((invoice) => invoice.number)).toEqual(newestFirst.slice(0, 3));
    const second = await listCustomerInvoicePage(tenant, customerId, { limit: 3, after: first.olderCursor });
    expect(second).toMatchObject({ total: 7, firstPosition: 4 });
    expect(second.invoices.map((invoice) => invoice.number)).toEqual(newestFirst.slice(3, 6));
    const third = await listCustomerInvoicePage(tenant, customerId, { limit: 3, after: second.olderCursor });
    expect(third).toMatchObject({ firstPosition: 7, olderCursor: null });
    expect(third.invoices.map((invoice) => invoice.number)).toEqual(newestFirst.slice(6));
    const backToSecond = await listCustomerInvoicePage(tenant, customerId, { limit: 3, before: third.newerCursor });
    expect(backToSecond.invoices.map((invoice) => invoice.number)).toEqual(newestFirst.slice(3, 6));
    expect(backToSecond).toMatchObject({ firstPosition: 4, newerCursor: second.newerCursor, olderCursor: second.olderCursor });
    const backToFirst = await listCustomerInvoicePage(tenant, customerId, { limit: 3, before: backToSecond.newerCursor });
    expect(backToFirst).toMatchObject({ firstPosition: 1, newerCursor: null, olderCursor: first.olderCursor });
  });

  it("gives an empty page for an invoice id that is not the customer's", async () => {
    const { tenant, customerId } = await sevenInvoices();
    const stranger = await createSubscribedCustomer();
    for (const request of [{ after: stranger.invoice.id }, { before: stranger.invoice.id }, { after: "inv_unknown" }]) {
      expect(await listCustomerInvoicePage(tenant, customerId, { limit: 3, ...request })).toMatchObject({ invoices: [], total: 7, firstPosition: 0 });
    }
  });
});
