// Dunning: after a renewal charge fails, retry 1, 3 and then 5 days after the previous failed
// attempt (three retries); when the last retry fails too, the subscription is canceled with
// canceledReason "failed_payment". Each delay counts from when the failed attempt was due (not when
// a late worker got to it), so a subscription that is far behind catches up as if billed on time.
const DAY_MS = 86_400_000;

export const DUNNING_RETRY_DAYS = [1, 3, 5] as const;

/**
 * When to retry after `failedAttempts` failed attempts (1 = the renewal charge itself failed), the
 * last of which was due at `failedAttemptDueAt`; null when there are no retries left.
 */
export function nextDunningAttemptAt(failedAttempts: number, failedAttemptDueAt: Date): Date | null {
  const delayDays = DUNNING_RETRY_DAYS[failedAttempts - 1];
  if (delayDays === undefined) return null;
  return new Date(failedAttemptDueAt.getTime() + delayDays * DAY_MS);
}
