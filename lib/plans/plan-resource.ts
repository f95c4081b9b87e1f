// The API shape of a plan with its prices (docs/api.md §10), used by the API and in event payloads.
import type { Plan, Price } from "../generated/prisma/client";
import { arn } from "../tenancy";
import { parsePortalFeatures } from "./portal-features";
import type { PlanResource, PriceResource } from "./plan-schemas";

export type { PlanResource, PriceResource } from "./plan-schemas";
export type PlanWithPrices = Plan & { prices: Price[] };

/** Prices in the order they were added; pass this to every query that includes them. */
export const PRICES_IN_ORDER = { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] };

/**
 * The plan-level price the earlier official SDK release reads as a plan's `currency` and `amount`
 * (docs/api.md §10.3, docs/decisions/0012): the first active price in the order added, else the first
 * price. The API never makes a plan without a price (POST /plans needs one, prices are never removed);
 * a row without any is read as USD 0, nothing to charge.
 */
export function planLevelPrice(prices: readonly Price[]): { currency: string; amount: number } {
  const price = prices.find((candidate) => candidate.active) ?? prices[0];
  return price ? { currency: price.currency, amount: price.unitAmount } : { currency: "USD", amount: 0 };
}

export function toPlanResource(plan: PlanWithPrices, accountId: string): PlanResource {
  return {
    id: plan.id,
    arn: arn(accountId, "plan", plan.id),
    accountId,
    name: plan.name,
    description: plan.description,
    interval: plan.interval,
    intervalCount: plan.intervalCount,
    trialDays: plan.trialDays,
    prices: plan.prices.map(toPriceResource),
    ...planLevelPrice(plan.prices),
    usageAggregate: null,
    meteredUnit: null,
    portalFeatures: parsePortalFeatures(plan.portalFeatures),
    dunningPolicyId: null,
    active: plan.active,
    archivedAt: plan.archivedAt?.toISOString() ?? null,
    metadata: plan.metadata ? (JSON.parse(plan.metadata) as Record<string, string>) : null,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function toPriceResource(price: Price): PriceResource {
  return {
    id: price.id,
    planId: price.planId,
    currency: price.currency,
    model: price.model,
    unitAmount: price.unitAmount,
    tiers: null,
    taxMode: price.taxMode,
    active: price.active,
    createdAt: price.createdAt.toISOString(),
  };
}
