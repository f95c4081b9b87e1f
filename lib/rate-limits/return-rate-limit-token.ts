// Gives back a token taken by consumeRateLimitToken, for limits that count only failures: the
// attempt holds a token while it runs (so concurrent attempts cannot overshoot the limit), and an
// attempt that succeeds returns it. One conditional statement, never above the capacity.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import type { BucketPolicy } from "./consume-rate-limit-token";

export async function returnRateLimitToken(bucketKey: string, policy: BucketPolicy): Promise<void> {
  const capacity = Prisma.sql`CAST(${policy.capacity} AS DOUBLE PRECISION)`;
  await prisma.$executeRaw(Prisma.sql`
    UPDATE "RateLimitBucket"
    SET "tokens" = CASE WHEN "tokens" + 1 > ${capacity} THEN ${capacity} ELSE "tokens" + 1 END
    WHERE "key" = ${bucketKey}`);
}
