// Undoing a downgrade scheduled for the period end (docs/api.md §7 downgradeTiming): the subscription
// stays on its plan. Conditional on the schedule read, so concurrent undos make one change and one
// subscription.updated (docs/decisions/0011-money-safety.md).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { findSubscription } from "./find-subscription";
import { toSubscriptionResource } from "./subscription-resource";
import { changedMeanwhile } from "./changed-meanwhile";

export async function undoScheduledPlanChange(tenant: Tenant, subscriptionId: string, scope: { customerId?: string } = {}) {
  const subscription = await findSubscription(tenant, subscriptionId, scope);
  if (!subscription.scheduledPriceId) throw new AppError("invalid_state", "This subscription has no plan change scheduled");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.subscription.updateMany({
      where: { id: subscription.id, ...tenantWhere(tenant), scheduledPriceId: subscription.scheduledPriceId, priceId: subscription.priceId },
      data: { scheduledPriceId: null, scheduledPlanId: null },
    });
    if (count !== 1) throw changedMeanwhile();
    const updated = await tx.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    const resource = toSubscriptionResource(updated, tenant.accountId);
    await appendEvent(tx, tenant, "subscription.updated", resource, {
      scheduledChange: toSubscriptionResource(subscription, tenant.accountId).scheduledChange,
    });
    return resource;
  });
}
