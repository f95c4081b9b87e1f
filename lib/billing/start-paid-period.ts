// Starts the next paid period of a subscription in one transaction: the period moves on (start =
// `periodStart`, end = one interval later), the period's invoice is issued (with customer credit),
// and subscription.updated (plus subscription.renewed after the trial) records what changed. For charge_automatically, collection is then due
// at the period start (nextDunningAt), and the "collect" step pays the invoice — so a worker that
// stops between the two steps leaves nothing stranded. A downgrade scheduled for the period end
// (Subscription.scheduledPriceId, docs/api.md §7 downgradeTiming) takes effect here: the new period
// and its invoice are on the scheduled price, and the schedule is cleared, in the same transaction.
import "server-only";
import { prisma, type DatabaseClient } from "../db";
import { appendEvent } from "../events/append-event";
import { addInterval } from "../subscriptions/billing-period";
import { toSubscriptionResource } from "../subscriptions/subscription-resource";
import { issuePeriodInvoice } from "./issue-period-invoice";
import { updateLeasedSubscription, type BillingState, type BillingSubscription, type StepOutcome } from "./billing-state";
import { tenantWhere, type Tenant } from "../tenancy";

export async function startPaidPeriod(state: BillingState, periodStart: Date): Promise<StepOutcome> {
  const { tenant, lease } = state;
  return prisma.$transaction(async (tx): Promise<StepOutcome> => {
    const subscription = await withScheduledPrice(tx, tenant, state.subscription);
    const { plan } = subscription.price;
    const periodEnd = addInterval(periodStart, plan.interval, plan.intervalCount);
    const moved = await updateLeasedSubscription(
      tx,
      lease,
      {
        status: subscription.status,
        currentPeriodEnd: subscription.currentPeriodEnd,
        nextDunningAt: subscription.nextDunningAt,
        scheduledPriceId: state.subscription.scheduledPriceId,
      },
      {
        status: "active",
        currentPeriodStart: periodStart,
        currentPeriodEnd: periodEnd,
        priceId: subscription.priceId,
        planId: subscription.planId,
        scheduledPriceId: null,
        scheduledPlanId: null,
      },
    );
    if (!moved) return "skipped";
    const invoice = await issuePeriodInvoice(tx, tenant, subscription, { start: periodStart, end: periodEnd });
    const collect = subscription.collectionMethod === "charge_automatically" && invoice.status !== "paid";
    const updated = collect
      ? await tx.subscription.update({ where: { id: subscription.id }, data: { nextDunningAt: periodStart, dunningAttempts: 0 } })
      : moved;
    const resource = toSubscriptionResource(updated, tenant.accountId);
    await appendEvent(tx, tenant, "subscription.updated", resource, {
      ...(subscription.status !== "active" ? { status: subscription.status } : {}),
      currentPeriodStart: subscription.currentPeriodStart.toISOString(),
      currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
      ...(state.subscription.scheduledPriceId
        ? {
            priceId: state.subscription.priceId,
            planId: state.subscription.planId,
            scheduledChange: toSubscriptionResource(state.subscription, tenant.accountId).scheduledChange,
          }
        : {}),
    });
    // The end of a trial starts the first paid period; every later period is a renewal (docs/api.md §8.2).
    if (subscription.status !== "trialing") await appendEvent(tx, tenant, "subscription.renewed", resource);
    return "applied";
  });
}

/**
 * The subscription as the new period bills it: on its scheduled price when one is set and still an
 * active price of the workspace in the same currency; otherwise as it is (the schedule is then
 * dropped with the period change).
 */
async function withScheduledPrice(tx: DatabaseClient, tenant: Tenant, subscription: BillingSubscription): Promise<BillingSubscription> {
  if (!subscription.scheduledPriceId) return subscription;
  const price = await tx.price.findFirst({
    where: { id: subscription.scheduledPriceId, ...tenantWhere(tenant), active: true, currency: subscription.price.currency },
    include: { plan: true },
  });
  if (!price) return subscription;
  return { ...subscription, priceId: price.id, planId: price.planId, price };
}
