// Cursor pagination over a customer's invoices, newest first. The cursor is the last row's id and
// the order is (createdAt, id), so pages stay stable when new invoices arrive.
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";

export type InvoicePage = {
  invoices: Awaited<ReturnType<typeof prisma.invoice.findMany>>;
  nextCursor: string | null;
  hasMore: boolean;
};

export async function listCustomerInvoices(
  tenant: Tenant,
  customerId: string,
  options: { limit: number; cursor?: string | null },
): Promise<InvoicePage> {
  const where = { ...tenantWhere(tenant), customerId };
  const anchor = options.cursor
    ? await prisma.invoice.findFirst({ where: { ...where, id: options.cursor }, select: { id: true, createdAt: true } })
    : null;
  const rows = await prisma.invoice.findMany({
    where: anchor
      ? { ...where, OR: [{ createdAt: { lt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { lt: anchor.id } }] }
      : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
  });
  const hasMore = rows.length > options.limit;
  const invoices = rows.slice(0, options.limit);
  return { invoices, hasMore, nextCursor: hasMore ? (invoices.at(-1)?.id ?? null) : null };
}
