import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/clock";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { portalPageTitle } from "@/lib/portal/portal-page-title";
import { orNotFound } from "@/lib/portal/current-portal";
import { subscriptionPermissions } from "@/lib/portal/portal-permissions";
import { findSubscription } from "@/lib/subscriptions/find-subscription";
import { isScheduledToCancel } from "@/lib/subscriptions/subscription-status";
import { listPlanChangeTargets } from "@/lib/subscriptions/plan-change";
import { findScheduledPlanChange } from "@/lib/subscriptions/scheduled-plan-change";
import { findInvoice } from "@/lib/invoices/find-invoice";
import { BackLink } from "@/components/portal/back-link";
import { FlashBanner } from "@/components/portal/flash-banner";
import { StatusBadge } from "@/components/portal/status-badge";
import { date, intervalLabel, money, pricePerInterval } from "@/components/portal/format";
import { subscriptionBadge } from "@/components/portal/subscription-badge";
import { actionRow, card, dangerButton, inlineLink, pageHeading, primaryButton, secondaryButton, titleRow } from "@/components/ui/styles";
import { resumeSubscriptionAction, undoScheduledChangeAction } from "../actions";

export const generateMetadata = portalPageTitle<{ sessionId: string; subscriptionId: string }>(async (portal, { subscriptionId }) => {
  const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
  return subscription.price.plan.name;
});

export default definePortalPage<{ sessionId: string; subscriptionId: string }>(
  async ({ portal, params: { sessionId, subscriptionId }, query, locale, flash, base }) => {
    const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
    const permissions = subscriptionPermissions(portal.capabilities, subscription, now());
    const targets = permissions.canUpgrade || permissions.canDowngrade ? await listPlanChangeTargets(portal.tenant, subscription, permissions) : [];
    const scheduled = await findScheduledPlanChange(portal.tenant, subscription);
    // After a plan change, the invoice it made (charged or credited), when it is this customer's.
    const changeInvoice =
      flash?.tone === "success" && typeof query.invoice === "string" && portal.capabilities.viewInvoices
        ? await findInvoice(portal.tenant, query.invoice, { customerId: portal.customerId }).catch(() => null)
        : null;
    const plan = subscription.price.plan;
    const isEnding = isScheduledToCancel(subscription);
    const isPaused = subscription.status === "paused";
    const subscriptionPath = `${base}/subscriptions/${subscription.id}`;
    const badge = subscriptionBadge(subscription, locale);
    const [t, nav] = await Promise.all([getTranslations("subscription"), getTranslations("nav")]);

    return (
      <>
        <FlashBanner flash={flash} />
        {changeInvoice ? (
          <p className="-mt-4 mb-6 text-sm">
            <Link href={`${base}/invoices/${changeInvoice.id}`} prefetch={false} className={inlineLink}>
              {t("viewInvoice", { number: changeInvoice.number })}
            </Link>
          </p>
        ) : null}
        <BackLink href={base}>{nav("overview")}</BackLink>
        <div className={`mt-3 ${titleRow}`}>
          <h1 className={pageHeading}>{plan.name}</h1>
          <StatusBadge status={badge.status} label={badge.label} />
        </div>
        {plan.description ? <p className="mt-1 text-slate-700">{plan.description}</p> : null}

        <dl className={`mt-6 grid gap-4 sm:grid-cols-2 ${card}`}>
          <div>
            <dt className="text-sm text-slate-700">{t("price")}</dt>
            <dd className="font-semibold">{pricePerInterval(subscription.price, plan, locale)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">{t("currentPeriod")}</dt>
            <dd className="font-semibold">
              {date(subscription.currentPeriodStart, locale)} – {date(subscription.currentPeriodEnd, locale)}
            </dd>
          </div>
          {isPaused ? (
            <div>
              <dt className="text-sm text-slate-700">{t("paused")}</dt>
              <dd className="font-semibold">
                {subscription.resumeAt ? t("pausedUntil", { date: date(subscription.resumeAt, locale) }) : t("pausedUntilResumed")}
              </dd>
            </div>
          ) : (
            <div>
              <dt className="text-sm text-slate-700">
                {isEnding ? t("accessEnds") : subscription.status === "canceled" ? t("cancelledOn") : t("nextPayment")}
              </dt>
              <dd className="font-semibold">
                {isEnding
                  ? date(subscription.cancelAt, locale)
                  : subscription.status === "canceled"
                    ? date(subscription.canceledAt, locale)
                    : `${date(subscription.currentPeriodEnd, locale)} · ${money(scheduled?.unitAmount ?? subscription.price.unitAmount, subscription.price.currency, locale)}`}
              </dd>
            </div>
          )}
          {scheduled ? (
            <div>
              <dt className="text-sm text-slate-700">{t("scheduledChange")}</dt>
              <dd className="font-semibold">{t("changesTo", { plan: scheduled.planName, date: date(scheduled.effectiveAt, locale) })}</dd>
            </div>
          ) : null}
        </dl>

        {scheduled ? (
          <form action={undoScheduledChangeAction.bind(null, sessionId, subscription.id)} className="mt-6">
            <p className="mb-3 text-slate-800">
              {t("scheduledExplained", {
                plan: plan.name,
                date: date(scheduled.effectiveAt, locale),
                newPlan: scheduled.planName,
                price: money(scheduled.unitAmount, scheduled.currency, locale),
                interval: intervalLabel(plan.interval, plan.intervalCount, locale),
              })}
            </p>
            <button type="submit" className={secondaryButton}>
              {t("keepPlan", { plan: plan.name })}
            </button>
          </form>
        ) : null}

        <div className={`mt-6 ${actionRow}`}>
          {permissions.canResume ? (
            <form action={resumeSubscriptionAction.bind(null, sessionId, subscription.id)}>
              <p className="mb-3 text-slate-800">{t("endsOn", { date: date(subscription.cancelAt, locale) })}</p>
              <button type="submit" className={primaryButton}>
                {t("resume")}
              </button>
            </form>
          ) : null}
          {permissions.canUnpause ? (
            <form action={resumeSubscriptionAction.bind(null, sessionId, subscription.id)}>
              <p className="mb-3 text-slate-800">
                {subscription.resumeAt ? t("pausedUntilDate", { date: date(subscription.resumeAt, locale) }) : t("pausedIndefinitely")}
              </p>
              <button type="submit" className={primaryButton}>
                {t("resume")}
              </button>
            </form>
          ) : null}
          {targets.length > 0 ? (
            <Link href={`${subscriptionPath}/change`} prefetch={false} className={secondaryButton}>
              {t("changePlan")}
            </Link>
          ) : null}
          {permissions.canPause ? (
            <Link href={`${subscriptionPath}/pause`} prefetch={false} className={secondaryButton}>
              {t("pause")}
            </Link>
          ) : null}
          {permissions.canCancel ? (
            <Link href={`${subscriptionPath}/cancel`} prefetch={false} className={dangerButton}>
              {t("cancel")}
            </Link>
          ) : null}
        </div>
      </>
    );
  },
);
