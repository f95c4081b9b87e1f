// Voiding an invoice that was never paid: it stops being collectible (amountDue 0, voidedAt set).
// The change and invoice.voided are written in one transaction; the status guard in the update
// makes a concurrent payment or second void lose cleanly instead of double-writing.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { findInvoice } from "./find-invoice";
import { toInvoiceResource, type InvoiceResource } from "./invoice-resource";

const VOIDABLE = ["draft", "open", "past_due", "uncollectible"];
const PAYMENT_IN_PROGRESS_MS = 60 * 1000;

export async function voidInvoice(tenant: Tenant, invoiceId: string): Promise<InvoiceResource> {
  const invoice = await findInvoice(tenant, invoiceId);
  if (!VOIDABLE.includes(invoice.status)) throw new AppError("invalid_state", `A ${invoice.status} invoice cannot be voided`);
  const voidedAt = now();
  const paymentCutoff = new Date(voidedAt.getTime() - PAYMENT_IN_PROGRESS_MS);
  return prisma.$transaction(async (tx) => {
    const changed = await tx.invoice.updateMany({
      where: {
        id: invoice.id,
        ...tenantWhere(tenant),
        status: { in: VOIDABLE },
        OR: [{ paymentStartedAt: null }, { paymentStartedAt: { lt: paymentCutoff } }],
      },
      data: { status: "void", voidedAt, amountDue: 0, paymentStartedAt: null },
    });
    if (changed.count !== 1) {
      throw new AppError("invalid_state", "This invoice changed while it was being voided (a payment may be in progress)");
    }
    const updated = await tx.invoice.findUniqueOrThrow({ where: { id: invoice.id }, include: { lines: true } });
    const resource = toInvoiceResource(updated, tenant.accountId);
    await appendEvent(tx, tenant, "invoice.voided", resource, {
      status: invoice.status,
      amountDue: invoice.amountDue,
      voidedAt: null,
    });
    return resource;
  });
}
