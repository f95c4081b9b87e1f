// Which billing transition, if any, a subscription is due for at a billing instant. Pure: the
// worker asks this again after claiming the subscription and after every step, so a transition
// that another worker already applied is never applied twice.
import { isCollectableStatus } from "../subscriptions/subscription-status";

export type BillingTransition = "cancel" | "resume" | "end_trial" | "collect" | "renew";

export type BillingFacts = {
  status: string;
  currentPeriodEnd: Date;
  trialEnd: Date | null;
  cancelAt: Date | null;
  resumeAt: Date | null;
  nextDunningAt: Date | null;
};

export function dueTransition(subscription: BillingFacts, at: Date): BillingTransition | null {
  const { status } = subscription;
  if (status === "canceled") return null;
  if (isDue(subscription.cancelAt, at)) return "cancel";
  if (status === "paused") return isDue(subscription.resumeAt, at) ? "resume" : null;
  if (status === "trialing") return isDue(subscription.trialEnd ?? subscription.currentPeriodEnd, at) ? "end_trial" : null;
  if (isCollectableStatus(status) && isDue(subscription.nextDunningAt, at)) return "collect";
  if (status === "active" && subscription.nextDunningAt === null && renews(subscription) && isDue(subscription.currentPeriodEnd, at)) {
    return "renew";
  }
  return null;
}

/** A subscription set to cancel at or before its period end does not renew. */
function renews(subscription: BillingFacts): boolean {
  return subscription.cancelAt === null || subscription.cancelAt > subscription.currentPeriodEnd;
}

function isDue(when: Date | null, at: Date): boolean {
  return when !== null && when.getTime() <= at.getTime();
}
