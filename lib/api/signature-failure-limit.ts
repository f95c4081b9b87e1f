// Failed signatures per key id and client address (docs/api.md §2.6), in the shared database
// buckets of lib/rate-limits, so that guessing at a key's signatures is slow on any number of
// instances. A failure takes a token in one atomic statement (concurrent guesses cannot overshoot
// the limit); a success takes none, so a client's own parallel requests are never held back, but it
// still waits while the bucket is spent (its row is read with the key, in the same statement), so a
// spent limit answers every signature alike.
import "server-only";
import { env } from "../env";
import { consumeRateLimitToken, type BucketPolicy } from "../rate-limits/consume-rate-limit-token";
import { peekBucketRow, type BucketRow } from "../rate-limits/peek-rate-limit-token";

/** Ten failed signatures a minute for one key from one address (scaled by RATE_LIMIT_MULTIPLIER). */
export const FAILED_SIGNATURES_PER_MINUTE = 10;

export type SignatureLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The bucket counting this key's failed signatures from this address. */
export function signatureFailureBucketKey(keyId: string, clientAddress: string): string {
  return `api-signature-failures:${keyId}:${clientAddress}`;
}

function bucketOf(keyId: string, clientAddress: string): { key: string; policy: BucketPolicy } {
  const capacity = Math.max(1, Math.floor(FAILED_SIGNATURES_PER_MINUTE * env().rateLimitMultiplier));
  return { key: signatureFailureBucketKey(keyId, clientAddress), policy: { capacity, refillPerSecond: capacity / 60 } };
}

/** A failed signature: counted, and allowed to answer 401 while the bucket had a token for it. */
export async function recordSignatureFailure(keyId: string, clientAddress: string): Promise<SignatureLimitDecision> {
  const bucket = bucketOf(keyId, clientAddress);
  const decision = await consumeRateLimitToken(bucket.key, bucket.policy);
  return decision.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: decision.retryAfterSeconds };
}

/** A matching signature: allowed unless this key's failures from this address spent the bucket (its row as read with the key). */
export function checkSignatureLimit(keyId: string, clientAddress: string, row: BucketRow | null): SignatureLimitDecision {
  const bucket = bucketOf(keyId, clientAddress);
  const peek = peekBucketRow(row, bucket.policy);
  return peek.hasToken ? { allowed: true } : { allowed: false, retryAfterSeconds: peek.retryAfterSeconds };
}
