// Token buckets kept in the database, so every app instance shares them. Updates use optimistic
// concurrency (a version column) and work the same on SQLite and PostgreSQL.
import { prisma } from "../db";
import { nowMs } from "../clock";
import { isUniqueConstraintError } from "../errors";

export type BucketPolicy = { capacity: number; refillPerSecond: number };

export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Epoch seconds at which the bucket is full again. */
  resetAt: number;
  /** Whole seconds until one token is available (0 when allowed). */
  retryAfterSeconds: number;
};

const MAX_ATTEMPTS = 20;

export async function consumeRateLimitToken(bucketKey: string, policy: BucketPolicy): Promise<RateLimitDecision> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = nowMs();
    const bucket = await prisma.rateLimitBucket.findUnique({ where: { key: bucketKey } });
    const elapsedSeconds = bucket ? Math.max(0, current - bucket.refilledAt.getTime()) / 1000 : 0;
    const available = bucket ? Math.min(policy.capacity, bucket.tokens + elapsedSeconds * policy.refillPerSecond) : policy.capacity;
    const allowed = available >= 1;
    const tokens = allowed ? available - 1 : available;
    const saved = bucket
      ? (await prisma.rateLimitBucket.updateMany({
          where: { key: bucketKey, version: bucket.version },
          data: { tokens, refilledAt: new Date(current), version: bucket.version + 1 },
        })).count === 1
      : await insertBucket(bucketKey, tokens, current);
    if (saved) return decision(policy, tokens, allowed, current);
  }
  throw new Error("Rate limit bucket is too contended");
}

async function insertBucket(key: string, tokens: number, at: number): Promise<boolean> {
  try {
    await prisma.rateLimitBucket.create({ data: { key, tokens, refilledAt: new Date(at) } });
    return true;
  } catch (error) {
    if (isUniqueConstraintError(error)) return false;
    throw error;
  }
}

function decision(policy: BucketPolicy, tokens: number, allowed: boolean, at: number): RateLimitDecision {
  const secondsToFull = (policy.capacity - tokens) / policy.refillPerSecond;
  const secondsToNextToken = allowed ? 0 : (1 - tokens) / policy.refillPerSecond;
  return {
    allowed,
    limit: policy.capacity,
    remaining: Math.floor(tokens),
    resetAt: Math.ceil(at / 1000 + secondsToFull),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(secondsToNextToken)),
  };
}
