// Record step of the delivery worker (docs/api.md §8), inside the attempt's transaction: settle the
// delivery or schedule its retry, append the attempt, and keep the endpoint's failure streak —
// disabling the endpoint (webhook_endpoint.disabled) or marking it errored when it must stop.
import "server-only";
import type { DatabaseClient } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { log } from "../log";
import { appendEvent } from "../events/append-event";
import type { Mode } from "../tenancy";
import { nextRetryAt } from "./backoff";
import type { AttemptOutcome } from "./deliver-request";
import { DISABLED_REASON, type DeliveryCandidate, type DeliverySettings } from "./delivery-settings";
import { toWebhookEndpointResource } from "./webhook-endpoint-resource";

/** The delivery's lease passed to another worker before this attempt was recorded. */
export class LeaseLostError extends Error {
  constructor(deliveryId: string) {
    super(`The lease on ${deliveryId} was taken over before its attempt was recorded`);
  }
}

type Attempt = { outcome: AttemptOutcome; attemptNumber: number; durationMs: number; settings: DeliverySettings };

/** Records one attempt of a delivery this worker holds the lease on; throws LeaseLostError when it no longer does. */
export async function recordDeliveryAttempt(tx: DatabaseClient, delivery: DeliveryCandidate, attempt: Attempt): Promise<void> {
  const { outcome, attemptNumber, durationMs, settings } = attempt;
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
  if (outcome.ok) await recordSuccess(tx, delivery.endpoint.id, attemptedAt);
  else await recordFailure(tx, delivery.endpoint.id, attemptedAt, { finalFailure: settled === "failed", settings });
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
async function recordFailure(tx: DatabaseClient, endpointId: string, at: Date, input: { finalFailure: boolean; settings: DeliverySettings }): Promise<void> {
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
