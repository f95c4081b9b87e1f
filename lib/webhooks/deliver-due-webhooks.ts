// The delivery worker's step (docs/api.md §8): claim due webhook deliveries with a lease
// (claim-due-deliveries.ts), POST each signed body (attempt-delivery.ts), and record the attempt —
// schedule a retry, settle the delivery, or take the endpoint out of service — in one transaction per
// attempt (record-delivery-attempt.ts).
//
// A worker that dies mid-delivery leaves a lease that expires; another worker then takes the
// delivery over (at least once, never lost).
import "server-only";
import { log } from "../log";
import { attemptDelivery } from "./attempt-delivery";
import { claimDeliveries, findDeliveryCandidates } from "./claim-due-deliveries";
import { describeError } from "./deliver-log";
import { resolveDeliverySettings, type DeliverOptions } from "./delivery-settings";
import { LeaseLostError } from "./record-delivery-attempt";

/**
 * `claimedByOthers`: candidates another worker claimed first. Then more work may be waiting behind
 * them, so the worker looks again at once instead of sleeping (with two workers, the one that lost
 * every claim of a pass slept through its poll interval, and two processes drained slower than one).
 */
export async function deliverDueWebhooks(options: DeliverOptions): Promise<{ attempted: number; claimedByOthers: number }> {
  const settings = resolveDeliverySettings(options);
  const candidates = await findDeliveryCandidates(settings);
  if (candidates.length === 0) return { attempted: 0, claimedByOthers: 0 };

  // One claim for the whole pass. Attempts run `concurrency` at a time, so the last one may start
  // (rounds - 1) request timeouts after the claim: its lease is lengthened by that much, keeping
  // "a lease outlasts the request it covers" (delivery-settings.ts) for every claimed delivery.
  const concurrency = Math.max(1, Math.min(settings.concurrency, candidates.length));
  const rounds = Math.ceil(candidates.length / concurrency);
  const claimed = await claimDeliveries(candidates, settings.workerId, settings.leaseMs + (rounds - 1) * settings.timeoutMs);
  const mine = candidates.filter((candidate) => claimed.has(candidate.id));
  let next = 0;
  const runner = async () => {
    while (next < mine.length) {
      const candidate = mine[next++]!;
      try {
        await attemptDelivery(candidate, settings);
      } catch (error) {
        // The lease expires and another pass retries it; nothing is lost.
        log(error instanceof LeaseLostError ? "warn" : "error", "webhook delivery attempt not recorded", {
          deliveryId: candidate.id,
          endpointId: candidate.endpointId,
          workerId: settings.workerId,
          error: describeError(error),
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, mine.length)) }, runner));
  return { attempted: mine.length, claimedByOthers: candidates.length - mine.length };
}
