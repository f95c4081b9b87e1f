// The downgrade a subscription has scheduled for its period end (docs/api.md §7 downgradeTiming), as
// the portal shows it: the plan and price it moves to and when.
import "server-only";
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";

export type ScheduledPlanChange = { planName: string; unitAmount: number; currency: string; effectiveAt: Date };

export async function findScheduledPlanChange(
  tenant: Tenant,
  subscription: { scheduledPriceId: string | null; currentPeriodEnd: Date },
): Promise<ScheduledPlanChange | null> {
  if (!subscription.scheduledPriceId) return null;
  const price = await prisma.price.findFirst({ where: { id: subscription.scheduledPriceId, ...tenantWhere(tenant) }, include: { plan: true } });
  if (!price) return null;
  return { planName: price.plan.name, unitAmount: price.unitAmount, currency: price.currency, effectiveAt: subscription.currentPeriodEnd };
}
