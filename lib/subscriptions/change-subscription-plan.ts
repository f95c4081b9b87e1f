// Confirms a previewed plan change: charges exactly the quoted net amount to the default card (when
// positive), then — only if that succeeded — moves the subscription to the new price and records the
// proration invoice, in one transaction. A negative net becomes customer credit.
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { newId } from "../ids";
import { sha256Hex } from "../crypto/hash";
import { appendEvent } from "../events/append-event";
import { paymentProcessorFor } from "../processor";
import { findChargeablePaymentMethod } from "../payment-methods/default-payment-method";
import { nextInvoiceNumber } from "../invoices/next-invoice-number";
import { toInvoiceResource } from "../invoices/invoice-resource";
import { isUniqueConstraintError } from "../errors";
import type { Tenant } from "../tenancy";
import { findSubscription } from "./find-subscription";
import { verifyQuote, type PlanChangeDirection } from "./plan-change";
import { toSubscriptionResource } from "./subscription-resource";

export type PlanChangeOutcome = { status: "changed" | "already_changed"; subscriptionId: string; invoiceId: string | null };

export async function changeSubscriptionPlan(
  tenant: Tenant,
  customerId: string,
  subscriptionId: string,
  quoteToken: string,
  direction: PlanChangeDirection,
): Promise<PlanChangeOutcome> {
  const subscription = await findSubscription(tenant, subscriptionId, { customerId });
  const attemptKey = `plan-change:${sha256Hex(quoteToken)}`;
  const previous = await prisma.charge.findUnique({ where: { attemptKey }, select: { invoiceId: true, status: true } });
  if (previous?.status === "succeeded") return { status: "already_changed", subscriptionId, invoiceId: previous.invoiceId };
  const { quote, target } = await verifyQuote(tenant, subscription, quoteToken, direction);

  const paymentMethod = quote.net > 0 ? await findChargeablePaymentMethod(tenant, customerId, subscription.defaultPaymentMethodId) : null;
  if (quote.net > 0 && !paymentMethod) throw new AppError("invalid_state", "Add a card before changing to a more expensive plan.");
  const chargeResult = paymentMethod
    ? await paymentProcessorFor(tenant.mode).charge({ processorToken: paymentMethod.processorToken, amount: quote.net, currency: quote.currency, attemptKey })
    : null;
  if (chargeResult && !chargeResult.ok) throw new AppError("card_declined", chargeResult.message, { details: { declineCode: chargeResult.code } });

  try {
    return await prisma.$transaction(async (tx) => {
      const moved = await tx.subscription.updateMany({
        where: { id: subscription.id, priceId: quote.fromPriceId },
        data: { priceId: target.id, planId: target.planId },
      });
      if (moved.count !== 1) throw new AppError("invalid_state", "This subscription changed meanwhile. Review the change again.");
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
          lines: {
            create: [
              { id: newId("invoiceLine"), position: 0, description: `Unused time on ${subscription.price.plan.name}`, quantity: 1, unitAmount: -quote.credit, amount: -quote.credit, priceId: quote.fromPriceId },
              { id: newId("invoiceLine"), position: 1, description: `Remaining time on ${target.plan.name}`, quantity: 1, unitAmount: quote.charge, amount: quote.charge, priceId: target.id },
            ],
          },
        },
        include: { lines: true },
      });
      if (paymentMethod && chargeResult?.ok) {
        await tx.charge.create({
          data: { id: newId("charge"), workspaceId: tenant.workspaceId, mode: tenant.mode, invoiceId, paymentMethodId: paymentMethod.id, attemptKey, amount: quote.net, currency: quote.currency, status: "succeeded" },
        });
      }
      if (total < 0) await tx.customer.update({ where: { id: customerId }, data: { creditBalance: { increment: -total } } });
      const updated = await tx.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
      await appendEvent(tx, tenant, "subscription.updated", toSubscriptionResource(updated, tenant.accountId), {
        priceId: quote.fromPriceId,
        planId: subscription.planId,
      });
      await appendEvent(tx, tenant, "invoice.paid", toInvoiceResource(invoice, tenant.accountId));
      return { status: "changed" as const, subscriptionId, invoiceId };
    });
  } catch (error) {
    if (isUniqueConstraintError(error)) return { status: "already_changed", subscriptionId, invoiceId: null };
    throw error;
  }
}
