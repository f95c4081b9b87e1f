// Rate-limit classes (docs/api.md §4): token buckets per workspace, mode and class.
import "server-only";
import { env } from "../env";
import { AppError } from "../errors";
import { consumeRateLimitToken, type RateLimitDecision } from "../rate-limits/consume-rate-limit-token";

export type RateLimitClass = "read" | "mutating_light" | "mutating" | "heavy";

const CLASS_POLICIES: Record<RateLimitClass, { perWindow: number; windowSeconds: number }> = {
  read: { perWindow: 100, windowSeconds: 1 },
  mutating_light: { perWindow: 20, windowSeconds: 1 },
  mutating: { perWindow: 20, windowSeconds: 1 },
  heavy: { perWindow: 5, windowSeconds: 60 },
};

export async function consumeRateLimit(bucket: { workspaceId: string; mode: string }, rateClass: RateLimitClass): Promise<RateLimitDecision> {
  const policy = CLASS_POLICIES[rateClass];
  const capacity = Math.max(1, Math.floor(policy.perWindow * env().rateLimitMultiplier));
  return consumeRateLimitToken(`${bucket.workspaceId}:${bucket.mode}:${rateClass}`, {
    capacity,
    refillPerSecond: capacity / policy.windowSeconds,
  });
}

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(decision.remaining),
    "X-RateLimit-Reset": String(decision.resetAt),
  };
  if (!decision.allowed) headers["Retry-After"] = String(decision.retryAfterSeconds);
  return headers;
}

export function rateLimitedError(): AppError {
  return new AppError("rate_limited", "Too many requests; retry after the number of seconds in Retry-After");
}
