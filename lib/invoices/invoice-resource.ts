import type { Invoice, InvoiceLine } from "../generated/prisma/client";
import { arn } from "../tenancy";

export type InvoiceResource = ReturnType<typeof toInvoiceResource>;

export function toInvoiceResource(invoice: Invoice & { lines: InvoiceLine[] }, accountId: string) {
  return {
    id: invoice.id,
    arn: arn(accountId, "invoice", invoice.id),
    accountId,
    customerId: invoice.customerId,
    subscriptionId: invoice.subscriptionId,
    status: invoice.status,
    number: invoice.number,
    currency: invoice.currency,
    subtotal: invoice.subtotal,
    discount: invoice.discount,
    tax: invoice.tax,
    total: invoice.total,
    amountPaid: invoice.amountPaid,
    amountDue: invoice.amountDue,
    dueAt: invoice.dueAt?.toISOString() ?? null,
    issuedAt: invoice.issuedAt?.toISOString() ?? null,
    paidAt: invoice.paidAt?.toISOString() ?? null,
    voidedAt: invoice.voidedAt?.toISOString() ?? null,
    collectionAttempts: invoice.collectionAttempts,
    lines: [...invoice.lines]
      .sort((a, b) => a.position - b.position)
      .map((line) => ({
        id: line.id,
        description: line.description,
        quantity: line.quantity,
        unitAmount: line.unitAmount,
        amount: line.amount,
        priceId: line.priceId,
      })),
    createdAt: invoice.createdAt.toISOString(),
    updatedAt: invoice.updatedAt.toISOString(),
  };
}
