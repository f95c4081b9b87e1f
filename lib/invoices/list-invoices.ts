// A customer's invoices (portal) or a workspace's (API), newest first by default, keyset-paginated.
import "server-only";
import { prisma } from "../db";
import { paginate, type Page, type PageRequest } from "../pagination";
import { tenantWhere, type Tenant } from "../tenancy";
import { SETTLING_CHARGE } from "./invoice-resource";

export type InvoiceFilters = { customerId?: string; status?: string; subscriptionId?: string };

export async function listInvoices(tenant: Tenant, filters: InvoiceFilters, page: PageRequest) {
  const where = {
    ...tenantWhere(tenant),
    ...(filters.customerId ? { customerId: filters.customerId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.subscriptionId ? { subscriptionId: filters.subscriptionId } : {}),
  };
  return paginate(
    page,
    (id) => prisma.invoice.findFirst({ where: { ...where, id }, select: { id: true, createdAt: true } }),
    ({ after, orderBy, take }) =>
      prisma.invoice.findMany({ where: { ...where, ...after }, orderBy, take, include: { lines: { orderBy: { position: "asc" } }, charges: SETTLING_CHARGE } }),
  );
}

export type InvoicePage = Page<Awaited<ReturnType<typeof listInvoices>>["items"][number]>;

export async function listCustomerInvoices(tenant: Tenant, customerId: string, options: { limit: number; cursor?: string | null }) {
  const page = await listInvoices(tenant, { customerId }, { limit: options.limit, cursor: options.cursor, order: "desc" });
  return { invoices: page.items, hasMore: page.hasMore, nextCursor: page.cursor };
}
