import type { SubscriptionWithPlan } from "../subscriptions/find-subscription";

/** Plain data for the portal's subscription views. */
export function toSubscriptionSummary(subscription: SubscriptionWithPlan) {
  return {
    id: subscription.id,
    status: subscription.status,
    planName: subscription.price.plan.name,
    unitAmount: subscription.price.unitAmount,
    currency: subscription.price.currency,
    interval: subscription.price.plan.interval,
    intervalCount: subscription.price.plan.intervalCount,
    currentPeriodEnd: subscription.currentPeriodEnd,
    cancelAt: subscription.cancelAt,
    resumeAt: subscription.resumeAt,
    startedAt: subscription.createdAt,
  };
}
