// The API shape of a subscription (contract §10), used by the API and in event payloads.
import type { Subscription } from "../generated/prisma/client";
import { arn } from "../tenancy";

export type SubscriptionResource = ReturnType<typeof toSubscriptionResource>;

export function toSubscriptionResource(subscription: Subscription, accountId: string) {
  return {
    id: subscription.id,
    arn: arn(accountId, "subscription", subscription.id),
    accountId,
    customerId: subscription.customerId,
    planId: subscription.planId,
    priceId: subscription.priceId,
    status: subscription.status,
    collectionMethod: subscription.collectionMethod,
    currentPeriodStart: subscription.currentPeriodStart.toISOString(),
    currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
    trialEnd: subscription.trialEnd?.toISOString() ?? null,
    cancelAt: subscription.cancelAt?.toISOString() ?? null,
    canceledAt: subscription.canceledAt?.toISOString() ?? null,
    canceledReason: subscription.canceledReason,
    pausedAt: subscription.pausedAt?.toISOString() ?? null,
    defaultPaymentTokenId: subscription.defaultPaymentMethodId,
    metadata: subscription.metadata ? (JSON.parse(subscription.metadata) as Record<string, string>) : null,
    createdAt: subscription.createdAt.toISOString(),
    updatedAt: subscription.updatedAt.toISOString(),
  };
}
