// The knobs of the delivery worker's step (docs/api.md §8), with their defaults, and the rows it works
// on: lib/webhooks/deliver-due-webhooks.ts.
import type { WebhookDelivery, WebhookEndpoint } from "../generated/prisma/client";
import { RETRY_WINDOW_MS } from "./backoff";
import { DELIVERY_TIMEOUT_MS } from "./deliver-request";

export const LEASE_MS = 60_000;
export const DISABLE_AFTER_FAILURES = 20;
export const DISABLE_AFTER_MS = 24 * 60 * 60 * 1000;
export const DISABLED_REASON = "20 consecutive failed deliveries over 24 hours";
const DEFAULT_CONCURRENCY = 5;
/** How much longer than the request timeout a lease lasts at least. */
const LEASE_MARGIN_MS = 30_000;

export type DeliverOptions = {
  workerId: string;
  /** At most this many deliveries are attempted in one call; default 20. */
  limit?: number;
  /** How long a claim lasts; default 60 s (well over the request timeout). */
  leaseMs?: number;
  /** A 2xx must arrive within this; default 10 s. */
  timeoutMs?: number;
  /** Base retry delays (see backoff.ts); default 30 s, 2 min, 8 min, 30 min, 2 h, 6 h, 12 h. */
  retryDelaysMs?: readonly number[];
  /** Retries stop this long after a delivery was created; default 72 h. */
  retryWindowMs?: number;
  /** An endpoint is disabled after this many failed attempts in a row … (default 20) */
  disableAfterFailures?: number;
  /** … spanning at least this long (default 24 h). */
  disableAfterMs?: number;
  /** Attempts in flight at once, never two for the same endpoint and object; default 5. */
  concurrency?: number;
  /** Only these endpoints' deliveries (tests; a support tool). */
  endpointIds?: readonly string[];
  /** Jitter source, as Math.random. */
  random?: () => number;
};

export type DeliverySettings = Required<Omit<DeliverOptions, "endpointIds" | "retryDelaysMs" | "random">> &
  Pick<DeliverOptions, "endpointIds" | "retryDelaysMs" | "random">;

/** A delivery the worker may attempt, with its endpoint. */
export type DeliveryCandidate = WebhookDelivery & { endpoint: WebhookEndpoint };

/** The options with every default filled in. */
export function resolveDeliverySettings(options: DeliverOptions): DeliverySettings {
  const settings: DeliverySettings = {
    limit: 20,
    leaseMs: LEASE_MS,
    timeoutMs: DELIVERY_TIMEOUT_MS,
    retryWindowMs: RETRY_WINDOW_MS,
    disableAfterFailures: DISABLE_AFTER_FAILURES,
    disableAfterMs: DISABLE_AFTER_MS,
    concurrency: DEFAULT_CONCURRENCY,
    ...definedOnly(options),
    workerId: options.workerId,
  };
  // A lease must outlast the request it covers, or a second worker could post the same attempt.
  settings.leaseMs = Math.max(settings.leaseMs, settings.timeoutMs + LEASE_MARGIN_MS);
  return settings;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
