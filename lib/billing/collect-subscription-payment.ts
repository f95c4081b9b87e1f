// Collection, due at nextDunningAt: the renewal charge right after a period starts, and each dunning
// retry while past_due. Pays the subscription's newest unpaid invoice with payInvoice (which claims
// the invoice, records the Charge and emits invoice.paid or invoice.payment_failed), then records
// the outcome on the subscription.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { payInvoice } from "../invoices/pay-invoice";
import { findInvoicePaymentMethod } from "../invoices/invoice-payment-method";
import { PAYABLE_INVOICE_STATUSES } from "../invoices/invoice-statuses";
import { tenantWhere } from "../tenancy";
import type { BillingState, StepOutcome } from "./billing-state";
import { recordCollectionOutcome, type CollectionResult } from "./record-collection-outcome";

export async function collectSubscriptionPayment(state: BillingState): Promise<StepOutcome> {
  const dueAt = state.subscription.nextDunningAt;
  if (!dueAt) return "skipped";
  const result = await attemptPayment(state);
  if (result === "busy") return "skipped";
  return recordCollectionOutcome(state, dueAt, result);
}

async function attemptPayment({ subscription, tenant }: BillingState): Promise<CollectionResult | "busy"> {
  const invoice = await prisma.invoice.findFirst({
    where: { ...tenantWhere(tenant), subscriptionId: subscription.id, status: { in: [...PAYABLE_INVOICE_STATUSES] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!invoice) return { ok: true }; // settled meanwhile (paid in the portal, or voided)
  if (!(await findInvoicePaymentMethod(tenant, invoice))) {
    return { ok: false, invoiceId: invoice.id, code: "no_payment_method", message: "There is no card on file to charge.", announced: false };
  }
  try {
    const outcome = await payInvoice(tenant, invoice.id);
    if (outcome.status !== "failed") return { ok: true };
    return { ok: false, invoiceId: invoice.id, code: outcome.code, message: outcome.message, announced: true };
  } catch (error) {
    // Another payment of this invoice is in progress (a customer clicking "Pay"): try again later.
    if (error instanceof AppError && error.code === "invalid_state") return "busy";
    throw error;
  }
}
