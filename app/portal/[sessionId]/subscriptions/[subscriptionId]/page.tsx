import Link from "next/link";
import { now } from "@/lib/clock";
import { getPortalCustomer, getRequestLocale, orNotFound } from "@/lib/portal/current-portal";
import { readFlash } from "@/lib/portal/flash";
import { subscriptionPermissions } from "@/lib/portal/portal-permissions";
import { findSubscription } from "@/lib/subscriptions/find-subscription";
import { listPlanChangeTargets } from "@/lib/subscriptions/plan-change";
import { FlashBanner } from "@/components/portal/flash-banner";
import { StatusBadge } from "@/components/portal/status-badge";
import { date, intervalLabel, money } from "@/components/portal/format";
import { dangerButton, primaryButton, secondaryButton } from "@/components/ui/styles";
import { resumeSubscriptionAction } from "../../actions";

type Props = {
  params: Promise<{ sessionId: string; subscriptionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SubscriptionPage({ params, searchParams }: Props) {
  const { sessionId, subscriptionId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal) return null;
  const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
  const permissions = subscriptionPermissions(portal.capabilities, subscription, now());
  const [locale, flash, targets] = await Promise.all([
    getRequestLocale(),
    readFlash((await searchParams).flash),
    permissions.canUpgrade || permissions.canDowngrade ? listPlanChangeTargets(portal.tenant, subscription, permissions) : [],
  ]);
  const plan = subscription.price.plan;
  const isEnding = subscription.cancelAt !== null && subscription.status !== "canceled";
  const base = `/portal/${sessionId}/subscriptions/${subscription.id}`;

  return (
    <>
      <FlashBanner flash={flash} />
      <p className="text-sm">
        <Link href={`/portal/${sessionId}`} prefetch={false} className="font-semibold text-[var(--accent-link)] underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>Overview
        </Link>
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{plan.name}</h1>
        <StatusBadge status={isEnding ? "open" : subscription.status} label={isEnding ? "Cancels soon" : undefined} />
      </div>
      {plan.description ? <p className="mt-1 text-slate-700">{plan.description}</p> : null}

      <dl className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-700">Price</dt>
          <dd className="font-semibold">
            {money(subscription.price.unitAmount, subscription.price.currency, locale)} per {intervalLabel(plan.interval, plan.intervalCount)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Current period</dt>
          <dd className="font-semibold">
            {date(subscription.currentPeriodStart, locale)} – {date(subscription.currentPeriodEnd, locale)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{isEnding ? "Access ends" : subscription.status === "canceled" ? "Cancelled on" : "Next payment"}</dt>
          <dd className="font-semibold">
            {isEnding
              ? date(subscription.cancelAt, locale)
              : subscription.status === "canceled"
                ? date(subscription.canceledAt, locale)
                : `${date(subscription.currentPeriodEnd, locale)} · ${money(subscription.price.unitAmount, subscription.price.currency, locale)}`}
          </dd>
        </div>
      </dl>

      <div className="mt-6 flex flex-wrap gap-3">
        {permissions.canResume ? (
          <form action={resumeSubscriptionAction.bind(null, sessionId, subscription.id)}>
            <p className="mb-3 text-slate-800">Your subscription ends on {date(subscription.cancelAt, locale)}. Resume it to keep your plan; you will be billed as before.</p>
            <button type="submit" className={primaryButton}>Resume subscription</button>
          </form>
        ) : null}
        {targets.length > 0 ? (
          <Link href={`${base}/change`} prefetch={false} className={secondaryButton}>Change plan</Link>
        ) : null}
        {permissions.canCancel ? (
          <Link href={`${base}/cancel`} prefetch={false} className={dangerButton}>Cancel subscription</Link>
        ) : null}
      </div>
    </>
  );
}
