import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";

/**
 * A subscription of the tenant — and of one customer when `customerId` is given (the portal always
 * gives it). Missing and foreign are the same 404.
 */
export async function findSubscription(tenant: Tenant, subscriptionId: string, scope: { customerId?: string } = {}) {
  const subscription = await prisma.subscription.findFirst({
    where: { id: subscriptionId, ...tenantWhere(tenant), ...(scope.customerId ? { customerId: scope.customerId } : {}) },
    include: { price: { include: { plan: true } } },
  });
  if (!subscription) throw notFound("subscription", subscriptionId);
  return subscription;
}

export type SubscriptionWithPlan = Awaited<ReturnType<typeof findSubscription>>;

export async function listCustomerSubscriptions(tenant: Tenant, customerId: string): Promise<SubscriptionWithPlan[]> {
  return prisma.subscription.findMany({
    where: { ...tenantWhere(tenant), customerId },
    include: { price: { include: { plan: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}
