import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/clock";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { portalPageTitle } from "@/lib/portal/portal-page-title";
import { orNotFound } from "@/lib/portal/current-portal";
import { subscriptionPermissions } from "@/lib/portal/portal-permissions";
import { findSubscription } from "@/lib/subscriptions/find-subscription";
import { pauseDateBounds } from "@/lib/subscriptions/pause-form";
import { BackLink } from "@/components/portal/back-link";
import { FlashBanner } from "@/components/portal/flash-banner";
import { actionRow, fieldLabel, inputField, pageHeading, primaryButton, secondaryButton } from "@/components/ui/styles";
import { pauseSubscriptionAction } from "../../actions";

export const generateMetadata = portalPageTitle<{ sessionId: string; subscriptionId: string }>(async (portal, { subscriptionId }) => {
  const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
  // Where the page is a 404, so is its title (the not-found page's own).
  if (!subscriptionPermissions(portal.capabilities, subscription, now()).canPause) notFound();
  return (await getTranslations("pauseSubscription"))("title", { plan: subscription.price.plan.name });
});

/** Pausing, where the plan's selfServePause allows it (issue 12, item 8): until resumed, or until a chosen day. */
export default definePortalPage<{ sessionId: string; subscriptionId: string }>(async ({ portal, params: { sessionId, subscriptionId }, flash, base }) => {
  const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
  if (!subscriptionPermissions(portal.capabilities, subscription, now()).canPause) notFound();
  const subscriptionPath = `${base}/subscriptions/${subscription.id}`;
  const bounds = pauseDateBounds(now());
  const plan = subscription.price.plan;
  const [t, subscriptionText] = await Promise.all([getTranslations("pauseSubscription"), getTranslations("subscription")]);

  return (
    <>
      <FlashBanner flash={flash} />
      <BackLink href={subscriptionPath}>{plan.name}</BackLink>
      <h1 className={`mt-3 ${pageHeading}`}>{t("title", { plan: plan.name })}</h1>
      <p className="mt-3 max-w-2xl text-slate-800">{t("explained")}</p>
      <form action={pauseSubscriptionAction.bind(null, sessionId, subscription.id)} className="mt-6 max-w-lg space-y-4">
        <fieldset>
          <legend className={fieldLabel}>{t("howLong")}</legend>
          <div className="mt-2 space-y-2">
            <div className="flex items-center gap-2">
              <input id="until-resumed" type="radio" name="until" value="resumed" defaultChecked className="h-4 w-4" />
              <label htmlFor="until-resumed">{t("untilResumed")}</label>
            </div>
            <div className="flex items-center gap-2">
              <input id="until-date" type="radio" name="until" value="date" className="h-4 w-4" />
              <label htmlFor="until-date">{t("untilDate")}</label>
            </div>
          </div>
        </fieldset>
        <div>
          <label htmlFor="resume-on" className={fieldLabel}>
            {t("resumeOn")}
          </label>
          <input id="resume-on" type="date" name="resumeOn" min={bounds.min} max={bounds.max} className={inputField} aria-describedby="resume-on-hint" />
          <p id="resume-on-hint" className="mt-1 text-sm text-slate-700">
            {t("resumeOnHint")}
          </p>
        </div>
        <div className={actionRow}>
          <button type="submit" className={primaryButton}>
            {subscriptionText("pause")}
          </button>
          <Link href={subscriptionPath} prefetch={false} className={secondaryButton}>
            {t("keepRunning")}
          </Link>
        </div>
      </form>
    </>
  );
});
