// Archives a plan for good: inactive, archivedAt set, no new subscriptions or prices. Existing
// subscriptions keep their price. Archiving twice is 409 invalid_state.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { findPlan } from "./find-plan";
import { PRICES_IN_ORDER, toPlanResource, type PlanResource } from "./plan-resource";

export async function archivePlan(tenant: Tenant, planId: string): Promise<PlanResource> {
  return prisma.$transaction(async (tx) => {
    const plan = await findPlan(tenant, planId, tx);
    if (plan.archivedAt) throw new AppError("invalid_state", `Plan '${planId}' is already archived`);
    const archivedAt = now();
    const archived = await tx.plan.update({
      where: { id: plan.id, ...tenantWhere(tenant) },
      data: { active: false, archivedAt, updatedAt: archivedAt },
      include: { prices: PRICES_IN_ORDER },
    });
    const resource = toPlanResource(archived, tenant.accountId);
    await appendEvent(tx, tenant, "plan.archived", resource, { active: plan.active, archivedAt: null });
    return resource;
  });
}
