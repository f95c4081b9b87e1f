// Paying an open or past-due invoice with the customer's card. A payment claims the invoice first
// (paymentStartedAt) and records its pending charge in the same transaction, so a second click while
// it runs, or after it succeeded, never reaches the processor; the charge's attempt key is the
// processor's idempotency key (docs/decisions/0011-money-safety.md). The customer's credit is applied
// in that claiming transaction (lib/invoices/customer-credit.ts): an invoice it covers is paid with no
// charge, and otherwise the charge is for what is left.
import "server-only";
import { prisma, type DatabaseClient } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import type { ChargeResult } from "../processor";
import type { Invoice } from "../generated/prisma/client";
import { chargeAtProcessor, recordPendingCharge, settleCharge, type PendingCharge } from "../charges/charge-attempts";
import { findInvoicePaymentMethod } from "./invoice-payment-method";
import { applyCreditToInvoice } from "./customer-credit";
import type { Tenant } from "../tenancy";
import { findInvoice } from "./find-invoice";
import { toInvoiceResource } from "./invoice-resource";
import { PAYABLE_INVOICE_STATUSES, isPayableInvoiceStatus } from "./invoice-statuses";

const STALE_PAYMENT_MS = 60 * 1000;

export type PayInvoiceOutcome =
  | { status: "paid"; invoiceId: string }
  | { status: "already_paid"; invoiceId: string }
  | { status: "failed"; invoiceId: string; code: string; message: string };

export async function payInvoice(tenant: Tenant, invoiceId: string, scope: { customerId?: string } = {}): Promise<PayInvoiceOutcome> {
  const invoice = await findInvoice(tenant, invoiceId, scope);
  if (invoice.status === "paid") return { status: "already_paid", invoiceId };
  if (!isPayableInvoiceStatus(invoice.status)) throw new AppError("invalid_state", `A ${invoice.status} invoice cannot be paid`);
  const paymentMethod = await findInvoicePaymentMethod(tenant, invoice);

  const startedAt = now();
  const claim = await claimPayment(tenant, invoice, paymentMethod, startedAt);
  if (!claim) {
    const latest = await findInvoice(tenant, invoiceId, scope);
    if (latest.status === "paid") return { status: "already_paid", invoiceId };
    throw new AppError("invalid_state", "A payment for this invoice is already in progress");
  }
  if (claim === "paid_by_credit") return { status: "paid", invoiceId };
  let result: ChargeResult;
  try {
    result = await chargeAtProcessor(tenant, claim.pending, claim.processorToken);
  } catch (error) {
    // No answer from the processor: release the claim; the charge stays pending and the next try
    // presents its attempt key again (docs/decisions/0011-money-safety.md).
    await prisma.invoice.updateMany({ where: { id: invoice.id, paymentStartedAt: startedAt }, data: { paymentStartedAt: null } });
    throw error;
  }
  return prisma.$transaction(async (tx): Promise<PayInvoiceOutcome> => {
    if (!(await settleCharge(tx, claim.pending, result))) return outcomeOfSettledCharge(tx, invoiceId, claim.pending.id);
    const before = claim.invoice;
    const paidAt = now();
    const updated = await tx.invoice.update({
      where: { id: invoice.id },
      data: result.ok
        ? { status: "paid", amountPaid: before.amountPaid + claim.pending.amount, amountDue: 0, paidAt, paymentStartedAt: null }
        : { paymentStartedAt: null },
      include: { lines: true },
    });
    const resource = toInvoiceResource(updated, tenant.accountId);
    if (result.ok) {
      await appendEvent(tx, tenant, "invoice.paid", resource, {
        status: before.status,
        amountPaid: before.amountPaid,
        amountDue: before.amountDue,
        paidAt: null,
      });
      return { status: "paid" as const, invoiceId };
    }
    await appendEvent(tx, tenant, "invoice.payment_failed", { ...resource, failureCode: result.code, failureMessage: result.message });
    return { status: "failed" as const, invoiceId, code: result.code, message: result.message };
  });
}

type PaymentClaim = { pending: PendingCharge; processorToken: string; invoice: Invoice };

const NO_CARD = "There is no card on file to pay with; add one first";

/**
 * Claims the invoice (paymentStartedAt), applies the customer's credit and records the pending charge
 * of what is left, in one transaction. A charge still pending from a call that got no answer is tried
 * again under its own attempt key, card and amount (no credit is applied then). Without a card the
 * transaction is rolled back unless credit covers the invoice.
 */
async function claimPayment(
  tenant: Tenant,
  invoice: Invoice,
  paymentMethod: { id: string; processorToken: string } | null,
  startedAt: Date,
): Promise<PaymentClaim | "paid_by_credit" | null> {
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.invoice.updateMany({
      where: {
        id: invoice.id,
        status: { in: [...PAYABLE_INVOICE_STATUSES] },
        OR: [{ paymentStartedAt: null }, { paymentStartedAt: { lt: new Date(startedAt.getTime() - STALE_PAYMENT_MS) } }],
      },
      data: { paymentStartedAt: startedAt, collectionAttempts: { increment: 1 } },
    });
    if (claimed.count !== 1) return null;
    const claimedRow = await tx.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    const unanswered = await tx.charge.findFirst({
      where: { invoiceId: invoice.id, status: "pending" },
      select: { id: true, attemptKey: true, amount: true, currency: true, paymentMethodId: true },
    });
    if (unanswered) {
      const card = await tx.paymentMethod.findUniqueOrThrow({ where: { id: unanswered.paymentMethodId }, select: { processorToken: true } });
      return { pending: unanswered, processorToken: card.processorToken, invoice: claimedRow };
    }
    const current = await applyCreditToInvoice(tx, tenant, claimedRow);
    if (current.status === "paid") return "paid_by_credit" as const;
    if (!paymentMethod) throw new AppError("invalid_state", NO_CARD);
    const pending = await recordPendingCharge(tx, tenant, {
      attemptKeyFor: () => `invoice:${invoice.id}:attempt:${current.collectionAttempts}`,
      paymentMethodId: paymentMethod.id,
      amount: current.amountDue,
      currency: current.currency,
      invoiceId: invoice.id,
    });
    return { pending, processorToken: paymentMethod.processorToken, invoice: current };
  });
}

/** Another try of the same attempt settled its charge first: answer with what that charge did. */
async function outcomeOfSettledCharge(tx: DatabaseClient, invoiceId: string, chargeId: string): Promise<PayInvoiceOutcome> {
  const charge = await tx.charge.findUniqueOrThrow({ where: { id: chargeId }, select: { status: true, failureCode: true } });
  if (charge.status === "succeeded") return { status: "already_paid", invoiceId };
  const code = charge.failureCode ?? "card_declined";
  return { status: "failed", invoiceId, code, message: "The payment did not go through." };
}
