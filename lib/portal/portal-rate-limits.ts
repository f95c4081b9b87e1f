// The portal's own limits (docs/api.md §7.4, §7.7), in the shared database buckets of
// lib/rate-limits: failed token exchanges per portal session and per client address, and PDF
// renders per customer (the merchant API's `heavy` class, docs/api.md §4.1).
import "server-only";
import { env } from "../env";
import { consumeRateLimitToken, type BucketPolicy } from "../rate-limits/consume-rate-limit-token";
import { returnRateLimitToken } from "../rate-limits/return-rate-limit-token";

const FAILED_EXCHANGES_PER_SESSION = { perWindow: 5, windowSeconds: 15 * 60 };
const FAILED_EXCHANGES_PER_CLIENT = { perWindow: 30, windowSeconds: 10 * 60 };
const PDF_RENDERS_PER_CUSTOMER = { perWindow: 5, windowSeconds: 60 };

export type PortalLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function policy(limit: { perWindow: number; windowSeconds: number }): BucketPolicy {
  const capacity = Math.max(1, Math.floor(limit.perWindow * env().rateLimitMultiplier));
  return { capacity, refillPerSecond: capacity / limit.windowSeconds };
}

/**
 * Takes one attempt from both exchange buckets; `succeeded()` gives both back, so only failures
 * count. Taking before the attempt means concurrent guesses cannot overshoot the limit.
 */
export async function beginTokenExchangeAttempt(
  portalSessionId: string,
  clientAddress: string,
): Promise<(PortalLimitDecision & { allowed: false }) | { allowed: true; succeeded: () => Promise<void> }> {
  const buckets = [
    // The client's bucket first: guesses at made-up session ids spend it before creating any row.
    { key: `portal-exchange:client:${clientAddress}`, policy: policy(FAILED_EXCHANGES_PER_CLIENT) },
    { key: `portal-exchange:session:${portalSessionId}`, policy: policy(FAILED_EXCHANGES_PER_SESSION) },
  ];
  const taken: typeof buckets = [];
  for (const bucket of buckets) {
    const decision = await consumeRateLimitToken(bucket.key, bucket.policy);
    if (!decision.allowed) {
      for (const held of taken) await returnRateLimitToken(held.key, held.policy);
      return { allowed: false, retryAfterSeconds: decision.retryAfterSeconds };
    }
    taken.push(bucket);
  }
  return {
    allowed: true,
    succeeded: async () => {
      for (const held of taken) await returnRateLimitToken(held.key, held.policy);
    },
  };
}

export async function consumePdfRender(workspaceId: string, customerId: string): Promise<PortalLimitDecision> {
  const decision = await consumeRateLimitToken(`portal-pdf:${workspaceId}:${customerId}`, policy(PDF_RENDERS_PER_CUSTOMER));
  return decision.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: decision.retryAfterSeconds };
}
