// A scheduled resume: a paused subscription whose resumeAt has come becomes active again, with
// subscription.updated. The paused time is not billed: when the period ended during the pause, it
// is stretched to resumeAt, so the next period (and its invoice) starts at resumeAt.
import "server-only";
import { prisma } from "../db";
import { appendEvent } from "../events/append-event";
import { toSubscriptionResource } from "../subscriptions/subscription-resource";
import { updateLeasedSubscription, type BillingState, type StepOutcome } from "./billing-state";

export async function applyScheduledResume({ subscription, tenant, lease }: BillingState): Promise<StepOutcome> {
  const resumeAt = subscription.resumeAt;
  if (subscription.status !== "paused" || !resumeAt) return "skipped";
  const stretchPeriod = subscription.currentPeriodEnd < resumeAt;
  return prisma.$transaction(async (tx) => {
    const resumed = await updateLeasedSubscription(
      tx,
      lease,
      { status: "paused", resumeAt },
      { status: "active", pausedAt: null, resumeAt: null, ...(stretchPeriod ? { currentPeriodEnd: resumeAt } : {}) },
    );
    if (!resumed) return "skipped";
    const resource = toSubscriptionResource(resumed, tenant.accountId);
    await appendEvent(tx, tenant, "subscription.updated", resource, {
      status: "paused",
      pausedAt: subscription.pausedAt?.toISOString() ?? null,
      ...(stretchPeriod ? { currentPeriodEnd: subscription.currentPeriodEnd.toISOString() } : {}),
    });
    await appendEvent(tx, tenant, "subscription.resumed", resource);
    return "applied";
  });
}
