import "server-only";
import { prisma } from "../db";
import { paginate, type PageRequest } from "../pagination";
import { tenantWhere, type Tenant } from "../tenancy";

export async function listSubscriptions(tenant: Tenant, filters: { customerId?: string; status?: string; planId?: string }, page: PageRequest) {
  const where = {
    ...tenantWhere(tenant),
    ...(filters.customerId ? { customerId: filters.customerId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.planId ? { planId: filters.planId } : {}),
  };
  return paginate(
    page,
    (id) => prisma.subscription.findFirst({ where: { ...where, id }, select: { id: true, createdAt: true } }),
    ({ after, orderBy, take }) => prisma.subscription.findMany({ where: { ...where, ...after }, orderBy, take }),
  );
}
