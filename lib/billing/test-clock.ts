// Test clocks (test mode only): a workspace's billing clock can be moved forward, and billing then
// runs at once for that workspace, so a renewal, a dunning retry or a trial end can be seen without
// waiting. Live mode has no test clock.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { findSubscription } from "../subscriptions/find-subscription";
import { toSubscriptionResource } from "../subscriptions/subscription-resource";
import type { Tenant } from "../tenancy";
import { billingNow } from "./billing-clock";
import { runTenantBillingCycle } from "./run-billing-cycle";
import type { AdvanceTestClockInput, AdvanceTestClockResult, TestClockResource } from "./test-clock-schemas";

const DAY_MS = 86_400_000;

export async function readTestClock(tenant: Tenant): Promise<TestClockResource> {
  assertTestMode(tenant);
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: tenant.workspaceId }, select: { testClockOffsetMs: true } });
  return { accountId: tenant.accountId, testClockOffsetMs: workspace.testClockOffsetMs, now: billingNow(workspace, tenant.mode).toISOString() };
}

/** Moves the workspace's test clock forward by `ms`, without running billing. */
export async function moveTestClock(tenant: Tenant, ms: number): Promise<void> {
  assertTestMode(tenant);
  if (!Number.isSafeInteger(ms) || ms <= 0) throw new AppError("VALIDATION_ERROR", "A test clock only moves forward");
  await prisma.workspace.update({ where: { id: tenant.workspaceId }, data: { testClockOffsetMs: { increment: ms } } });
}

/** Moves the clock by `days` or `seconds` (exactly one), then runs billing for the workspace. */
export async function advanceTestClock(tenant: Tenant, input: AdvanceTestClockInput, options: { workerId: string }): Promise<AdvanceTestClockResult> {
  assertTestMode(tenant);
  if (input.subscriptionId) await findSubscription(tenant, input.subscriptionId);
  await moveTestClock(tenant, advanceMs(input));
  const { processed } = await runTenantBillingCycle(tenant, { workerId: options.workerId });
  const clock = await readTestClock(tenant);
  if (!input.subscriptionId) return { ...clock, processed };
  const subscription = await findSubscription(tenant, input.subscriptionId);
  return { ...clock, processed, subscription: toSubscriptionResource(subscription, tenant.accountId) };
}

function advanceMs(input: AdvanceTestClockInput): number {
  if ((input.days === undefined) === (input.seconds === undefined)) {
    throw new AppError("VALIDATION_ERROR", "Give exactly one of days or seconds", { field: "days" });
  }
  return input.days !== undefined ? input.days * DAY_MS : (input.seconds ?? 0) * 1000;
}

function assertTestMode(tenant: Tenant): void {
  if (tenant.mode !== "test") {
    throw new AppError("insufficient_scope", "Test clocks exist only in test mode; use a test key (pk_test_…)");
  }
}
