// The subscription lifecycle in one place: the statuses a subscription can be in, and what each one
// allows (docs/api.md §10). The domain, the merchant API, the portal and the billing worker all ask
// here instead of keeping their own lists. Pure: no database, safe for any layer.
// The statuses themselves are defined with the subscription object (./subscription-schemas.ts), so
// the SDK and the OpenAPI document name the same values.
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from "./subscription-schemas";

export { SUBSCRIPTION_STATUSES, type SubscriptionStatus };

/** The customer has access, and the subscription renews on a card: one must stay on file. */
export const LIVE_STATUSES = ["trialing", "active", "past_due"] as const satisfies readonly SubscriptionStatus[];

/** At the end of the period these start the next one (a renewal, or the end of the trial). */
export const RENEWING_STATUSES = ["trialing", "active"] as const satisfies readonly SubscriptionStatus[];

/** A payment is collected, and retried while it fails (dunning), only in these. */
export const COLLECTABLE_STATUSES = ["active", "past_due"] as const satisfies readonly SubscriptionStatus[];

/** Started and not over: still bound by its plan's rules (for example, whether cards may change). */
export const ONGOING_STATUSES = ["trialing", "active", "past_due", "paused"] as const satisfies readonly SubscriptionStatus[];

/** Everything but an already cancelled subscription can be cancelled. */
export const CANCELLABLE_STATUSES = SUBSCRIPTION_STATUSES.filter((status) => status !== "canceled");

/** Cancellable but not renewing: a cancellation scheduled on these falls due by its date alone. */
export const NON_RENEWING_CANCELLABLE_STATUSES = CANCELLABLE_STATUSES.filter((status) => !isOneOf(RENEWING_STATUSES, status));

export function isLiveStatus(status: string): boolean {
  return isOneOf(LIVE_STATUSES, status);
}

export function isCancellableStatus(status: string): boolean {
  return isOneOf(CANCELLABLE_STATUSES, status);
}

/** A live subscription can be paused. */
export function isPausableStatus(status: string): boolean {
  return isOneOf(LIVE_STATUSES, status);
}

export function isCollectableStatus(status: string): boolean {
  return isOneOf(COLLECTABLE_STATUSES, status);
}

export function isOngoingStatus(status: string): boolean {
  return isOneOf(ONGOING_STATUSES, status);
}

type CancellationFacts = { status: string; cancelAt: Date | null };

/** Set to cancel at a later date (cancelAt), and not cancelled yet. */
export function isScheduledToCancel(subscription: CancellationFacts): boolean {
  return subscription.cancelAt !== null && subscription.status !== "canceled";
}

/** A plan change needs a renewing subscription that is not set to cancel. */
export function canChangePlan(subscription: CancellationFacts): boolean {
  return isOneOf(RENEWING_STATUSES, subscription.status) && !isScheduledToCancel(subscription);
}

function isOneOf(statuses: readonly SubscriptionStatus[], status: string): boolean {
  return (statuses as readonly string[]).includes(status);
}
