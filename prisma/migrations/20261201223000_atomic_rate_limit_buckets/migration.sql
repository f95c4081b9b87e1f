-- Rate-limit buckets are refilled and drawn from by one atomic statement (lib/rate-limits), which
-- needs the refill time as a number. Buckets hold at most a minute of state: recreate the table.
DROP TABLE "RateLimitBucket";

CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "tokens" REAL NOT NULL,
    "refilledAtMs" REAL NOT NULL
);
