// Bills one subscription: claims its lease, then applies whatever transition is due, one step at a
// time, until nothing is due (a subscription far behind catches up one period per step), the step
// budget is spent (the next cycle continues), or another worker takes over. Unexpected errors are
// logged and the subscription is backed off rather than retried in a tight loop.
import { isUniqueConstraintError } from "../errors";
import { log } from "../log";
import { applyScheduledCancellation } from "./apply-scheduled-cancellation";
import { applyScheduledResume } from "./apply-scheduled-resume";
import { backOffBillingLease, claimBillingLease, releaseBillingLease, type BillingLease } from "./billing-lease";
import { loadBillingState, type BillingState, type StepOutcome } from "./billing-state";
import { collectSubscriptionPayment } from "./collect-subscription-payment";
import { dueTransition, type BillingTransition } from "./due-transition";
import { endTrial } from "./end-trial";
import { renewSubscription } from "./renew-subscription";

export const MAX_STEPS_PER_SUBSCRIPTION = 48;
const CONFLICT_RETRIES = 3;

const STEPS: Record<BillingTransition, (state: BillingState) => Promise<StepOutcome>> = {
  cancel: applyScheduledCancellation,
  resume: applyScheduledResume,
  end_trial: endTrial,
  collect: collectSubscriptionPayment,
  renew: renewSubscription,
};

/** How many transitions were applied (0 when nothing was due or another worker holds it). */
export async function processSubscription(lease: BillingLease): Promise<number> {
  if (!(await claimBillingLease(lease))) return 0;
  let applied = 0;
  try {
    while (applied < MAX_STEPS_PER_SUBSCRIPTION && (await runDueStep(lease)) === "applied") {
      applied++;
      if (!(await claimBillingLease(lease))) return applied; // lease lost: leave the rest to its holder
    }
    await releaseBillingLease(lease);
  } catch (error) {
    log("error", "billing step failed", { subscriptionId: lease.subscriptionId, workerId: lease.workerId, error: describe(error) });
    await backOffBillingLease(lease);
  }
  return applied;
}

/** Applies the transition due now, retrying a few times on a unique-key race (invoice numbers). */
async function runDueStep(lease: BillingLease): Promise<StepOutcome> {
  for (let attempt = 1; ; attempt++) {
    const state = await loadBillingState(lease);
    const transition = state ? dueTransition(state.subscription, state.at) : null;
    if (!state || !transition) return "skipped";
    try {
      return await STEPS[transition](state);
    } catch (error) {
      if (!isUniqueConstraintError(error) || attempt >= CONFLICT_RETRIES) throw error;
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
