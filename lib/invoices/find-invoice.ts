import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";
import { SETTLING_CHARGE } from "./invoice-resource";

export async function findInvoice(tenant: Tenant, invoiceId: string, scope: { customerId?: string } = {}) {
  const invoice = await prisma.invoice.findFirst({
    where: { id: invoiceId, ...tenantWhere(tenant), ...(scope.customerId ? { customerId: scope.customerId } : {}) },
    include: { lines: { orderBy: { position: "asc" } }, charges: SETTLING_CHARGE },
  });
  if (!invoice) throw notFound("invoice", invoiceId);
  return invoice;
}

export type InvoiceWithLines = Awaited<ReturnType<typeof findInvoice>>;
