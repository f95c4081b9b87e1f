// One billing cycle, called by the worker every tick: finds the subscriptions with billing work
// due (scheduled cancellations, trial ends, renewals, collection and dunning retries, scheduled
// resumes) across all workspaces, each at its own billing clock, and processes them under leases.
import type { Tenant } from "../tenancy";
import { findDueSubscriptionIds, findTenantDueSubscriptionIds } from "./find-due-subscriptions";
import { processSubscription } from "./process-subscription";

const DEFAULT_LIMIT = 50;
/** Rounds a tenant's catch-up may take in one call (each round: up to `limit` subscriptions). */
const MAX_TENANT_ROUNDS = 20;

/** Returns how many subscriptions had at least one transition applied. */
export async function runBillingCycle(options: { workerId: string; limit?: number }): Promise<{ processed: number }> {
  const ids = await findDueSubscriptionIds({ limit: options.limit ?? DEFAULT_LIMIT });
  return { processed: (await processAll(ids, options.workerId)).length };
}

/**
 * Runs billing for one workspace and mode until nothing more is due there (bounded), as the test
 * clock does right after moving the clock, so the caller sees the result at once.
 */
export async function runTenantBillingCycle(tenant: Tenant, options: { workerId: string; limit?: number }): Promise<{ processed: number }> {
  const processed = new Set<string>();
  for (let round = 0; round < MAX_TENANT_ROUNDS; round++) {
    const ids = await findTenantDueSubscriptionIds(tenant, { limit: options.limit ?? DEFAULT_LIMIT });
    const done = await processAll(ids, options.workerId);
    if (done.length === 0) break;
    for (const id of done) processed.add(id);
  }
  return { processed: processed.size };
}

/** The ids of the subscriptions that had at least one transition applied. */
async function processAll(subscriptionIds: string[], workerId: string): Promise<string[]> {
  const processed: string[] = [];
  for (const subscriptionId of subscriptionIds) {
    if ((await processSubscription({ subscriptionId, workerId })) > 0) processed.push(subscriptionId);
  }
  return processed;
}
