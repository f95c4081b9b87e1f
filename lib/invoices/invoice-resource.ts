import type { Charge, Invoice, InvoiceLine } from "../generated/prisma/client";
import { arn } from "../tenancy";
import type { InvoiceLineResource, InvoiceResource, InvoiceStatus } from "./invoice-schemas";

export type { InvoiceResource } from "./invoice-schemas";

/** Load with the invoice so the resource names the charge that paid it (`chargeId`). */
export const SETTLING_CHARGE = { where: { status: "succeeded" }, orderBy: { createdAt: "desc" as const }, take: 1 };

export type InvoiceForResource = Invoice & { lines: InvoiceLine[]; charges?: Pick<Charge, "id" | "status">[] };

/**
 * status is stored as a plain string of INVOICE_STATUSES (docs/decisions/0009-response-schemas.md).
 * `chargeId` is the succeeded charge when the caller loaded `charges` (SETTLING_CHARGE), else null, as
 * Plugipay leaves it null in events; `hostedInvoiceUrl` is always null (docs/api.md §10.5).
 */
export function toInvoiceResource(invoice: InvoiceForResource, accountId: string): InvoiceResource {
  return {
    id: invoice.id,
    arn: arn(accountId, "invoice", invoice.id),
    accountId,
    customerId: invoice.customerId,
    subscriptionId: invoice.subscriptionId,
    status: invoice.status as InvoiceStatus,
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
    hostedInvoiceUrl: null,
    chargeId: invoice.charges?.find((charge) => charge.status === "succeeded")?.id ?? null,
    collectionAttempts: invoice.collectionAttempts,
    lines: [...invoice.lines]
      .sort((a, b) => a.position - b.position)
      .map((line): InvoiceLineResource => ({
        id: line.id,
        description: line.description,
        quantity: line.quantity,
        unitAmount: line.unitAmount,
        amount: line.amount,
        priceId: line.priceId,
        metadata: parseMetadata(line.metadata),
      })),
    metadata: parseMetadata(invoice.metadata),
    memo: invoice.memo,
    createdAt: invoice.createdAt.toISOString(),
    updatedAt: invoice.updatedAt.toISOString(),
  };
}

function parseMetadata(stored: string | null): Record<string, string> | null {
  return stored ? (JSON.parse(stored) as Record<string, string>) : null;
}
