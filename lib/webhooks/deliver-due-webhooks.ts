// The delivery worker's step (contract §8): claim due webhook deliveries with a lease, POST each
// signed body, record the attempt, and schedule a retry, settle the delivery, or take the endpoint
// out of service, in one transaction per attempt.
//
// Claiming is portable to SQLite and PostgreSQL: candidates are selected, then each is claimed with
// a conditional updateMany that only one worker can win. A worker that dies mid-delivery leaves a
// lease that expires; another worker then takes the delivery over (at least once, never lost).
import { prisma, type DatabaseClient } from "../db";
import { now, nowEpochSeconds, nowMs } from "../clock";
import { newId } from "../ids";
import { log } from "../log";
import { describeError } from "./deliver-log";
import { appendEvent } from "../events/append-event";
import type { Mode } from "../tenancy";
import type { WebhookDelivery, WebhookEndpoint } from "../generated/prisma/client";
import { nextRetryAt, RETRY_WINDOW_MS } from "./backoff";
import { DELIVERY_TIMEOUT_MS, postWebhook, type AttemptOutcome } from "./deliver-request";
import { signingSecretsOf } from "./endpoint-secrets";
import { SIGNATURE_HEADER, signatureHeader } from "./sign-delivery";
import { toWebhookEndpointResource } from "./webhook-endpoint-resource";
import { webhookUrlProblem } from "./webhook-url";

export const LEASE_MS = 60_000;
export const DISABLE_AFTER_FAILURES = 20;
export const DISABLE_AFTER_MS = 24 * 60 * 60 * 1000;
export const DISABLED_REASON = "20 consecutive failed deliveries over 24 hours";
const DEFAULT_CONCURRENCY = 5;

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

type Settings = Required<Omit<DeliverOptions, "endpointIds" | "retryDelaysMs" | "random">> &
  Pick<DeliverOptions, "endpointIds" | "retryDelaysMs" | "random">;

type Candidate = WebhookDelivery & { endpoint: WebhookEndpoint };

class LeaseLostError extends Error {
  constructor(deliveryId: string) {
    super(`The lease on ${deliveryId} was taken over before its attempt was recorded`);
  }
}

export async function deliverDueWebhooks(options: DeliverOptions): Promise<{ attempted: number }> {
  const settings: Settings = {
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
  settings.leaseMs = Math.max(settings.leaseMs, settings.timeoutMs + 30_000);
  const due = await findDueDeliveries(settings);
  if (due.length === 0) return { attempted: 0 };
  const candidates = keepObjectOrder(due, await findOlderPending(due));

  let attempted = 0;
  let next = 0;
  const runner = async () => {
    while (next < candidates.length) {
      const candidate = candidates[next++]!;
      const claimed = await claimDelivery(candidate.id, settings.workerId, { leaseMs: settings.leaseMs, attempts: candidate.attempts });
      if (!claimed) continue;
      attempted++;
      try {
        await attemptDelivery(candidate, settings);
      } catch (error) {
        // The lease expires and another pass retries it; nothing is lost.
        log(error instanceof LeaseLostError ? "warn" : "error", "webhook delivery attempt not recorded", {
          deliveryId: candidate.id,
          endpointId: candidate.endpointId,
          workerId: settings.workerId,
          error: describeError(error),
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.concurrency, candidates.length)) }, runner));
  return { attempted };
}

/**
 * Claims one delivery for `workerId` until now + leaseMs, if it is still pending, due, unleased (or
 * its lease expired), its endpoint is active and enabled, and (when given) it has had `attempts`
 * attempts. True when this worker now owns it.
 */
export async function claimDelivery(
  deliveryId: string,
  workerId: string,
  options: { leaseMs?: number; attempts?: number } = {},
): Promise<boolean> {
  const current = now();
  const claimed = await prisma.webhookDelivery.updateMany({
    where: {
      id: deliveryId,
      status: "pending",
      nextAttemptAt: { lte: current },
      OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: current } }],
      endpoint: { active: true, status: "enabled" },
      ...(options.attempts === undefined ? {} : { attempts: options.attempts }),
    },
    data: { leaseOwner: workerId, leaseExpiresAt: new Date(current.getTime() + (options.leaseMs ?? LEASE_MS)) },
  });
  return claimed.count === 1;
}

/** Pending, due, claimable deliveries of active, enabled endpoints, oldest first. */
async function findDueDeliveries(settings: Settings): Promise<Candidate[]> {
  const current = now();
  return prisma.webhookDelivery.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: current },
      OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: current } }],
      endpoint: {
        active: true,
        status: "enabled",
        ...(settings.endpointIds ? { id: { in: [...settings.endpointIds] } } : {}),
      },
    },
    include: { endpoint: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: settings.limit,
  });
}

type PendingKey = { id: string; endpointId: string; createdAt: Date; body: string };

/** Every pending delivery (due or not, leased or not) to the candidates' endpoints, created no later than the newest candidate. */
async function findOlderPending(candidates: Candidate[]): Promise<PendingKey[]> {
  const newest = candidates.at(-1);
  if (!newest) return [];
  return prisma.webhookDelivery.findMany({
    where: {
      status: "pending",
      endpointId: { in: [...new Set(candidates.map((candidate) => candidate.endpointId))] },
      createdAt: { lte: newest.createdAt },
    },
    select: { id: true, endpointId: true, createdAt: true, body: true },
  });
}

/**
 * Keeps events about one object in order per endpoint: a candidate waits while an older delivery to
 * the same endpoint about the same object (data.object.id) is still pending, even one waiting for its
 * retry or in flight on another worker.
 */
function keepObjectOrder(candidates: Candidate[], pending: PendingKey[]): Candidate[] {
  const oldest = new Map<string, PendingKey>();
  for (const delivery of pending) {
    const key = orderingKey(delivery);
    if (key === null) continue;
    const current = oldest.get(key);
    if (!current || isOlder(delivery, current)) oldest.set(key, delivery);
  }
  return candidates.filter((candidate) => {
    const key = orderingKey(candidate);
    return key === null || (oldest.get(key)?.id ?? candidate.id) === candidate.id;
  });
}

function orderingKey(delivery: { endpointId: string; body: string }): string | null {
  try {
    const parsed = JSON.parse(delivery.body) as { data?: { object?: { id?: unknown } } };
    const objectId = parsed.data?.object?.id;
    return typeof objectId === "string" ? `${delivery.endpointId}\u0000${objectId}` : null;
  } catch {
    return null;
  }
}

function isOlder(a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }): boolean {
  const difference = a.createdAt.getTime() - b.createdAt.getTime();
  return difference < 0 || (difference === 0 && a.id < b.id);
}

async function attemptDelivery(delivery: Candidate, settings: Settings): Promise<void> {
  const { endpoint } = delivery;
  const attemptNumber = delivery.attempts + 1;
  const startedMs = nowMs();
  const outcome = await send(delivery, settings.timeoutMs);
  const durationMs = Math.max(0, Math.round(nowMs() - startedMs));

  await prisma.$transaction(async (tx) => {
    const attemptedAt = now();
    const retryAt = outcome.ok
      ? null
      : nextRetryAt(
          { failedAttempts: attemptNumber, createdAt: delivery.createdAt, at: attemptedAt },
          { retryDelaysMs: settings.retryDelaysMs, retryWindowMs: settings.retryWindowMs, random: settings.random },
        );
    const settled = outcome.ok ? "succeeded" : retryAt ? "pending" : "failed";
    const updated = await tx.webhookDelivery.updateMany({
      where: { id: delivery.id, status: "pending", leaseOwner: settings.workerId, attempts: delivery.attempts },
      data: {
        status: settled,
        attempts: attemptNumber,
        lastAttemptAt: attemptedAt,
        responseCode: outcome.responseCode,
        lastError: outcome.ok ? null : outcome.error,
        deliveredAt: outcome.ok ? attemptedAt : null,
        nextAttemptAt: retryAt,
        leaseOwner: null,
        leaseExpiresAt: null,
        updatedAt: attemptedAt,
      },
    });
    if (updated.count !== 1) throw new LeaseLostError(delivery.id);
    await tx.webhookAttempt.create({
      data: {
        id: newId("webhookAttempt"),
        deliveryId: delivery.id,
        attemptNumber,
        status: outcome.ok ? "succeeded" : "failed",
        responseCode: outcome.responseCode,
        durationMs,
        error: outcome.ok ? null : outcome.error,
        nextRetryAt: retryAt,
        attemptedAt,
      },
    });
    if (outcome.ok) await recordSuccess(tx, endpoint.id, attemptedAt);
    else await recordFailure(tx, endpoint.id, attemptedAt, { finalFailure: settled === "failed", settings });
  });

  const fields = { deliveryId: delivery.id, endpointId: endpoint.id, eventId: delivery.eventId, attempt: attemptNumber, durationMs };
  if (outcome.ok) log("info", "webhook delivered", { ...fields, responseCode: outcome.responseCode });
  else log("warn", "webhook delivery attempt failed", { ...fields, responseCode: outcome.responseCode, error: outcome.error });
}

async function send(delivery: Candidate, timeoutMs: number): Promise<AttemptOutcome> {
  const { endpoint } = delivery;
  // Live-mode URLs were checked when saved; check again, as the rules may have changed since.
  const problem = webhookUrlProblem(endpoint.url, endpoint.mode as Mode);
  if (problem) return { ok: false, responseCode: null, error: `endpoint URL not allowed: ${problem}` };
  let secrets: string[];
  try {
    secrets = signingSecretsOf(endpoint, now());
  } catch {
    return { ok: false, responseCode: null, error: "could not open the endpoint's signing secret" };
  }
  return postWebhook(
    endpoint.url,
    delivery.body,
    {
      [SIGNATURE_HEADER]: signatureHeader(delivery.body, secrets, nowEpochSeconds()),
      "X-Plugipay-Event-Id": delivery.eventId,
      "X-Plugipay-Delivery-Id": delivery.id,
    },
    timeoutMs,
  );
}

async function recordSuccess(tx: DatabaseClient, endpointId: string, at: Date): Promise<void> {
  await tx.webhookEndpoint.updateMany({
    where: { id: endpointId, OR: [{ consecutiveFailures: { not: 0 } }, { failingSince: { not: null } }] },
    data: { consecutiveFailures: 0, failingSince: null, updatedAt: at },
  });
}

/**
 * Counts the failure in the endpoint's streak; disables the endpoint (and appends
 * webhook_endpoint.disabled) once the streak is long enough in count and time, and marks it errored
 * when a delivery has failed for good.
 */
async function recordFailure(
  tx: DatabaseClient,
  endpointId: string,
  at: Date,
  input: { finalFailure: boolean; settings: Settings },
): Promise<void> {
  const { settings } = input;
  await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { consecutiveFailures: { increment: 1 }, updatedAt: at } });
  await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: at } });
  const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
  if (endpoint.status !== "enabled") return;

  const streakLongEnough =
    endpoint.consecutiveFailures >= settings.disableAfterFailures &&
    endpoint.failingSince !== null &&
    endpoint.failingSince.getTime() <= at.getTime() - settings.disableAfterMs;
  if (streakLongEnough) {
    const changes = { status: "disabled", disabledAt: at, disabledReason: DISABLED_REASON, updatedAt: at };
    const disabled = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, status: "enabled" }, data: changes });
    if (disabled.count === 1) {
      const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: endpoint.workspaceId }, select: { accountId: true } });
      const tenant = { workspaceId: endpoint.workspaceId, accountId: workspace.accountId, mode: endpoint.mode as Mode };
      await appendEvent(tx, tenant, "webhook_endpoint.disabled", toWebhookEndpointResource({ ...endpoint, ...changes }, workspace.accountId), {
        status: endpoint.status,
        disabledAt: null,
        disabledReason: null,
      });
      log("warn", "webhook endpoint disabled", { endpointId, consecutiveFailures: endpoint.consecutiveFailures });
    }
    return;
  }
  if (input.finalFailure) {
    await tx.webhookEndpoint.updateMany({ where: { id: endpointId, status: "enabled" }, data: { status: "errored", updatedAt: at } });
    log("warn", "webhook endpoint errored: a delivery failed for good", { endpointId });
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
