// Finalizing a draft: it becomes open (payable) and gets its issue date if it had none. The change
// and invoice.finalized are written in one transaction.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { findInvoice } from "./find-invoice";
import { toInvoiceResource, type InvoiceResource } from "./invoice-resource";

export async function finalizeInvoice(tenant: Tenant, invoiceId: string): Promise<InvoiceResource> {
  const invoice = await findInvoice(tenant, invoiceId);
  if (invoice.status !== "draft") throw new AppError("invalid_state", `Only a draft invoice can be finalized; this one is ${invoice.status}`);
  const issuedAt = invoice.issuedAt ?? now();
  return prisma.$transaction(async (tx) => {
    const changed = await tx.invoice.updateMany({
      where: { id: invoice.id, ...tenantWhere(tenant), status: "draft" },
      data: { status: "open", issuedAt },
    });
    if (changed.count !== 1) throw new AppError("invalid_state", "This invoice changed while it was being finalized");
    const updated = await tx.invoice.findUniqueOrThrow({ where: { id: invoice.id }, include: { lines: true } });
    const resource = toInvoiceResource(updated, tenant.accountId);
    const previousAttributes: Record<string, unknown> = { status: "draft" };
    if (!invoice.issuedAt) previousAttributes.issuedAt = null;
    await appendEvent(tx, tenant, "invoice.finalized", resource, previousAttributes);
    return resource;
  });
}
