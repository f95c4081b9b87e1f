// Adds a price (e.g. another currency) to a plan. Prices are immutable once added. Appends
// plan.updated with the plan after the change and its previous prices.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { findPlan } from "./find-plan";
import { PRICES_IN_ORDER, toPlanResource, toPriceResource, type PriceResource } from "./plan-resource";
import type { PriceInput } from "./plan-schemas";
import { priceRow } from "./price-rows";

export async function addPlanPrice(tenant: Tenant, planId: string, input: PriceInput): Promise<PriceResource> {
  return prisma.$transaction(async (tx) => {
    const plan = await findPlan(tenant, planId, tx);
    if (plan.archivedAt) throw new AppError("invalid_state", `Plan '${planId}' is archived; prices cannot be added to it`);
    const createdAt = now();
    const row = priceRow(tenant, input, createdAt);
    const updated = await tx.plan.update({
      where: { id: plan.id, ...tenantWhere(tenant) },
      data: { updatedAt: createdAt, prices: { create: row } },
      include: { prices: PRICES_IN_ORDER },
    });
    const previousPrices = toPlanResource(plan, tenant.accountId).prices;
    await appendEvent(tx, tenant, "plan.updated", toPlanResource(updated, tenant.accountId), { prices: previousPrices });
    const price = updated.prices.find((candidate) => candidate.id === row.id);
    if (!price) throw new Error("The price just added is missing from its plan");
    return toPriceResource(price);
  });
}
