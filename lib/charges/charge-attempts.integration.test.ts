// Every processor call is a Charge row before it is made, settled after; a call that got no answer is
// tried again under the same attempt key, and the test processor charges a key once
// (docs/decisions/0011-money-safety.md).
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "../db";
import { TEST_CARDS, testModeProcessor } from "../processor";
import { attachCard } from "../payment-methods/attach-card";
import { databaseTestProcessorLedger, processorTokenHash } from "../processor/test-processor-ledger";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { payInvoice } from "../invoices/pay-invoice";
import { changeSubscriptionPlan } from "../subscriptions/change-subscription-plan";
import { findSubscription } from "../subscriptions/find-subscription";
import { previewPlanChange } from "../subscriptions/plan-change";
import { moneyFigures, times } from "./double-submit-helpers";

const BOTH_WAYS = { canUpgrade: true, canDowngrade: true };

afterEach(() => {
  vi.restoreAllMocks();
});

/** The processor takes the charge, then the answer is lost on the way back (a timeout, a dropped connection). */
function loseTheNextAnswer() {
  const charge = testModeProcessor.charge.bind(testModeProcessor);
  return vi.spyOn(testModeProcessor, "charge").mockImplementationOnce(async (request) => {
    await charge(request);
    throw new Error("socket hang up");
  });
}

describe("paying an invoice", () => {
  it("writes the charge pending before the call and settles it after, with the processor's reference", async () => {
    const { tenant, customerId, invoice } = await createSubscribedCustomer();
    const seenDuringCall: string[] = [];
    const charge = testModeProcessor.charge.bind(testModeProcessor);
    vi.spyOn(testModeProcessor, "charge").mockImplementation(async (request) => {
      const row = await prisma.charge.findUniqueOrThrow({ where: { attemptKey: request.attemptKey } });
      seenDuringCall.push(row.status);
      return charge(request);
    });
    expect((await payInvoice(tenant, invoice.id, { customerId })).status).toBe("paid");
    expect(seenDuringCall).toEqual(["pending"]);
    const [recorded] = await prisma.charge.findMany({ where: { invoiceId: invoice.id } });
    expect(recorded).toMatchObject({ status: "succeeded", attemptKey: `invoice:${invoice.id}:attempt:1`, amount: 4900 });
    expect(recorded?.processorReference).toMatch(/^chg_test_[0-9a-f]{24}$/);
  });

  it("keeps an unanswered charge pending and presents its attempt key again on the next try: one charge", async () => {
    const { tenant, customerId, invoice } = await createSubscribedCustomer();
    loseTheNextAnswer();
    await expect(payInvoice(tenant, invoice.id, { customerId })).rejects.toThrow("socket hang up");
    expect(await prisma.charge.findMany({ where: { invoiceId: invoice.id }, select: { status: true } })).toEqual([{ status: "pending" }]);
    expect((await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).paymentStartedAt).toBeNull();
    expect((await payInvoice(tenant, invoice.id, { customerId })).status).toBe("paid");
    const charges = await prisma.charge.findMany({ where: { invoiceId: invoice.id }, select: { status: true, attemptKey: true } });
    expect(charges).toEqual([{ status: "succeeded", attemptKey: `invoice:${invoice.id}:attempt:1` }]);
    expect(await moneyFigures(tenant, customerId)).toEqual({ processorCalls: 2, processorCharges: 1, recordedCharges: 1, pendingCharges: 0 });
  });

  it("records a declined attempt as failed, and the next attempt under a new key", async () => {
    const { tenant, customerId, invoice } = await createSubscribedCustomer();
    const declined = { number: TEST_CARDS.declinedAtCharge.number, expMonth: 12, expYear: 2034, cvc: "123" };
    await attachCard(tenant, customerId, declined, { makeDefault: true });
    expect((await payInvoice(tenant, invoice.id, { customerId })).status).toBe("failed");
    const good = { number: TEST_CARDS.mastercard.number, expMonth: 12, expYear: 2034, cvc: "123" };
    await attachCard(tenant, customerId, good, { makeDefault: true });
    expect((await payInvoice(tenant, invoice.id, { customerId })).status).toBe("paid");
    const charges = await prisma.charge.findMany({
      where: { invoiceId: invoice.id },
      orderBy: { createdAt: "asc" },
      select: { status: true, attemptKey: true },
    });
    expect(charges).toEqual([
      { status: "failed", attemptKey: `invoice:${invoice.id}:attempt:1` },
      { status: "succeeded", attemptKey: `invoice:${invoice.id}:attempt:2` },
    ]);
  });
});

describe("changing plan", () => {
  async function upgradeQuote() {
    const fixture = await createSubscribedCustomer();
    const current = await findSubscription(fixture.tenant, fixture.subscription.id, { customerId: fixture.customerId });
    const preview = await previewPlanChange(fixture.tenant, current, fixture.plans.business.priceId, BOTH_WAYS);
    const confirm = () => changeSubscriptionPlan(fixture.tenant, fixture.customerId, fixture.subscription.id, preview.quoteToken, BOTH_WAYS);
    return { ...fixture, preview, confirm };
  }

  it("records a declined change's charge as failed, for the subscription and with no invoice, and moves nothing", async () => {
    const { tenant, customerId, subscription, plans } = await createSubscribedCustomer();
    const nsf = { number: TEST_CARDS.insufficientFunds.number, expMonth: 12, expYear: 2034, cvc: "123" };
    await attachCard(tenant, customerId, nsf, { makeDefault: true });
    const current = await findSubscription(tenant, subscription.id, { customerId });
    const preview = await previewPlanChange(tenant, current, plans.business.priceId, BOTH_WAYS);
    await expect(changeSubscriptionPlan(tenant, customerId, subscription.id, preview.quoteToken, BOTH_WAYS)).rejects.toMatchObject({ code: "card_declined" });
    const charges = await prisma.charge.findMany({ where: { workspaceId: tenant.workspaceId } });
    expect(charges).toMatchObject([{ status: "failed", failureCode: "insufficient_funds", invoiceId: null, subscriptionId: subscription.id }]);
    const after = await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(after).toMatchObject({ priceId: plans.pro.priceId, billingLeaseOwner: null });
  });

  it("links the succeeded charge to the proration invoice and releases the subscription's lock", async () => {
    const { tenant, customerId, subscription, preview, confirm } = await upgradeQuote();
    const outcome = await confirm();
    const [charge] = await prisma.charge.findMany({ where: { subscriptionId: subscription.id } });
    expect(charge).toMatchObject({ status: "succeeded", invoiceId: outcome.invoiceId, amount: preview.proration.net });
    expect(charge?.attemptKey).toMatch(/^plan-change:[0-9a-f]{64}:ch_/);
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).billingLeaseOwner).toBeNull();
    expect(await confirm()).toMatchObject({ status: "already_changed", invoiceId: outcome.invoiceId });
    expect(await moneyFigures(tenant, customerId)).toEqual({ processorCalls: 1, processorCharges: 1, recordedCharges: 1, pendingCharges: 0 });
  });

  it("is 409 conflict while another change holds the subscription, and charges nothing", async () => {
    const { tenant, customerId, subscription, confirm } = await upgradeQuote();
    await prisma.subscription.update({
      where: { id: subscription.id },
      data: { billingLeaseOwner: "billing-worker-1", billingLeaseExpiresAt: new Date(Date.now() + 60_000) },
    });
    await expect(confirm()).rejects.toMatchObject({ code: "conflict", status: 409 });
    expect(await moneyFigures(tenant, customerId)).toEqual({ processorCalls: 0, processorCharges: 0, recordedCharges: 0, pendingCharges: 0 });
  });

  it("leaves an unanswered charge pending, moves nothing and releases the lock", async () => {
    const { tenant, customerId, subscription, plans, confirm } = await upgradeQuote();
    loseTheNextAnswer();
    await expect(confirm()).rejects.toThrow("socket hang up");
    const after = await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(after).toMatchObject({ priceId: plans.pro.priceId, billingLeaseOwner: null });
    expect(await moneyFigures(tenant, customerId)).toMatchObject({ processorCharges: 1, recordedCharges: 0, pendingCharges: 1 });
  });
});

describe("the test processor's ledger", () => {
  it("enters an attempt key presented many times at once once, and counts the presentations", async () => {
    const attemptKey = `ledger-test:${crypto.randomUUID()}`;
    const entry = { attemptKey, tokenHash: processorTokenHash("tok_test_ok_x"), amount: 100, currency: "USD", outcome: "succeeded" as const, reference: "r" };
    const answers = await times(20, () => databaseTestProcessorLedger.recordOnce(entry));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(await prisma.testProcessorCharge.findUniqueOrThrow({ where: { attemptKey } })).toMatchObject({ calls: 20, amount: 100 });
  });
});
