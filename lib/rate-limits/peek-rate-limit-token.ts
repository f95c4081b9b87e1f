// Whether a bucket of lib/rate-limits has a token to spare, without taking one, from its row as the
// caller read it (with the API key, lib/api-keys/find-active-api-key.ts): for limits that count only
// failures, where a success must still wait while the bucket is spent.
import { nowMs } from "../clock";
import type { BucketPolicy } from "./consume-rate-limit-token";

export type PeekDecision = { hasToken: true } | { hasToken: false; retryAfterSeconds: number };

export type BucketRow = { tokens: number; refilledAtMs: number };

/** The decision for a bucket row already read (null: no bucket yet, so it is full). */
export function peekBucketRow(bucket: BucketRow | null, policy: BucketPolicy): PeekDecision {
  if (!bucket) return { hasToken: true };
  const elapsedMs = Math.max(0, nowMs() - bucket.refilledAtMs);
  const tokens = Math.min(policy.capacity, bucket.tokens + (elapsedMs * policy.refillPerSecond) / 1000);
  if (tokens >= 1) return { hasToken: true };
  return { hasToken: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / policy.refillPerSecond)) };
}
