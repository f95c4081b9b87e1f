// The API shape of a subscription (docs/api.md §10), used by the API and in event payloads.
import type { Subscription } from "../generated/prisma/client";
import { arn } from "../tenancy";
import { isScheduledToCancel } from "./subscription-status";
import type { CancellationReason, CollectionMethod, SubscriptionResource, SubscriptionStatus } from "./subscription-schemas";

export type { SubscriptionResource } from "./subscription-schemas";

/** status, collectionMethod and canceledReason are stored as plain strings of the schema's enums (docs/decisions/0009-response-schemas.md). */
export function toSubscriptionResource(subscription: Subscription, accountId: string): SubscriptionResource {
  return {
    id: subscription.id,
    arn: arn(accountId, "subscription", subscription.id),
    accountId,
    customerId: subscription.customerId,
    planId: subscription.planId,
    priceId: subscription.priceId,
    status: subscription.status as SubscriptionStatus,
    collectionMethod: subscription.collectionMethod as CollectionMethod,
    currentPeriodStart: subscription.currentPeriodStart.toISOString(),
    currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
    trialEnd: subscription.trialEnd?.toISOString() ?? null,
    trialEndsAt: subscription.trialEnd?.toISOString() ?? null,
    cancelAt: subscription.cancelAt?.toISOString() ?? null,
    cancelAtPeriodEnd: cancelsAtPeriodEnd(subscription),
    canceledAt: subscription.canceledAt?.toISOString() ?? null,
    canceledReason: subscription.canceledReason as CancellationReason | null,
    pausedAt: subscription.pausedAt?.toISOString() ?? null,
    resumeAt: subscription.resumeAt?.toISOString() ?? null,
    scheduledChange:
      subscription.scheduledPriceId && subscription.scheduledPlanId
        ? { planId: subscription.scheduledPlanId, priceId: subscription.scheduledPriceId, effectiveAt: subscription.currentPeriodEnd.toISOString() }
        : null,
    defaultPaymentTokenId: subscription.defaultPaymentMethodId,
    discountCouponId: null,
    metadata: subscription.metadata ? (JSON.parse(subscription.metadata) as Record<string, string>) : null,
    createdAt: subscription.createdAt.toISOString(),
    updatedAt: subscription.updatedAt.toISOString(),
  };
}

/**
 * The earlier official SDK's `cancelAtPeriodEnd` (docs/api.md §10.4): a cancellation is scheduled and
 * takes effect at or before the end of the current period (so the billing worker will not renew it),
 * and the subscription is not canceled yet.
 */
export function cancelsAtPeriodEnd(subscription: Pick<Subscription, "status" | "cancelAt" | "currentPeriodEnd">): boolean {
  return isScheduledToCancel(subscription) && subscription.cancelAt !== null && subscription.cancelAt <= subscription.currentPeriodEnd;
}
