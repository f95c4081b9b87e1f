// The API shape of a plan with its prices (contract §10), used by the API and in event payloads.
import type { Plan, Price } from "../generated/prisma/client";
import { arn } from "../tenancy";
import { parsePortalFeatures } from "./portal-features";

export type PlanWithPrices = Plan & { prices: Price[] };
export type PlanResource = ReturnType<typeof toPlanResource>;
export type PriceResource = ReturnType<typeof toPriceResource>;

/** Prices in the order they were added; pass this to every query that includes them. */
export const PRICES_IN_ORDER = { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] };

export function toPlanResource(plan: PlanWithPrices, accountId: string) {
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

export function toPriceResource(price: Price) {
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
