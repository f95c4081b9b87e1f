// Confirms a previewed plan change (docs/decisions/0005-proration.md, 0011-money-safety.md). The
// confirmation first wins the subscription's lock (the billing lease, which the billing worker honours
// too), so of concurrent confirmations one goes on and the others are 409 conflict before any money
// moves. Holding it, it checks the quote against the subscription as it now is, records the pending
// charge of exactly the quoted net amount (when positive), charges the default card, and only then
// moves the subscription to the new price and records the proration invoice, in one transaction. A
// negative net becomes customer credit, applied at once to the customer's open invoices
// (lib/invoices/customer-credit.ts). A downgrade quoted for the period end (downgradeTiming
// "period_end", docs/api.md §7) only records the scheduled change; the renewal applies it.
import "server-only";
import { randomUUID } from "node:crypto";
import { prisma, type DatabaseClient } from "../db";
import { now } from "../clock";
import { AppError, isUniqueConstraintError } from "../errors";
import { newId } from "../ids";
import { sha256Hex } from "../crypto/hash";
import { appendEvent } from "../events/append-event";
import { findChargeablePaymentMethod } from "../payment-methods/default-payment-method";
import { nextInvoiceNumber } from "../invoices/next-invoice-number";
import { toInvoiceResource } from "../invoices/invoice-resource";
import { applyCreditToOpenInvoices, grantCustomerCredit } from "../invoices/customer-credit";
import { claimBillingLease, releaseBillingLease, type BillingLease } from "../billing/billing-lease";
import { chargeAtProcessor, recordPendingCharge, settleCharge, type PendingCharge } from "../charges/charge-attempts";
import type { ChargeResult } from "../processor";
import { tenantWhere, type Tenant } from "../tenancy";
import { findSubscription, type SubscriptionWithPlan } from "./find-subscription";
import { verifyQuote, type PlanChangeDirection } from "./plan-change";
import { toSubscriptionResource } from "./subscription-resource";

export type PlanChangeOutcome = {
  /** "scheduled": a downgrade recorded for `effectiveAt`, the period end; nothing charged or credited. */
  status: "changed" | "already_changed" | "scheduled";
  subscriptionId: string;
  invoiceId: string | null;
  effectiveAt?: Date;
};

export async function changeSubscriptionPlan(
  tenant: Tenant,
  customerId: string,
  subscriptionId: string,
  quoteToken: string,
  direction: PlanChangeDirection,
): Promise<PlanChangeOutcome> {
  const subscription = await findSubscription(tenant, subscriptionId, { customerId });
  const attemptPrefix = `plan-change:${sha256Hex(quoteToken)}:`;
  const confirmed = await findConfirmedCharge(attemptPrefix);
  if (confirmed) return { status: "already_changed", subscriptionId, invoiceId: confirmed.invoiceId };
  const lease: BillingLease = { subscriptionId: subscription.id, workerId: `plan-change:${randomUUID()}` };
  if (!(await claimBillingLease(lease))) {
    throw new AppError("conflict", "Another change to this subscription is in progress; try again in a moment");
  }
  try {
    const confirmedMeanwhile = await findConfirmedCharge(attemptPrefix);
    if (confirmedMeanwhile) return { status: "already_changed", subscriptionId, invoiceId: confirmedMeanwhile.invoiceId };
    const current = await findSubscription(tenant, subscriptionId, { customerId });
    const change = await verifyQuote(tenant, current, quoteToken, direction);
    if (change.quote.timing === "period_end") return await schedulePlanChange(tenant, current, change, lease);
    return await applyPlanChange(tenant, current, change, lease, attemptPrefix);
  } finally {
    await releaseBillingLease(lease);
  }
}

type VerifiedChange = Awaited<ReturnType<typeof verifyQuote>>;

/** Records a downgrade for the period end (Subscription.scheduledPriceId), under the lease. */
async function schedulePlanChange(
  tenant: Tenant,
  subscription: SubscriptionWithPlan,
  { quote, target }: VerifiedChange,
  lease: BillingLease,
): Promise<PlanChangeOutcome> {
  const effectiveAt = subscription.currentPeriodEnd;
  if (subscription.scheduledPriceId === target.id) return { status: "already_changed", subscriptionId: subscription.id, invoiceId: null, effectiveAt };
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.subscription.updateMany({
      where: {
        id: subscription.id,
        ...tenantWhere(tenant),
        priceId: quote.fromPriceId,
        scheduledPriceId: subscription.scheduledPriceId,
        billingLeaseOwner: lease.workerId,
      },
      data: { scheduledPriceId: target.id, scheduledPlanId: target.planId },
    });
    if (count !== 1) throw new AppError("conflict", "This subscription changed meanwhile. Review the change again.");
    const updated = await tx.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    await appendEvent(tx, tenant, "subscription.updated", toSubscriptionResource(updated, tenant.accountId), {
      scheduledChange: toSubscriptionResource(subscription, tenant.accountId).scheduledChange,
    });
    return { status: "scheduled" as const, subscriptionId: subscription.id, invoiceId: null, effectiveAt };
  });
}

function findConfirmedCharge(attemptPrefix: string) {
  return prisma.charge.findFirst({ where: { attemptKey: { startsWith: attemptPrefix }, status: "succeeded" }, select: { invoiceId: true } });
}

/** Charges the net (when positive) under the lease, then writes the change; a decline changes nothing. */
async function applyPlanChange(
  tenant: Tenant,
  subscription: SubscriptionWithPlan,
  change: VerifiedChange,
  lease: BillingLease,
  attemptPrefix: string,
): Promise<PlanChangeOutcome> {
  const { quote } = change;
  const paymentMethod = quote.net > 0 ? await findChargeablePaymentMethod(tenant, subscription.customerId, subscription.defaultPaymentMethodId) : null;
  if (quote.net > 0 && !paymentMethod) throw new AppError("invalid_state", "Add a card before changing to a more expensive plan.");
  const pending = paymentMethod
    ? await recordPendingCharge(prisma, tenant, {
        attemptKeyFor: (chargeId) => `${attemptPrefix}${chargeId}`,
        paymentMethodId: paymentMethod.id,
        amount: quote.net,
        currency: quote.currency,
        subscriptionId: subscription.id,
      })
    : null;
  // A call that gets no answer throws here and leaves its charge pending, to be reconciled.
  const result = pending && paymentMethod ? await chargeAtProcessor(tenant, pending, paymentMethod.processorToken) : null;
  if (pending && result && !result.ok) {
    await settleCharge(prisma, pending, result);
    throw new AppError("card_declined", result.message, { details: { declineCode: result.code } });
  }
  const paid = pending && result ? { pending, result } : null;
  try {
    return await withInvoiceNumberRetry(() => prisma.$transaction((tx) => writePlanChange(tx, tenant, subscription, change, lease, paid)));
  } catch (error) {
    // The money was taken: keep the charge recorded (succeeded, no invoice) rather than pending.
    if (paid) await settleCharge(prisma, paid.pending, paid.result);
    throw error;
  }
}

/** Another invoice of the workspace took the same number meanwhile (a unique violation): number again. */
async function withInvoiceNumberRetry<T>(write: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueConstraintError(error) || attempt >= tries) throw error;
    }
  }
}

async function writePlanChange(
  tx: DatabaseClient,
  tenant: Tenant,
  subscription: SubscriptionWithPlan,
  { quote, target }: VerifiedChange,
  lease: BillingLease,
  paid: { pending: PendingCharge; result: ChargeResult } | null,
): Promise<PlanChangeOutcome> {
  const customerId = subscription.customerId;
  const moved = await tx.subscription.updateMany({
    where: { id: subscription.id, priceId: quote.fromPriceId, billingLeaseOwner: lease.workerId },
    data: { priceId: target.id, planId: target.planId, scheduledPriceId: null, scheduledPlanId: null },
  });
  // Only when the lease ran out mid-call; the succeeded charge then stays recorded, without an invoice.
  if (moved.count !== 1) throw new AppError("conflict", "This subscription changed meanwhile. Review the change again.");
  const changedAt = now();
  const invoiceId = newId("invoice");
  const total = quote.net;
  const invoice = await tx.invoice.create({
    data: {
      id: invoiceId,
      workspaceId: tenant.workspaceId,
      mode: tenant.mode,
      customerId,
      subscriptionId: subscription.id,
      status: "paid",
      number: await nextInvoiceNumber(tx, tenant),
      currency: quote.currency,
      subtotal: total,
      total,
      amountPaid: Math.max(0, total),
      amountDue: 0,
      issuedAt: changedAt,
      paidAt: changedAt,
      // The proration covers the quote's proration instant to the period end (docs/decisions/0005-proration.md).
      periodStart: new Date(quote.prorationDate),
      periodEnd: new Date(quote.periodEnd),
      lines: {
        create: [
          {
            id: newId("invoiceLine"),
            position: 0,
            description: `Unused time on ${subscription.price.plan.name}`,
            quantity: 1,
            unitAmount: -quote.credit,
            amount: -quote.credit,
            priceId: quote.fromPriceId,
          },
          {
            id: newId("invoiceLine"),
            position: 1,
            description: `Remaining time on ${target.plan.name}`,
            quantity: 1,
            unitAmount: quote.charge,
            amount: quote.charge,
            priceId: target.id,
          },
        ],
      },
    },
    include: { lines: true },
  });
  if (paid) await settleCharge(tx, paid.pending, paid.result, invoiceId);
  if (total < 0) {
    await grantCustomerCredit(tx, tenant, customerId, -total, quote.currency);
    await applyCreditToOpenInvoices(tx, tenant, customerId, quote.currency);
  }
  const updated = await tx.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
  await appendEvent(tx, tenant, "subscription.updated", toSubscriptionResource(updated, tenant.accountId), {
    priceId: quote.fromPriceId,
    planId: subscription.planId,
    ...(subscription.scheduledPriceId ? { scheduledChange: toSubscriptionResource(subscription, tenant.accountId).scheduledChange } : {}),
  });
  await appendEvent(tx, tenant, "invoice.paid", toInvoiceResource(invoice, tenant.accountId));
  return { status: "changed" as const, subscriptionId: subscription.id, invoiceId };
}
