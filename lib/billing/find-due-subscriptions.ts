// Which subscriptions have billing work due, by indexed queries: (status, currentPeriodEnd) for
// renewals, trial ends and period-end cancellations; nextDunningAt for collection and dunning;
// status for paused and past-due ones. Each query is exact for the workspaces it covers: one at
// lib/clock's now for every workspace (test clocks only run ahead, so nothing due there is missed),
// then one per test-mode workspace whose test clock runs ahead, at that workspace's billing now.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import type { Prisma } from "../generated/prisma/client";
import { tenantWhere, type Tenant } from "../tenancy";
import { COLLECTABLE_STATUSES, NON_RENEWING_CANCELLABLE_STATUSES, RENEWING_STATUSES } from "../subscriptions/subscription-status";
import { unleasedWhere } from "./billing-lease";
import { billingNow } from "./billing-clock";

type Candidate = { id: string; dueAt: Date };

export async function findDueSubscriptionIds(options: { limit: number }): Promise<string[]> {
  const current = now();
  const batches = [await findDue({}, current, options.limit)];
  const aheadWorkspaces = await prisma.workspace.findMany({ where: { testClockOffsetMs: { gt: 0 } }, select: { id: true, testClockOffsetMs: true } });
  for (const workspace of aheadWorkspaces) {
    batches.push(await findDue({ workspaceId: workspace.id, mode: "test" }, billingNow(workspace, "test"), options.limit));
  }
  return mergeOldestFirst(batches, options.limit);
}

/** The due subscriptions of one workspace and mode, at its billing clock. */
export async function findTenantDueSubscriptionIds(tenant: Tenant, options: { limit: number }): Promise<string[]> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: tenant.workspaceId }, select: { testClockOffsetMs: true } });
  return mergeOldestFirst([await findDue(tenantWhere(tenant), billingNow(workspace, tenant.mode), options.limit)], options.limit);
}

async function findDue(scope: Prisma.SubscriptionWhereInput, at: Date, limit: number): Promise<Candidate[]> {
  const rows = await prisma.subscription.findMany({
    where: { ...scope, AND: [unleasedWhere(now()), { OR: dueConditions(at) }] },
    select: { id: true, currentPeriodEnd: true, nextDunningAt: true },
    orderBy: [{ currentPeriodEnd: "asc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map((row) => ({ id: row.id, dueAt: row.nextDunningAt ?? row.currentPeriodEnd }));
}

function dueConditions(at: Date): Prisma.SubscriptionWhereInput[] {
  return [
    { status: { in: [...RENEWING_STATUSES] }, currentPeriodEnd: { lte: at } },
    { nextDunningAt: { lte: at }, status: { in: [...COLLECTABLE_STATUSES] } },
    { status: "paused", resumeAt: { lte: at } },
    { status: { in: NON_RENEWING_CANCELLABLE_STATUSES }, cancelAt: { lte: at } },
  ];
}

function mergeOldestFirst(batches: Candidate[][], limit: number): string[] {
  const unique = new Map(batches.flat().map((candidate) => [candidate.id, candidate]));
  return [...unique.values()]
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((candidate) => candidate.id);
}
