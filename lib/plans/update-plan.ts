// Changes the plan fields sent and appends one plan.updated with the previous values of the
// fields that changed, in one transaction. portalFeatures flags merge onto the plan's current ones.
// An archived plan cannot be made active again. A request that changes nothing is a no-op.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError } from "../errors";
import { appendEvent } from "../events/append-event";
import { storedMetadata } from "../customers/metadata-schemas";
import { tenantWhere, type Tenant } from "../tenancy";
import { findPlan } from "./find-plan";
import { PRICES_IN_ORDER, toPlanResource, type PlanResource, type PlanWithPrices } from "./plan-resource";
import type { UpdatePlanInput } from "./plan-schemas";
import { parsePortalFeatures } from "./portal-features";

type UpdatableField = keyof UpdatePlanInput;
type PlanChanges = {
  name?: string;
  description?: string | null;
  trialDays?: number;
  portalFeatures?: string;
  metadata?: string | null;
  active?: boolean;
};

export async function updatePlan(tenant: Tenant, planId: string, input: UpdatePlanInput): Promise<PlanResource> {
  return prisma.$transaction(async (tx) => {
    const plan = await findPlan(tenant, planId, tx);
    if (plan.archivedAt && input.active === true) {
      throw new AppError("invalid_state", `Plan '${planId}' is archived and cannot be made active again`, { field: "active" });
    }
    const before = toPlanResource(plan, tenant.accountId);
    const changes = changedColumns(plan, input);
    const changedFields = Object.keys(changes) as UpdatableField[];
    if (changedFields.length === 0) return before;
    const updated = await tx.plan.update({
      where: { id: plan.id, ...tenantWhere(tenant) },
      data: { ...changes, updatedAt: now() },
      include: { prices: PRICES_IN_ORDER },
    });
    const resource = toPlanResource(updated, tenant.accountId);
    const previousAttributes = Object.fromEntries(changedFields.map((field) => [field, before[field]]));
    await appendEvent(tx, tenant, "plan.updated", resource, previousAttributes);
    return resource;
  });
}

/** The stored values that differ from what was sent, keyed by API field (columns share the names). */
function changedColumns(plan: PlanWithPrices, input: UpdatePlanInput): PlanChanges {
  const sent: PlanChanges = {
    name: input.name,
    description: input.description,
    trialDays: input.trialDays,
    portalFeatures: input.portalFeatures ? JSON.stringify({ ...parsePortalFeatures(plan.portalFeatures), ...input.portalFeatures }) : undefined,
    metadata: input.metadata === undefined ? undefined : storedMetadata(input.metadata),
    active: input.active,
  };
  const current: Required<PlanChanges> = {
    name: plan.name,
    description: plan.description,
    trialDays: plan.trialDays,
    portalFeatures: JSON.stringify(parsePortalFeatures(plan.portalFeatures)),
    metadata: plan.metadata,
    active: plan.active,
  };
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(sent)) {
    if (value !== undefined && value !== current[field as keyof PlanChanges]) changes[field] = value;
  }
  return changes as PlanChanges;
}
