// Renewal: an active subscription whose period has ended (and that is not set to cancel by then)
// starts its next period where the last one ended, with the renewal invoice.
import type { BillingState, StepOutcome } from "./billing-state";
import { startPaidPeriod } from "./start-paid-period";

export async function renewSubscription(state: BillingState): Promise<StepOutcome> {
  if (state.subscription.status !== "active") return "skipped";
  return startPaidPeriod(state, state.subscription.currentPeriodEnd);
}
