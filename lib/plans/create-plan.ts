// Creates a plan with its prices and appends plan.created, in one transaction.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { appendEvent } from "../events/append-event";
import { storedMetadata } from "../customers/metadata-schemas";
import { tenantWhere, type Tenant } from "../tenancy";
import { DEFAULT_PORTAL_FEATURES } from "./portal-features";
import { PRICES_IN_ORDER, toPlanResource, type PlanResource } from "./plan-resource";
import type { CreatePlanInput } from "./plan-schemas";
import { priceRows } from "./price-rows";

export async function createPlan(tenant: Tenant, input: CreatePlanInput): Promise<PlanResource> {
  const createdAt = now();
  return prisma.$transaction(async (tx) => {
    const plan = await tx.plan.create({
      data: {
        id: newId("plan"),
        ...tenantWhere(tenant),
        name: input.name,
        description: input.description ?? null,
        interval: input.interval,
        intervalCount: input.intervalCount ?? 1,
        trialDays: input.trialDays ?? 0,
        portalFeatures: JSON.stringify({ ...DEFAULT_PORTAL_FEATURES, ...input.portalFeatures }),
        metadata: storedMetadata(input.metadata),
        createdAt,
        updatedAt: createdAt,
        prices: { create: priceRows(tenant, input.prices, createdAt) },
      },
      include: { prices: PRICES_IN_ORDER },
    });
    const resource = toPlanResource(plan, tenant.accountId);
    await appendEvent(tx, tenant, "plan.created", resource);
    return resource;
  });
}
