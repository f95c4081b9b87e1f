// A customer's invoices that still ask for their money (open or past due), oldest due first: the
// portal overview's amount-due notice (issue 12, item 4).
import "server-only";
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";
import { PAYABLE_INVOICE_STATUSES } from "./invoice-statuses";

export async function listPayableInvoices(tenant: Tenant, customerId: string) {
  return prisma.invoice.findMany({
    where: { ...tenantWhere(tenant), customerId, status: { in: [...PAYABLE_INVOICE_STATUSES] }, amountDue: { gt: 0 } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, number: true, status: true, amountDue: true, currency: true, dueAt: true },
    take: 10,
  });
}

export type PayableInvoice = Awaited<ReturnType<typeof listPayableInvoices>>[number];
