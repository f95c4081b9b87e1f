// What the portal offers: an action is available only where the workspace's settings (captured in
// the session) and the plan's portalFeatures both allow it (docs/api.md §7). Pages hide what is not
// allowed; actions refuse it.
import type { PortalCapabilities } from "../settings/portal-settings";
import { parsePortalFeatures, type PortalFeaturesShape } from "../plans/portal-features";
import { canChangePlan, isLiveStatus, isOngoingStatus, isPausableStatus, isScheduledToCancel } from "../subscriptions/subscription-status";

type SubscriptionState = {
  status: string;
  cancelAt: Date | null;
  currentPeriodEnd: Date;
  price: { plan: { portalFeatures: string } };
};

export type SubscriptionPermissions = {
  canCancel: boolean;
  canResume: boolean;
  /** The plan's selfServePause: pause a live subscription that is not set to cancel, and resume a paused one. */
  canPause: boolean;
  canUnpause: boolean;
  canUpgrade: boolean;
  canDowngrade: boolean;
  features: PortalFeaturesShape;
};

export function subscriptionPermissions(capabilities: PortalCapabilities, subscription: SubscriptionState, at: Date): SubscriptionPermissions {
  const features = parsePortalFeatures(subscription.price.plan.portalFeatures);
  const isEnding = isScheduledToCancel(subscription);
  const mayCancel = capabilities.cancelSubscription && features.selfServeCancel;
  const mayChange = capabilities.changePlan && canChangePlan(subscription);
  return {
    canCancel: mayCancel && isLiveStatus(subscription.status) && !isEnding,
    canResume: mayCancel && isEnding && subscription.currentPeriodEnd > at,
    canPause: features.selfServePause && isPausableStatus(subscription.status) && !isEnding,
    canUnpause: features.selfServePause && subscription.status === "paused",
    canUpgrade: mayChange && features.selfServeUpgrade,
    canDowngrade: mayChange && features.selfServeDowngrade,
    features,
  };
}

/** Cards may be managed when the workspace allows it and no live subscription's plan forbids it. */
export function canManagePaymentMethods(capabilities: PortalCapabilities, subscriptions: SubscriptionState[]): boolean {
  if (!capabilities.updatePaymentMethod) return false;
  return subscriptions
    .filter((subscription) => isOngoingStatus(subscription.status))
    .every((subscription) => parsePortalFeatures(subscription.price.plan.portalFeatures).updatePaymentMethod);
}
