-- Rate-limit buckets are refilled and drawn from by one atomic statement (lib/rate-limits), which
-- needs the refill time as a number. Buckets hold at most a minute of state: recreate the table.
DROP TABLE "RateLimitBucket";

CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "refilledAtMs" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);
