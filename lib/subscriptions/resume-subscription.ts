import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import type { Tenant } from "../tenancy";
import { findSubscription } from "./find-subscription";
import { toSubscriptionResource } from "./subscription-resource";

/**
 * Undoes a scheduled cancellation before the period ends, or resumes a paused subscription.
 * Emits subscription.updated.
 */
export async function resumeSubscription(tenant: Tenant, subscriptionId: string, scope: { customerId?: string } = {}) {
  const subscription = await findSubscription(tenant, subscriptionId, scope);
  const isScheduledToCancel = subscription.cancelAt !== null && subscription.status !== "canceled";
  const isPaused = subscription.status === "paused";
  if (!isScheduledToCancel && !isPaused) {
    throw new AppError("invalid_state", "Only a paused subscription or one set to cancel can be resumed");
  }
  if (isScheduledToCancel && subscription.currentPeriodEnd <= now()) {
    throw new AppError("invalid_state", "The period has ended; this subscription can no longer be resumed");
  }
  return prisma.$transaction(async (tx) => {
    const updated = await tx.subscription.update({
      where: { id: subscription.id },
      data: isPaused
        ? { status: "active", pausedAt: null, resumeAt: null }
        : { cancelAt: null, canceledReason: null, cancellationComment: null },
    });
    const resource = toSubscriptionResource(updated, tenant.accountId);
    await appendEvent(
      tx,
      tenant,
      "subscription.updated",
      resource,
      isPaused
        ? { status: subscription.status, pausedAt: subscription.pausedAt?.toISOString() ?? null }
        : { cancelAt: subscription.cancelAt?.toISOString() ?? null, canceledReason: subscription.canceledReason },
    );
    return resource;
  });
}
