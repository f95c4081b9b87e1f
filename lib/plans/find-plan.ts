import "server-only";
import { prisma, type DatabaseClient } from "../db";
import { notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";
import { PRICES_IN_ORDER, type PlanWithPrices } from "./plan-resource";

/** A plan of the tenant with its prices, or 404. Pass a transaction to read inside it. */
export async function findPlan(tenant: Tenant, planId: string, db: DatabaseClient = prisma): Promise<PlanWithPrices> {
  const plan = await db.plan.findFirst({ where: { id: planId, ...tenantWhere(tenant) }, include: { prices: PRICES_IN_ORDER } });
  if (!plan) throw notFound("plan", planId);
  return plan;
}
