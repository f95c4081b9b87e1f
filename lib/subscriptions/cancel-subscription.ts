import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import type { Tenant } from "../tenancy";
import { findSubscription } from "./find-subscription";
import { toSubscriptionResource } from "./subscription-resource";
import { isCancellableStatus } from "./subscription-status";
import { changedMeanwhile } from "./changed-meanwhile";
import type { CancellationReason } from "./subscription-schemas";

/**
 * Cancels now, or at the end of the current period (sets cancelAt; access continues until then).
 * Emits subscription.cancelled, as Plugipay's cancel endpoint does, in the same transaction. The
 * write is conditional on the state the checks saw, so of concurrent cancels one changes the
 * subscription and emits the event; the others are 409 invalid_state (docs/decisions/0011-money-safety.md).
 */
export async function cancelSubscription(
  tenant: Tenant,
  subscriptionId: string,
  input: { at: "now" | "period_end"; reason: CancellationReason; comment?: string | null; customerId?: string },
) {
  const subscription = await findSubscription(tenant, subscriptionId, { customerId: input.customerId });
  if (!isCancellableStatus(subscription.status)) {
    throw new AppError("invalid_state", `This subscription is ${subscription.status} and cannot be cancelled`);
  }
  if (input.at === "period_end" && subscription.cancelAt) {
    throw new AppError("invalid_state", "This subscription is already set to cancel at the end of its period");
  }
  const current = now();
  const data =
    input.at === "now"
      ? { status: "canceled", canceledAt: current, cancelAt: null, canceledReason: input.reason }
      : { cancelAt: subscription.currentPeriodEnd, canceledReason: input.reason };
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.subscription.updateMany({
      where: { id: subscription.id, status: subscription.status, cancelAt: subscription.cancelAt, canceledAt: subscription.canceledAt },
      data: { ...data, cancellationComment: input.comment ?? null },
    });
    if (count !== 1) throw changedMeanwhile();
    const updated = await tx.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    const resource = toSubscriptionResource(updated, tenant.accountId);
    await appendEvent(tx, tenant, "subscription.cancelled", resource, {
      status: subscription.status,
      cancelAt: subscription.cancelAt?.toISOString() ?? null,
      canceledAt: subscription.canceledAt?.toISOString() ?? null,
      canceledReason: subscription.canceledReason,
    });
    return resource;
  });
}
