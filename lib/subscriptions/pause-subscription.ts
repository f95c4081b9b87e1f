import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import type { Tenant } from "../tenancy";
import { findSubscription } from "./find-subscription";
import { toSubscriptionResource } from "./subscription-resource";

const PAUSABLE = ["trialing", "active", "past_due"];

/** Pauses collection until resumed (or until `resumeAt`, applied by the billing worker). */
export async function pauseSubscription(tenant: Tenant, subscriptionId: string, input: { resumeAt?: Date | null }) {
  const subscription = await findSubscription(tenant, subscriptionId);
  if (!PAUSABLE.includes(subscription.status)) {
    throw new AppError("invalid_state", `A ${subscription.status} subscription cannot be paused`);
  }
  const current = now();
  if (input.resumeAt && input.resumeAt <= current) throw new AppError("VALIDATION_ERROR", "resumeAt must be in the future", { field: "resumeAt" });
  return prisma.$transaction(async (tx) => {
    const updated = await tx.subscription.update({
      where: { id: subscription.id },
      data: { status: "paused", pausedAt: current, resumeAt: input.resumeAt ?? null },
    });
    const resource = toSubscriptionResource(updated, tenant.accountId);
    await appendEvent(tx, tenant, "subscription.updated", resource, { status: subscription.status, pausedAt: null });
    return resource;
  });
}
