// What the portal offers: an action is available only where the workspace's settings (captured in
// the session) and the plan's portalFeatures both allow it (contract §7). Pages hide what is not
// allowed; actions refuse it.
import type { PortalCapabilities } from "../settings/portal-settings";
import { parsePortalFeatures, type PortalFeaturesShape } from "../plans/portal-features";

type SubscriptionState = {
  status: string;
  cancelAt: Date | null;
  currentPeriodEnd: Date;
  price: { plan: { portalFeatures: string } };
};

export type SubscriptionPermissions = {
  canCancel: boolean;
  canResume: boolean;
  canUpgrade: boolean;
  canDowngrade: boolean;
  features: PortalFeaturesShape;
};

export function subscriptionPermissions(
  capabilities: PortalCapabilities,
  subscription: SubscriptionState,
  at: Date,
): SubscriptionPermissions {
  const features = parsePortalFeatures(subscription.price.plan.portalFeatures);
  const isLive = ["trialing", "active", "past_due"].includes(subscription.status);
  const isScheduledToCancel = subscription.cancelAt !== null && subscription.status !== "canceled";
  const mayCancel = capabilities.cancelSubscription && features.selfServeCancel;
  const mayChange = capabilities.changePlan && ["trialing", "active"].includes(subscription.status) && !isScheduledToCancel;
  return {
    canCancel: mayCancel && isLive && !isScheduledToCancel,
    canResume: mayCancel && isScheduledToCancel && subscription.currentPeriodEnd > at,
    canUpgrade: mayChange && features.selfServeUpgrade,
    canDowngrade: mayChange && features.selfServeDowngrade,
    features,
  };
}

/** Cards may be managed when the workspace allows it and no live subscription's plan forbids it. */
export function canManagePaymentMethods(capabilities: PortalCapabilities, subscriptions: SubscriptionState[]): boolean {
  if (!capabilities.updatePaymentMethod) return false;
  return subscriptions
    .filter((subscription) => ["trialing", "active", "past_due", "paused"].includes(subscription.status))
    .every((subscription) => parsePortalFeatures(subscription.price.plan.portalFeatures).updatePaymentMethod);
}
