import Link from "next/link";
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { portalPageTitle } from "@/lib/portal/portal-page-title";
import { orNotFound } from "@/lib/portal/current-portal";
import { subscriptionPermissions } from "@/lib/portal/portal-permissions";
import { findSubscription } from "@/lib/subscriptions/find-subscription";
import { date } from "@/components/portal/format";
import { BackLink } from "@/components/portal/back-link";
import { FlashBanner } from "@/components/portal/flash-banner";
import { actionRow, dangerButton, fieldLabel, inputField, pageHeading, secondaryButton } from "@/components/ui/styles";
import { cancelSubscriptionAction } from "../../actions";

const REASONS = [
  ["", "Prefer not to say"],
  ["too_expensive", "It's too expensive"],
  ["missing_features", "It's missing features I need"],
  ["switched_service", "I'm switching to another service"],
  ["unused", "I don't use it enough"],
  ["other", "Something else"],
] as const;

export const generateMetadata = portalPageTitle<{ sessionId: string; subscriptionId: string }>(async (portal, { subscriptionId }) => {
  const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
  return `Cancel ${subscription.price.plan.name}`;
});

export default definePortalPage<{ sessionId: string; subscriptionId: string }>(
  async ({ portal, params: { sessionId, subscriptionId }, locale, flash, base }) => {
    const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
    if (!subscriptionPermissions(portal.capabilities, subscription, now()).canCancel) notFound();
    const endsOn = date(subscription.currentPeriodEnd, locale);
    const subscriptionPath = `${base}/subscriptions/${subscription.id}`;

    return (
      <>
        <FlashBanner flash={flash} />
        <BackLink href={subscriptionPath}>{subscription.price.plan.name}</BackLink>
        <h1 className={`mt-3 ${pageHeading}`}>Cancel {subscription.price.plan.name}?</h1>
        <p className="mt-3 text-slate-800">
          Your subscription stays active until <strong>{endsOn}</strong>, the end of the period you have paid for. After that you lose access and will not be
          charged again. You can resume it any time before {endsOn}.
        </p>
        <form action={cancelSubscriptionAction.bind(null, sessionId, subscription.id)} className="mt-6 max-w-lg space-y-4">
          <div>
            <label htmlFor="reason" className={fieldLabel}>
              Why are you cancelling? (optional)
            </label>
            <select id="reason" name="reason" className={inputField} defaultValue="">
              {REASONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="comment" className={fieldLabel}>
              Anything else we should know? (optional)
            </label>
            <textarea id="comment" name="comment" rows={3} maxLength={500} className={inputField} />
          </div>
          <div className={actionRow}>
            <button type="submit" className={dangerButton}>
              Cancel subscription on {endsOn}
            </button>
            <Link href={subscriptionPath} prefetch={false} className={secondaryButton}>
              Keep my subscription
            </Link>
          </div>
        </form>
      </>
    );
  },
);
