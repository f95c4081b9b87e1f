// Token buckets kept in the database, so every app instance shares them. One statement refills a
// bucket and takes a token (an upsert whose update applies only when a token is available), so
// concurrent requests on any number of instances serialize on the row instead of retrying, on SQLite
// and PostgreSQL alike (docs/decisions/0004-rate-limits-in-the-database.md).
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { queryRows } from "../database/direct-statements";
import { nowMs } from "../clock";

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

type BucketRow = { tokens: number };

export async function consumeRateLimitToken(bucketKey: string, policy: BucketPolicy): Promise<RateLimitDecision> {
  const at = nowMs();
  const taken = await queryRows<BucketRow>(takeTokenStatement(bucketKey, policy, at));
  if (taken[0]) return decision(policy, Number(taken[0].tokens), true, at);
  // Refused: nothing was written. Read the bucket once to say when the next token comes.
  const [bucket] = await queryRows<BucketRow>(Prisma.sql`SELECT ${availableTokens(policy, at)} AS "tokens" FROM "RateLimitBucket" WHERE "key" = ${bucketKey}`);
  return decision(policy, Math.max(0, Number(bucket?.tokens ?? 0)), false, at);
}

function takeTokenStatement(bucketKey: string, policy: BucketPolicy, at: number): Prisma.Sql {
  const available = availableTokens(policy, at);
  return Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "tokens", "refilledAtMs")
    VALUES (${bucketKey}, ${number(policy.capacity - 1)}, ${number(at)})
    ON CONFLICT ("key") DO UPDATE SET
      "tokens" = ${available} - 1,
      "refilledAtMs" = CASE WHEN "RateLimitBucket"."refilledAtMs" > ${number(at)} THEN "RateLimitBucket"."refilledAtMs" ELSE ${number(at)} END
    WHERE ${available} >= 1
    RETURNING "tokens"`;
}

/** The bucket's tokens refilled up to `at`, capped at capacity; a refill time ahead of `at` (another instance's clock) adds nothing. */
function availableTokens(policy: BucketPolicy, at: number): Prisma.Sql {
  const elapsedMs = Prisma.sql`(CASE WHEN ${number(at)} > "RateLimitBucket"."refilledAtMs" THEN ${number(at)} - "RateLimitBucket"."refilledAtMs" ELSE 0 END)`;
  const refilled = Prisma.sql`("RateLimitBucket"."tokens" + ${elapsedMs} * ${number(policy.refillPerSecond / 1000)})`;
  return Prisma.sql`(CASE WHEN ${refilled} > ${number(policy.capacity)} THEN ${number(policy.capacity)} ELSE ${refilled} END)`;
}

/** A parameter both databases read as a double (PostgreSQL cannot always infer a bare parameter's type). */
function number(value: number): Prisma.Sql {
  return Prisma.sql`CAST(${value} AS DOUBLE PRECISION)`;
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
