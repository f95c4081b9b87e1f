import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import type { Tenant } from "../tenancy";
import { findSubscription } from "./find-subscription";
import { toSubscriptionResource } from "./subscription-resource";
import { isScheduledToCancel } from "./subscription-status";
import { changedMeanwhile } from "./changed-meanwhile";

/**
 * Undoes a scheduled cancellation before the period ends, or resumes a paused subscription.
 * Emits subscription.updated. Conditional on the state checked, so concurrent resumes make one
 * change and one event (docs/decisions/0011-money-safety.md).
 */
export async function resumeSubscription(tenant: Tenant, subscriptionId: string, scope: { customerId?: string } = {}) {
  const subscription = await findSubscription(tenant, subscriptionId, scope);
  const isEnding = isScheduledToCancel(subscription);
  const isPaused = subscription.status === "paused";
  if (!isEnding && !isPaused) {
    throw new AppError("invalid_state", "Only a paused subscription or one set to cancel can be resumed");
  }
  if (isEnding && subscription.currentPeriodEnd <= now()) {
    throw new AppError("invalid_state", "The period has ended; this subscription can no longer be resumed");
  }
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.subscription.updateMany({
      where: { id: subscription.id, status: subscription.status, cancelAt: subscription.cancelAt },
      data: isPaused ? { status: "active", pausedAt: null, resumeAt: null } : { cancelAt: null, canceledReason: null, cancellationComment: null },
    });
    if (count !== 1) throw changedMeanwhile();
    const updated = await tx.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
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
    if (isPaused) await appendEvent(tx, tenant, "subscription.resumed", resource);
    return resource;
  });
}
