// A scheduled cancellation takes effect: cancelAt has come, so the subscription is canceled as of
// cancelAt, with subscription.cancelled (the seed's name), in one transaction.
import "server-only";
import { prisma } from "../db";
import { appendEvent } from "../events/append-event";
import { toSubscriptionResource } from "../subscriptions/subscription-resource";
import { updateLeasedSubscription, type BillingState, type StepOutcome } from "./billing-state";

export async function applyScheduledCancellation({ subscription, tenant, lease }: BillingState): Promise<StepOutcome> {
  const cancelAt = subscription.cancelAt;
  if (!cancelAt) return "skipped";
  return prisma.$transaction(async (tx) => {
    const canceled = await updateLeasedSubscription(
      tx,
      lease,
      { status: subscription.status, cancelAt },
      { status: "canceled", canceledAt: cancelAt, nextDunningAt: null, resumeAt: null },
    );
    if (!canceled) return "skipped";
    await appendEvent(tx, tenant, "subscription.cancelled", toSubscriptionResource(canceled, tenant.accountId), {
      status: subscription.status,
      canceledAt: null,
    });
    return "applied";
  });
}
