import Link from "next/link";
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { getPortalCustomer, getRequestLocale, orNotFound } from "@/lib/portal/current-portal";
import { readFlash } from "@/lib/portal/flash";
import { subscriptionPermissions } from "@/lib/portal/portal-permissions";
import { findSubscription } from "@/lib/subscriptions/find-subscription";
import { listPlanChangeTargets, previewPlanChange } from "@/lib/subscriptions/plan-change";
import { findChargeablePaymentMethod } from "@/lib/payment-methods/default-payment-method";
import { FlashBanner } from "@/components/portal/flash-banner";
import { PlanChangePreview } from "@/components/portal/plan-change-preview";
import { cardBrandLabel, intervalLabel, money } from "@/components/portal/format";
import { secondaryButton } from "@/components/ui/styles";
import { changePlanAction } from "../../../actions";

type Props = {
  params: Promise<{ sessionId: string; subscriptionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ChangePlanPage({ params, searchParams }: Props) {
  const { sessionId, subscriptionId } = await params;
  const query = await searchParams;
  const portal = await getPortalCustomer(sessionId);
  if (!portal) return null;
  const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
  const permissions = subscriptionPermissions(portal.capabilities, subscription, now());
  if (!permissions.canUpgrade && !permissions.canDowngrade) notFound();
  const [locale, flash, targets] = await Promise.all([
    getRequestLocale(),
    readFlash(query.flash),
    listPlanChangeTargets(portal.tenant, subscription, permissions),
  ]);
  const base = `/portal/${sessionId}/subscriptions/${subscription.id}`;
  const selectedPriceId = typeof query.price === "string" ? query.price : null;
  const preview = selectedPriceId ? await orNotFound(previewPlanChange(portal.tenant, subscription, selectedPriceId, permissions)) : null;
  const card = preview && preview.proration.net > 0 ? await findChargeablePaymentMethod(portal.tenant, portal.customerId, subscription.defaultPaymentMethodId) : null;
  const plan = subscription.price.plan;

  return (
    <>
      <FlashBanner flash={flash} />
      <p className="text-sm">
        <Link href={base} prefetch={false} className="font-semibold text-[var(--accent-link)] underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>{plan.name}
        </Link>
      </p>
      <h1 className="mt-3 text-2xl font-semibold tracking-tight">Change plan</h1>
      <p className="mt-1 text-slate-700">
        You are on {plan.name}, {money(subscription.price.unitAmount, subscription.price.currency, locale)} per {intervalLabel(plan.interval, plan.intervalCount)}.
      </p>

      {preview ? (
        <PlanChangePreview
          preview={preview}
          locale={locale}
          nextBillingDate={subscription.currentPeriodEnd}
          intervalText={intervalLabel(plan.interval, plan.intervalCount)}
          cardText={card ? `${cardBrandLabel(card.brand)} ending in ${card.last4}` : null}
          confirmAction={changePlanAction.bind(null, sessionId, subscription.id)}
          cancelHref={`${base}/change`}
        />
      ) : targets.length === 0 ? (
        <p className="mt-6 text-slate-800">There are no other plans you can switch to.</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {targets.map((price) => (
            <li key={price.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div>
                <h2 className="text-base font-semibold">{price.plan.name}</h2>
                <p className="text-sm text-slate-700">
                  {money(price.unitAmount, price.currency, locale)} per {intervalLabel(price.plan.interval, price.plan.intervalCount)}
                  {price.plan.description ? ` · ${price.plan.description}` : ""}
                </p>
              </div>
              <Link href={`${base}/change?price=${price.id}`} prefetch={false} className={secondaryButton}>
                Preview {price.plan.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
