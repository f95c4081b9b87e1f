// What a billing step works from: the subscription (with its price and plan), its tenant, and the
// billing clock's "now" for its workspace and mode.
import "server-only";
import { prisma, type DatabaseClient } from "../db";
import type { Plan, Prisma, Price, Subscription } from "../generated/prisma/client";
import type { Mode, Tenant } from "../tenancy";
import { billingNow } from "./billing-clock";
import type { BillingLease } from "./billing-lease";

export type BillingSubscription = Subscription & { price: Price & { plan: Plan } };

export type BillingState = { subscription: BillingSubscription; tenant: Tenant; at: Date; lease: BillingLease };

export async function loadBillingState(lease: BillingLease): Promise<BillingState | null> {
  const subscription = await prisma.subscription.findUnique({
    where: { id: lease.subscriptionId },
    include: { price: { include: { plan: true } } },
  });
  if (!subscription) return null;
  const workspace = await prisma.workspace.findUniqueOrThrow({
    where: { id: subscription.workspaceId },
    select: { accountId: true, testClockOffsetMs: true },
  });
  const mode = subscription.mode as Mode;
  const tenant: Tenant = { workspaceId: subscription.workspaceId, accountId: workspace.accountId, mode };
  return { subscription, tenant, at: billingNow(workspace, mode), lease };
}

/**
 * Updates the subscription only while this worker holds its lease and it still matches `guard` (the
 * state the step decided from); null when it does not — the step then writes nothing.
 */
export async function updateLeasedSubscription(
  tx: DatabaseClient,
  lease: BillingLease,
  guard: Prisma.SubscriptionWhereInput,
  data: Prisma.SubscriptionUncheckedUpdateManyInput,
): Promise<Subscription | null> {
  const { count } = await tx.subscription.updateMany({
    where: { ...guard, id: lease.subscriptionId, billingLeaseOwner: lease.workerId },
    data,
  });
  return count === 1 ? tx.subscription.findUniqueOrThrow({ where: { id: lease.subscriptionId } }) : null;
}

/** What a step did: "applied" a transition, or "skipped" (state moved on, or try again later). */
export type StepOutcome = "applied" | "skipped";
