import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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

/** The reasons the cancel action accepts (../../actions.ts), each with its label key; "" is no reason. */
const REASONS = [
  ["", "none"],
  ["too_expensive", "too_expensive"],
  ["missing_features", "missing_features"],
  ["switched_service", "switched_service"],
  ["unused", "unused"],
  ["other", "other"],
] as const;

export const generateMetadata = portalPageTitle<{ sessionId: string; subscriptionId: string }>(async (portal, { subscriptionId }) => {
  const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
  // Where the page is a 404, so is its title (the not-found page's own).
  if (!subscriptionPermissions(portal.capabilities, subscription, now()).canCancel) notFound();
  return (await getTranslations("cancelSubscription"))("title", { plan: subscription.price.plan.name });
});

export default definePortalPage<{ sessionId: string; subscriptionId: string }>(
  async ({ portal, params: { sessionId, subscriptionId }, locale, flash, base }) => {
    const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
    if (!subscriptionPermissions(portal.capabilities, subscription, now()).canCancel) notFound();
    const endsOn = date(subscription.currentPeriodEnd, locale);
    const subscriptionPath = `${base}/subscriptions/${subscription.id}`;
    const t = await getTranslations("cancelSubscription");

    return (
      <>
        <FlashBanner flash={flash} />
        <BackLink href={subscriptionPath}>{subscription.price.plan.name}</BackLink>
        <h1 className={`mt-3 ${pageHeading}`}>{t("heading", { plan: subscription.price.plan.name })}</h1>
        <p className="mt-3 text-slate-800">{t.rich("explained", { date: endsOn, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <form action={cancelSubscriptionAction.bind(null, sessionId, subscription.id)} className="mt-6 max-w-lg space-y-4">
          <div>
            <label htmlFor="reason" className={fieldLabel}>
              {t("reasonLabel")}
            </label>
            <select id="reason" name="reason" className={inputField} defaultValue="">
              {REASONS.map(([value, labelKey]) => (
                <option key={value} value={value}>
                  {t(`reasons.${labelKey}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="comment" className={fieldLabel}>
              {t("commentLabel")}
            </label>
            <textarea id="comment" name="comment" rows={3} maxLength={500} className={inputField} />
          </div>
          <div className={actionRow}>
            <button type="submit" className={dangerButton}>
              {t("submit", { date: endsOn })}
            </button>
            <Link href={subscriptionPath} prefetch={false} className={secondaryButton}>
              {t("keep")}
            </Link>
          </div>
        </form>
      </>
    );
  },
);
