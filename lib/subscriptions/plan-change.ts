// Changing a subscription's plan from the portal: options, a signed price preview, and the
// confirmation that charges exactly the previewed amount (docs/decisions/0005-proration.md). Where the
// merchant's portal settings say downgradeTiming "period_end" (docs/api.md §7), a portal downgrade is
// quoted as a change scheduled for the end of the paid period instead: nothing charged or credited.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError, notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";
import { prorate, type Proration } from "./proration";
import { readQuote, signQuote, type PlanChangeQuote } from "./plan-change-quote";
import type { SubscriptionWithPlan } from "./find-subscription";

/** Which changes are allowed; the merchant API passes `ignoreAllowList` (portal settings narrow only the portal). */
export type PlanChangeDirection = { canUpgrade: boolean; canDowngrade: boolean; ignoreAllowList?: boolean };

/** Active prices of other plans in the same currency and billing interval, in the allowed directions. */
export async function listPlanChangeTargets(tenant: Tenant, subscription: SubscriptionWithPlan, direction: PlanChangeDirection) {
  const currentPlan = subscription.price.plan;
  const settings = direction.ignoreAllowList
    ? null
    : await prisma.portalSettings.findUnique({ where: { workspaceId: tenant.workspaceId }, select: { allowedPlanIds: true } });
  const allowedPlanIds = settings?.allowedPlanIds ? (JSON.parse(settings.allowedPlanIds) as string[]) : null;
  const prices = await prisma.price.findMany({
    where: {
      ...tenantWhere(tenant),
      active: true,
      currency: subscription.price.currency,
      id: { not: subscription.priceId },
      plan: { active: true, archivedAt: null, interval: currentPlan.interval, intervalCount: currentPlan.intervalCount },
      ...(allowedPlanIds ? { planId: { in: allowedPlanIds } } : {}),
    },
    include: { plan: true },
    orderBy: [{ unitAmount: "asc" }, { id: "asc" }],
  });
  return prices.filter((price) => (price.unitAmount >= subscription.price.unitAmount ? direction.canUpgrade : direction.canDowngrade));
}

export type PlanChangeTiming = "now" | "period_end";

/**
 * When a change takes effect: upgrades (and every merchant API change) at once; a portal downgrade as
 * the workspace's downgradeTiming says.
 */
export async function planChangeTiming(
  tenant: Tenant,
  subscription: SubscriptionWithPlan,
  target: { unitAmount: number },
  direction: PlanChangeDirection,
): Promise<PlanChangeTiming> {
  if (direction.ignoreAllowList || target.unitAmount >= subscription.price.unitAmount) return "now";
  const settings = await prisma.portalSettings.findUnique({ where: { workspaceId: tenant.workspaceId }, select: { downgradeTiming: true } });
  return settings?.downgradeTiming === "period_end" ? "period_end" : "now";
}

const NOTHING_NOW = (periodStart: Date, periodEnd: Date, at: Date): Proration => {
  const periodMs = periodEnd.getTime() - periodStart.getTime();
  return { credit: 0, charge: 0, net: 0, remainingMs: Math.min(periodMs, Math.max(0, periodEnd.getTime() - at.getTime())), periodMs };
};

export type PlanChangePreview = {
  quoteToken: string;
  /** "period_end": the change is scheduled for `effectiveAt` and the proration is all zero. */
  timing: PlanChangeTiming;
  effectiveAt: Date;
  proration: Proration;
  currency: string;
  fromPlanName: string;
  toPlanName: string;
  toUnitAmount: number;
  prorationDate: Date;
};

export async function previewPlanChange(
  tenant: Tenant,
  subscription: SubscriptionWithPlan,
  toPriceId: string,
  direction: PlanChangeDirection,
): Promise<PlanChangePreview> {
  const target = (await listPlanChangeTargets(tenant, subscription, direction)).find((price) => price.id === toPriceId);
  if (!target) throw notFound("plan option", toPriceId);
  const prorationDate = new Date(Math.floor(now().getTime() / 1000) * 1000);
  const timing = await planChangeTiming(tenant, subscription, target, direction);
  const proration =
    timing === "period_end"
      ? NOTHING_NOW(subscription.currentPeriodStart, subscription.currentPeriodEnd, prorationDate)
      : prorate({
          currentUnitAmount: subscription.price.unitAmount,
          newUnitAmount: target.unitAmount,
          periodStart: subscription.currentPeriodStart,
          periodEnd: subscription.currentPeriodEnd,
          at: prorationDate,
        });
  const quote: PlanChangeQuote = {
    subscriptionId: subscription.id,
    customerId: subscription.customerId,
    fromPriceId: subscription.priceId,
    toPriceId: target.id,
    currency: subscription.price.currency,
    credit: proration.credit,
    charge: proration.charge,
    net: proration.net,
    prorationDate: prorationDate.getTime(),
    periodEnd: subscription.currentPeriodEnd.getTime(),
    timing,
  };
  return {
    quoteToken: await signQuote(quote, prorationDate),
    timing,
    effectiveAt: timing === "period_end" ? subscription.currentPeriodEnd : prorationDate,
    proration,
    currency: quote.currency,
    fromPlanName: subscription.price.plan.name,
    toPlanName: target.plan.name,
    toUnitAmount: target.unitAmount,
    prorationDate,
  };
}

/**
 * Checks a quote against the subscription as it is now: the same customer, subscription, prices and
 * period, and the same amounts recomputed. Anything else is refused; nothing is charged.
 */
export async function verifyQuote(
  tenant: Tenant,
  subscription: SubscriptionWithPlan,
  quoteToken: string,
  direction: PlanChangeDirection,
): Promise<{ quote: PlanChangeQuote; target: Awaited<ReturnType<typeof listPlanChangeTargets>>[number] }> {
  const quote = await readQuote(quoteToken, now());
  if (!quote || quote.subscriptionId !== subscription.id || quote.customerId !== subscription.customerId) {
    throw new AppError("invalid_state", "This price preview has expired. Review the change again to see the current price.");
  }
  const target = (await listPlanChangeTargets(tenant, subscription, direction)).find((price) => price.id === quote.toPriceId);
  if (!target) throw new AppError("invalid_state", "That plan is no longer available to switch to.");
  const timing = await planChangeTiming(tenant, subscription, target, direction);
  const recomputed =
    timing === "period_end"
      ? NOTHING_NOW(subscription.currentPeriodStart, subscription.currentPeriodEnd, new Date(quote.prorationDate))
      : prorate({
          currentUnitAmount: subscription.price.unitAmount,
          newUnitAmount: target.unitAmount,
          periodStart: subscription.currentPeriodStart,
          periodEnd: subscription.currentPeriodEnd,
          at: new Date(quote.prorationDate),
        });
  const isUnchanged =
    quote.timing === timing &&
    quote.fromPriceId === subscription.priceId &&
    quote.periodEnd === subscription.currentPeriodEnd.getTime() &&
    quote.currency === target.currency &&
    recomputed.credit === quote.credit &&
    recomputed.charge === quote.charge;
  if (!isUnchanged) {
    throw new AppError("invalid_state", "The price of this change has changed since the preview. Review the change again.");
  }
  return { quote, target };
}
