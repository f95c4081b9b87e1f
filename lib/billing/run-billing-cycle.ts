// Placeholder: the billing-time work (period-end cancellations, renewals, dunning, trial ends,
// scheduled resumes) is implemented by the billing-time change. The worker calls this each tick.
export async function runBillingCycle(_options: { workerId: string; limit?: number }): Promise<{ processed: number }> {
  return { processed: 0 };
}
