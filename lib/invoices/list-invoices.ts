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

/**
 * A customer's newest invoices as the portal's overview lists them: the row's columns only, without
 * the lines and charges of the API's invoice object (two statements fewer per overview).
 */
export function listRecentCustomerInvoices(tenant: Tenant, customerId: string, limit: number) {
  return prisma.invoice.findMany({
    where: { ...tenantWhere(tenant), customerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, number: true, status: true, issuedAt: true, createdAt: true, total: true, currency: true },
  });
}
