import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import type { Tenant } from "../tenancy";
import { findSubscription } from "./find-subscription";
import { toSubscriptionResource } from "./subscription-resource";
import { isPausableStatus } from "./subscription-status";
import { changedMeanwhile } from "./changed-meanwhile";

/**
 * Pauses collection until resumed (or until `resumeAt`, applied by the billing worker). Conditional on
 * the status checked, so concurrent pauses make one change and one event (docs/decisions/0011-money-safety.md).
 */
export async function pauseSubscription(tenant: Tenant, subscriptionId: string, input: { resumeAt?: Date | null; customerId?: string }) {
  const subscription = await findSubscription(tenant, subscriptionId, input.customerId ? { customerId: input.customerId } : {});
  if (!isPausableStatus(subscription.status)) {
    throw new AppError("invalid_state", `A ${subscription.status} subscription cannot be paused`);
  }
  const current = now();
  if (input.resumeAt && input.resumeAt <= current) throw new AppError("VALIDATION_ERROR", "resumeAt must be in the future", { field: "resumeAt" });
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.subscription.updateMany({
      where: { id: subscription.id, status: subscription.status },
      data: { status: "paused", pausedAt: current, resumeAt: input.resumeAt ?? null },
    });
    if (count !== 1) throw changedMeanwhile();
    const updated = await tx.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    const resource = toSubscriptionResource(updated, tenant.accountId);
    await appendEvent(tx, tenant, "subscription.updated", resource, { status: subscription.status, pausedAt: null });
    await appendEvent(tx, tenant, "subscription.paused", resource);
    return resource;
  });
}
