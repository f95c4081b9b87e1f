// A workspace's plans with their prices, newest first by default, keyset-paginated. Prices come
// in one query for the whole page (include), never one per plan.
import "server-only";
import { prisma } from "../db";
import { paginate, type PageRequest } from "../pagination";
import { tenantWhere, type Tenant } from "../tenancy";
import { PRICES_IN_ORDER } from "./plan-resource";

export type PlanFilters = { active?: boolean };

export async function listPlans(tenant: Tenant, filters: PlanFilters, page: PageRequest) {
  const where = {
    ...tenantWhere(tenant),
    ...(filters.active === undefined ? {} : { active: filters.active }),
  };
  return paginate(
    page,
    (id) => prisma.plan.findFirst({ where: { ...where, id }, select: { id: true, createdAt: true } }),
    ({ after, orderBy, take }) => prisma.plan.findMany({ where: { ...where, ...after }, orderBy, take, include: { prices: PRICES_IN_ORDER } }),
  );
}
