// A workspace's customers (not deleted ones), newest first by default, keyset-paginated; optional
// exact email and externalId filters and a created range.
import "server-only";
import { prisma } from "../db";
import { createdWithin } from "../api/list-query-schemas";
import { paginate, type PageRequest } from "../pagination";
import { tenantWhere, type Tenant } from "../tenancy";
import type { ListCustomersFilters } from "./customer-schemas";

export async function listCustomers(tenant: Tenant, filters: ListCustomersFilters, page: PageRequest) {
  const where = {
    ...tenantWhere(tenant),
    deletedAt: null,
    ...createdWithin(filters),
    ...(filters.email ? { email: filters.email } : {}),
    ...(filters.externalId ? { externalId: filters.externalId } : {}),
  };
  return paginate(
    page,
    (id) => prisma.customer.findFirst({ where: { ...where, id }, select: { id: true, createdAt: true } }),
    ({ after, orderBy, take }) => prisma.customer.findMany({ where: { ...where, ...after }, orderBy, take }),
  );
}
