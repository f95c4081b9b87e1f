import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/clock";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { orNotFound } from "@/lib/portal/current-portal";
import { portalPageTitle } from "@/lib/portal/portal-page-title";
import { subscriptionPermissions } from "@/lib/portal/portal-permissions";
import { findSubscription } from "@/lib/subscriptions/find-subscription";
import { listPlanChangeTargets, previewPlanChange } from "@/lib/subscriptions/plan-change";
import { findChargeablePaymentMethod } from "@/lib/payment-methods/default-payment-method";
import { BackLink } from "@/components/portal/back-link";
import { FlashBanner } from "@/components/portal/flash-banner";
import { PlanChangePreview } from "@/components/portal/plan-change-preview";
import { cardName, intervalLabel, pricePerInterval } from "@/components/portal/format";
import { itemHeading, listCard, pageHeading, secondaryButton } from "@/components/ui/styles";
import { changePlanAction } from "../../actions";

export const generateMetadata = portalPageTitle<{ sessionId: string; subscriptionId: string }>(async (portal, { subscriptionId }) => {
  const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
  const permissions = subscriptionPermissions(portal.capabilities, subscription, now());
  if (!permissions.canUpgrade && !permissions.canDowngrade) notFound(); // a 404's title is the not-found page's own
  return (await getTranslations("subscription"))("changePlan");
});

export default definePortalPage<{ sessionId: string; subscriptionId: string }>(
  async ({ portal, params: { sessionId, subscriptionId }, query, locale, flash, base }) => {
    const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
    const permissions = subscriptionPermissions(portal.capabilities, subscription, now());
    if (!permissions.canUpgrade && !permissions.canDowngrade) notFound();
    const targets = await listPlanChangeTargets(portal.tenant, subscription, permissions);
    const subscriptionPath = `${base}/subscriptions/${subscription.id}`;
    const selectedPriceId = typeof query.price === "string" ? query.price : null;
    const preview = selectedPriceId ? await orNotFound(previewPlanChange(portal.tenant, subscription, selectedPriceId, permissions)) : null;
    const card =
      preview && preview.proration.net > 0 ? await findChargeablePaymentMethod(portal.tenant, portal.customerId, subscription.defaultPaymentMethodId) : null;
    const plan = subscription.price.plan;
    const [t, subscriptionText] = await Promise.all([getTranslations("changePlan"), getTranslations("subscription")]);

    return (
      <>
        <FlashBanner flash={flash} />
        <BackLink href={subscriptionPath}>{plan.name}</BackLink>
        <h1 className={`mt-3 ${pageHeading}`}>{subscriptionText("changePlan")}</h1>
        <p className="mt-1 text-slate-700">{t("youAreOn", { plan: plan.name, price: pricePerInterval(subscription.price, plan, locale) })}</p>

        {preview ? (
          <PlanChangePreview
            preview={preview}
            locale={locale}
            nextBillingDate={subscription.currentPeriodEnd}
            intervalText={intervalLabel(plan.interval, plan.intervalCount, locale)}
            cardText={card ? cardName(card, locale) : null}
            confirmAction={changePlanAction.bind(null, sessionId, subscription.id)}
            cancelHref={`${subscriptionPath}/change`}
          />
        ) : targets.length === 0 ? (
          <p className="mt-6 text-slate-800">{t("noTargets")}</p>
        ) : (
          <ul className="mt-6 space-y-3">
            {targets.map((price) => (
              <li key={price.id} className={listCard}>
                <div>
                  <h2 className={itemHeading}>{price.plan.name}</h2>
                  <p className="text-sm text-slate-700">
                    {pricePerInterval(price, price.plan, locale)}
                    {price.plan.description ? ` · ${price.plan.description}` : ""}
                  </p>
                </div>
                <Link href={`${subscriptionPath}/change?price=${price.id}`} prefetch={false} className={secondaryButton}>
                  {t("preview", { plan: price.plan.name })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  },
);
