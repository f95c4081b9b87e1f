// Trial end: a trialing subscription whose trial is over becomes active and starts its first paid
// period at trialEnd, invoiced and collected like a renewal.
import type { BillingState, StepOutcome } from "./billing-state";
import { startPaidPeriod } from "./start-paid-period";

export async function endTrial(state: BillingState): Promise<StepOutcome> {
  const { subscription } = state;
  if (subscription.status !== "trialing") return "skipped";
  return startPaidPeriod(state, subscription.trialEnd ?? subscription.currentPeriodEnd);
}
