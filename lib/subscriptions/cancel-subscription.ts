import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import type { Tenant } from "../tenancy";
import { findSubscription } from "./find-subscription";
import { toSubscriptionResource } from "./subscription-resource";

export const CANCELLATION_REASONS = ["customer_portal", "merchant", "failed_payment", "user_request"] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

const CANCELLABLE = ["trialing", "active", "past_due", "paused", "incomplete"];

/**
 * Cancels now, or at the end of the current period (sets cancelAt; access continues until then).
 * Emits subscription.cancelled, as Plugipay's cancel endpoint does, in the same transaction.
 */
export async function cancelSubscription(
  tenant: Tenant,
  subscriptionId: string,
  input: { at: "now" | "period_end"; reason: CancellationReason; comment?: string | null; customerId?: string },
) {
  const subscription = await findSubscription(tenant, subscriptionId, { customerId: input.customerId });
  if (!CANCELLABLE.includes(subscription.status)) {
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
    const updated = await tx.subscription.update({
      where: { id: subscription.id },
      data: { ...data, cancellationComment: input.comment ?? null },
    });
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
