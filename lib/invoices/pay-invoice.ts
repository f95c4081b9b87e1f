// Paying an open or past-due invoice with the customer's card. A payment claims the invoice first
// (paymentStartedAt), so a second click while it runs, or after it succeeded, never charges again;
// the charge's attempt key is unique as well.
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../events/append-event";
import { paymentProcessorFor } from "../processor";
import { findInvoicePaymentMethod } from "./invoice-payment-method";
import type { Tenant } from "../tenancy";
import { findInvoice } from "./find-invoice";
import { toInvoiceResource } from "./invoice-resource";

const PAYABLE = ["open", "past_due"];
const STALE_PAYMENT_MS = 60 * 1000;

export type PayInvoiceOutcome =
  | { status: "paid"; invoiceId: string }
  | { status: "already_paid"; invoiceId: string }
  | { status: "failed"; invoiceId: string; code: string; message: string };

export async function payInvoice(tenant: Tenant, invoiceId: string, scope: { customerId?: string } = {}): Promise<PayInvoiceOutcome> {
  const invoice = await findInvoice(tenant, invoiceId, scope);
  if (invoice.status === "paid") return { status: "already_paid", invoiceId };
  if (!PAYABLE.includes(invoice.status)) throw new AppError("invalid_state", `A ${invoice.status} invoice cannot be paid`);
  const paymentMethod = await findInvoicePaymentMethod(tenant, invoice);
  if (!paymentMethod) throw new AppError("invalid_state", "There is no card on file to pay with; add one first");

  const startedAt = now();
  const claimed = await prisma.invoice.updateMany({
    where: {
      id: invoice.id,
      status: { in: PAYABLE },
      OR: [{ paymentStartedAt: null }, { paymentStartedAt: { lt: new Date(startedAt.getTime() - STALE_PAYMENT_MS) } }],
    },
    data: { paymentStartedAt: startedAt, collectionAttempts: { increment: 1 } },
  });
  if (claimed.count !== 1) {
    const latest = await findInvoice(tenant, invoiceId, scope);
    if (latest.status === "paid") return { status: "already_paid", invoiceId };
    throw new AppError("invalid_state", "A payment for this invoice is already in progress");
  }
  const attempt = invoice.collectionAttempts + 1;
  const attemptKey = `invoice:${invoice.id}:attempt:${attempt}`;
  let result: Awaited<ReturnType<ReturnType<typeof paymentProcessorFor>["charge"]>>;
  try {
    result = await paymentProcessorFor(tenant.mode).charge({
      processorToken: paymentMethod.processorToken,
      amount: invoice.amountDue,
      currency: invoice.currency,
      attemptKey,
    });
  } catch (error) {
    // The processor could not be reached: release the claim so the invoice can be paid again.
    await prisma.invoice.updateMany({ where: { id: invoice.id, paymentStartedAt: startedAt }, data: { paymentStartedAt: null } });
    throw error;
  }
  return prisma.$transaction(async (tx) => {
    await tx.charge.create({
      data: {
        id: newId("charge"),
        workspaceId: tenant.workspaceId,
        mode: tenant.mode,
        invoiceId: invoice.id,
        paymentMethodId: paymentMethod.id,
        attemptKey,
        amount: invoice.amountDue,
        currency: invoice.currency,
        status: result.ok ? "succeeded" : "failed",
        failureCode: result.ok ? null : result.code,
      },
    });
    const paidAt = now();
    const updated = await tx.invoice.update({
      where: { id: invoice.id },
      data: result.ok
        ? { status: "paid", amountPaid: invoice.amountPaid + invoice.amountDue, amountDue: 0, paidAt, paymentStartedAt: null }
        : { paymentStartedAt: null },
      include: { lines: true },
    });
    const resource = toInvoiceResource(updated, tenant.accountId);
    if (result.ok) {
      await appendEvent(tx, tenant, "invoice.paid", resource, { status: invoice.status, amountPaid: invoice.amountPaid, amountDue: invoice.amountDue, paidAt: null });
      return { status: "paid" as const, invoiceId };
    }
    await appendEvent(tx, tenant, "invoice.payment_failed", { ...resource, failureCode: result.code, failureMessage: result.message });
    return { status: "failed" as const, invoiceId, code: result.code, message: result.message };
  });
}
