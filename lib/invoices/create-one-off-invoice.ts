// POST /invoices (docs/api.md §10.5): a one-off invoice for a customer of the tenant, not tied to a
// subscription. A draft by default (finalize, pay and void then work as for any invoice); with
// status "open" it is issued at once. The invoice, its lines, its number and invoice.created (and
// invoice.finalized when issued) are written in one transaction.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import { storedMetadata } from "../customers/metadata-schemas";
import { tenantWhere, type Tenant } from "../tenancy";
import { nextInvoiceNumber } from "./next-invoice-number";
import { toInvoiceResource, type InvoiceResource } from "./invoice-resource";
import type { CreateInvoiceInput } from "./create-invoice-schemas";
import { lockLiveCustomer } from "../customers/lock-live-customer";

export async function createOneOffInvoice(tenant: Tenant, input: CreateInvoiceInput): Promise<InvoiceResource> {
  const customer = await prisma.customer.findFirst({ where: { id: input.customerId, ...tenantWhere(tenant), deletedAt: null }, select: { id: true } });
  if (!customer) throw customerNotFound(input.customerId);
  return prisma.$transaction(async (tx) => {
    if (!(await lockLiveCustomer(tx, tenant, customer.id))) throw customerNotFound(input.customerId);
    const createdAt = now();
    const issued = input.status === "open";
    const lines = input.lines.map((line, position) => ({
      id: newId("invoiceLine"),
      position,
      description: line.description,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      amount: line.quantity * line.unitAmount,
      priceId: null,
      metadata: storedMetadata(line.metadata),
    }));
    const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
    const discount = input.discount ?? 0;
    const tax = input.tax ?? 0;
    const total = subtotal - discount + tax;
    const invoice = await tx.invoice.create({
      data: {
        id: newId("invoice"),
        ...tenantWhere(tenant),
        customerId: customer.id,
        subscriptionId: null,
        status: issued ? "open" : "draft",
        number: await nextInvoiceNumber(tx, tenant),
        currency: input.currency,
        subtotal,
        discount,
        tax,
        total,
        amountDue: total,
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        issuedAt: issued ? createdAt : null,
        metadata: storedMetadata(input.metadata),
        memo: input.memo ?? null,
        createdAt,
        updatedAt: createdAt,
        lines: { create: lines },
      },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    const resource = toInvoiceResource(invoice, tenant.accountId);
    await appendEvent(tx, tenant, "invoice.created", resource);
    if (issued) await appendEvent(tx, tenant, "invoice.finalized", resource, { status: "draft", issuedAt: null });
    return resource;
  });
}

function customerNotFound(customerId: string) {
  return new AppError("not_found", `No such customer: '${customerId}'`, { field: "customerId" });
}
