// Starts the next paid period of a subscription in one transaction: the period moves on (start =
// `periodStart`, end = one interval later), the period's invoice is issued (with customer credit),
// and subscription.updated records what changed. For charge_automatically, collection is then due
// at the period start (nextDunningAt), and the "collect" step pays the invoice — so a worker that
// stops between the two steps leaves nothing stranded.
import { prisma } from "../db";
import { appendEvent } from "../events/append-event";
import { addInterval } from "../subscriptions/billing-period";
import { toSubscriptionResource } from "../subscriptions/subscription-resource";
import { issuePeriodInvoice } from "./issue-period-invoice";
import { updateLeasedSubscription, type BillingState, type StepOutcome } from "./billing-state";

export async function startPaidPeriod(state: BillingState, periodStart: Date): Promise<StepOutcome> {
  const { subscription, tenant, lease } = state;
  const { plan } = subscription.price;
  const periodEnd = addInterval(periodStart, plan.interval, plan.intervalCount);
  return prisma.$transaction(async (tx): Promise<StepOutcome> => {
    const moved = await updateLeasedSubscription(
      tx,
      lease,
      { status: subscription.status, currentPeriodEnd: subscription.currentPeriodEnd, nextDunningAt: subscription.nextDunningAt },
      { status: "active", currentPeriodStart: periodStart, currentPeriodEnd: periodEnd },
    );
    if (!moved) return "skipped";
    const invoice = await issuePeriodInvoice(tx, tenant, subscription);
    const collect = subscription.collectionMethod === "charge_automatically" && invoice.status !== "paid";
    const updated = collect
      ? await tx.subscription.update({ where: { id: subscription.id }, data: { nextDunningAt: periodStart, dunningAttempts: 0 } })
      : moved;
    await appendEvent(tx, tenant, "subscription.updated", toSubscriptionResource(updated, tenant.accountId), {
      ...(subscription.status !== "active" ? { status: subscription.status } : {}),
      currentPeriodStart: subscription.currentPeriodStart.toISOString(),
      currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
    });
    return "applied";
  });
}
