// Customer credit end to end (issue 12, item 2): a downgrade's credit becomes the customer's balance,
// shown in the merchant API's customer object, and is applied to open invoices, to payments and to the
// next renewal, with a card charge only for what credit leaves.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { resetClock } from "../clock";
import { callApi } from "../testing/api-client";
import { createSubscribedCustomer, eventsOf } from "../testing/portal-fixtures";
import { findSubscription } from "../subscriptions/find-subscription";
import { previewPlanChange } from "../subscriptions/plan-change";
import { changeSubscriptionPlan } from "../subscriptions/change-subscription-plan";
import { runBillingCycle } from "../billing/run-billing-cycle";
import { DAY_MS, HOUR_MS, advanceWorkspaceClock, invoicesOf } from "../billing/billing-test-fixtures";
import { payInvoice } from "./pay-invoice";

const BOTH_WAYS = { canUpgrade: true, canDowngrade: true };

afterEach(() => resetClock());

/** Downgrades the fixture's Pro subscription to Starter ten days into its 30-day period: a 2000 credit. */
async function downgrade(fixture: Awaited<ReturnType<typeof createSubscribedCustomer>>) {
  const { tenant, customerId, subscription, plans } = fixture;
  const current = await findSubscription(tenant, subscription.id, { customerId });
  const preview = await previewPlanChange(tenant, current, plans.starter.priceId, BOTH_WAYS);
  expect(preview.proration.net).toBe(-2000);
  return changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS);
}

const customerRow = (id: string) => prisma.customer.findUniqueOrThrow({ where: { id } });
const invoiceRow = (id: string) => prisma.invoice.findUniqueOrThrow({ where: { id }, include: { lines: { orderBy: { position: "asc" } }, charges: true } });

describe("credit from a downgrade", () => {
  it("is taken off the open invoice at once, which then asks only for the rest, and the payment charges the rest", async () => {
    const fixture = await createSubscribedCustomer();
    const { tenant, customerId, invoice } = fixture;
    const outcome = await downgrade(fixture);
    const proration = await invoiceRow(outcome.invoiceId!);
    expect(proration).toMatchObject({ status: "paid", total: -2000, amountPaid: 0, amountDue: 0, charges: [] });

    const open = await invoiceRow(invoice.id);
    expect(open).toMatchObject({ status: "open", subtotal: 2900, total: 2900, amountDue: 2900 });
    expect(open.lines.map((line) => [line.description, line.amount])).toEqual([
      ["Pro", 4900],
      ["Credit applied", -2000],
    ]);
    expect(await customerRow(customerId)).toMatchObject({ creditBalance: 0, creditCurrency: "USD" });

    expect(await payInvoice(tenant, invoice.id, { customerId })).toEqual({ status: "paid", invoiceId: invoice.id });
    const paid = await invoiceRow(invoice.id);
    expect(paid).toMatchObject({ status: "paid", amountPaid: 2900, amountDue: 0 });
    expect(paid.charges.map((charge) => [charge.amount, charge.status])).toEqual([[2900, "succeeded"]]);
  });

  it("pays an open invoice it covers in full without a charge, keeps the rest, and applies that to the renewal", async () => {
    const fixture = await createSubscribedCustomer();
    const { tenant, customerId, invoice, subscription } = fixture;
    await prisma.invoiceLine.updateMany({ where: { invoiceId: invoice.id }, data: { unitAmount: 1500, amount: 1500 } });
    await prisma.invoice.update({ where: { id: invoice.id }, data: { subtotal: 1500, total: 1500, amountDue: 1500 } });
    await downgrade(fixture);

    const covered = await invoiceRow(invoice.id);
    expect(covered).toMatchObject({ status: "paid", total: 0, amountDue: 0, amountPaid: 0, charges: [] });
    expect(covered.paidAt).not.toBeNull();
    expect(await customerRow(customerId)).toMatchObject({ creditBalance: 500, creditCurrency: "USD" });
    const paidEvents = (await eventsOf(tenant)).filter((event) => event.type === "invoice.paid");
    expect(paidEvents.map((event) => event.data.object.id)).toContain(invoice.id);
    expect(paidEvents.find((event) => event.data.object.id === invoice.id)?.data.previousAttributes).toMatchObject({ status: "open", amountDue: 1500 });

    await advanceWorkspaceClock(tenant, 20 * DAY_MS + HOUR_MS);
    await runBillingCycle({ workerId: "credit-test", limit: 500 });
    const renewal = (await invoicesOf(subscription.id)).at(-1)!;
    expect(renewal.lines.map((line) => [line.description, line.amount])).toEqual([
      ["Starter (monthly)", 1900],
      ["Credit applied", -500],
    ]);
    expect(renewal).toMatchObject({ status: "paid", total: 1400, amountPaid: 1400 });
    expect(renewal.charges.map((charge) => charge.amount)).toEqual([1400]);
    expect((await customerRow(customerId)).creditBalance).toBe(0);
  });
});

describe("credit and a payment in progress", () => {
  it("leaves an invoice a payment has claimed alone (its charge amount is fixed), keeping the credit on the balance", async () => {
    const fixture = await createSubscribedCustomer();
    const { customerId, invoice } = fixture;
    await prisma.invoice.update({ where: { id: invoice.id }, data: { paymentStartedAt: new Date() } });
    await downgrade(fixture);
    const claimed = await invoiceRow(invoice.id);
    expect(claimed).toMatchObject({ status: "open", total: 4900, amountDue: 4900 });
    expect(claimed.lines).toHaveLength(1);
    expect(await customerRow(customerId)).toMatchObject({ creditBalance: 2000, creditCurrency: "USD" });
  });
});

describe("credit at payment", () => {
  it("is applied in the payment's claim: the card is charged only what is left", async () => {
    const { tenant, customerId, invoice } = await createSubscribedCustomer();
    await prisma.customer.update({ where: { id: customerId }, data: { creditBalance: 1000, creditCurrency: "USD" } });
    expect((await payInvoice(tenant, invoice.id, { customerId })).status).toBe("paid");
    const paid = await invoiceRow(invoice.id);
    expect(paid).toMatchObject({ status: "paid", total: 3900, amountPaid: 3900, amountDue: 0 });
    expect(paid.lines.at(-1)).toMatchObject({ description: "Credit applied", amount: -1000 });
    expect(paid.charges.map((charge) => [charge.amount, charge.status])).toEqual([[3900, "succeeded"]]);
    expect((await customerRow(customerId)).creditBalance).toBe(0);
  });

  it("pays an invoice the credit covers with no charge, even without a card", async () => {
    const { tenant, customerId, invoice, card } = await createSubscribedCustomer();
    await prisma.paymentMethod.update({ where: { id: card.id }, data: { detachedAt: new Date() } });
    await prisma.customer.update({ where: { id: customerId }, data: { creditBalance: 6000, creditCurrency: "USD", defaultPaymentMethodId: null } });
    expect(await payInvoice(tenant, invoice.id, { customerId })).toEqual({ status: "paid", invoiceId: invoice.id });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "paid", total: 0, amountDue: 0, charges: [] });
    expect((await customerRow(customerId)).creditBalance).toBe(1100);
    expect(await prisma.charge.count({ where: { invoiceId: invoice.id } })).toBe(0);
  });

  it("leaves credit in another currency alone, and without a card refuses and changes nothing", async () => {
    const { tenant, customerId, invoice, card } = await createSubscribedCustomer();
    await prisma.paymentMethod.update({ where: { id: card.id }, data: { detachedAt: new Date() } });
    await prisma.customer.update({ where: { id: customerId }, data: { creditBalance: 6000, creditCurrency: "EUR", defaultPaymentMethodId: null } });
    await expect(payInvoice(tenant, invoice.id, { customerId })).rejects.toMatchObject({ code: "invalid_state" });
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "open", total: 4900, amountDue: 4900, collectionAttempts: 0, paymentStartedAt: null });
    expect((await customerRow(customerId)).creditBalance).toBe(6000);
  });
});

describe("the customer object", () => {
  it("shows the credit balance with its currency, and refuses to have it written", async () => {
    const fixture = await createSubscribedCustomer();
    const { workspace, customerId, invoice } = fixture;
    const path = `/v1/customers/${customerId}`;
    expect((await callApi({ key: workspace.key, path })).json.data).toMatchObject({ creditBalance: { amount: 0, currency: null } });
    await prisma.invoice.update({ where: { id: invoice.id }, data: { status: "paid", amountPaid: 4900, amountDue: 0 } });
    await downgrade(fixture);
    expect((await callApi({ key: workspace.key, path })).json.data).toMatchObject({ creditBalance: { amount: 2000, currency: "USD" } });
    const refused = await callApi({ key: workspace.key, method: "PATCH", path, body: { creditBalance: { amount: 1, currency: "USD" } } });
    expect(refused.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "creditBalance" });
  });
});
