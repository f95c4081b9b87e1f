// Record step of the delivery worker (docs/api.md §8): settle the delivery or schedule its retry,
// append the attempt, and keep the endpoint's failure streak, in one transaction of plain statements
// (the worker's hottest path: Prisma's per-call query planning cost more than the statements,
// docs/decisions/0014-mint-performance.md). When the streak means the endpoint must stop, a second
// transaction disables it (webhook_endpoint.disabled) or marks it errored; should the worker stop in
// between, the next failure decides again.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { inDirectTransaction, type DirectTransaction } from "../database/direct-statements";
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

/** The endpoint's failure streak after this attempt counted in it. */
type Streak = { status: string; consecutiveFailures: number; failingSince: Date | null };

/** Records one attempt of a delivery this worker holds the lease on; throws LeaseLostError when it no longer does. */
export async function recordDeliveryAttempt(delivery: DeliveryCandidate, attempt: Attempt): Promise<void> {
  const { outcome, attemptNumber, durationMs, settings } = attempt;
  const at = now();
  const retryAt = outcome.ok
    ? null
    : nextRetryAt(
        { failedAttempts: attemptNumber, createdAt: delivery.createdAt, at },
        { retryDelaysMs: settings.retryDelaysMs, retryWindowMs: settings.retryWindowMs, random: settings.random },
      );
  const settled = outcome.ok ? "succeeded" : retryAt ? "pending" : "failed";
  const endpointId = delivery.endpoint.id;
  const streak = await inDirectTransaction(async (tx) => {
    const changed = await tx.executeStatement(Prisma.sql`
      UPDATE "WebhookDelivery"
      SET "status" = ${settled}, "attempts" = ${attemptNumber}, "lastAttemptAt" = ${at}, "responseCode" = ${outcome.responseCode},
          "lastError" = ${outcome.ok ? null : outcome.error}, "deliveredAt" = ${outcome.ok ? at : null}, "nextAttemptAt" = ${retryAt},
          "leaseOwner" = NULL, "leaseExpiresAt" = NULL, "updatedAt" = ${at}
      WHERE "id" = ${delivery.id} AND "status" = 'pending' AND "leaseOwner" = ${settings.workerId} AND "attempts" = ${delivery.attempts}`);
    if (changed !== 1) throw new LeaseLostError(delivery.id);
    await tx.executeStatement(Prisma.sql`
      INSERT INTO "WebhookAttempt" ("id", "deliveryId", "attemptNumber", "status", "responseCode", "durationMs", "error", "nextRetryAt", "attemptedAt")
      VALUES (${newId("webhookAttempt")}, ${delivery.id}, ${attemptNumber}, ${outcome.ok ? "succeeded" : "failed"}, ${outcome.responseCode},
              ${durationMs}, ${outcome.ok ? null : outcome.error}, ${retryAt}, ${at})`);
    return outcome.ok ? endStreak(tx, endpointId, at) : countFailure(tx, endpointId, at);
  });
  if (streak) await stopFailingEndpoint(endpointId, streak, at, { finalFailure: settled === "failed", settings });
}

async function endStreak(tx: DirectTransaction, endpointId: string, at: Date): Promise<null> {
  await tx.executeStatement(Prisma.sql`
    UPDATE "WebhookEndpoint" SET "consecutiveFailures" = 0, "failingSince" = NULL, "updatedAt" = ${at}
    WHERE "id" = ${endpointId} AND ("consecutiveFailures" <> 0 OR "failingSince" IS NOT NULL)`);
  return null;
}

async function countFailure(tx: DirectTransaction, endpointId: string, at: Date): Promise<Streak> {
  const [streak] = await tx.queryRows<{ status: string; consecutiveFailures: number | string; failingSince: Date | string | number | null }>(Prisma.sql`
    UPDATE "WebhookEndpoint"
    SET "consecutiveFailures" = "consecutiveFailures" + 1, "failingSince" = COALESCE("failingSince", ${at}), "updatedAt" = ${at}
    WHERE "id" = ${endpointId}
    RETURNING "status", "consecutiveFailures", "failingSince"`);
  if (!streak) throw new Error(`Webhook endpoint ${endpointId} is gone`);
  return {
    status: streak.status,
    consecutiveFailures: Number(streak.consecutiveFailures),
    failingSince: streak.failingSince === null ? null : new Date(streak.failingSince),
  };
}

/**
 * After a failure: disables the endpoint (and appends webhook_endpoint.disabled) once the streak is
 * long enough in count and time, and marks it errored when a delivery has failed for good.
 */
async function stopFailingEndpoint(endpointId: string, streak: Streak, at: Date, input: { finalFailure: boolean; settings: DeliverySettings }): Promise<void> {
  const { settings } = input;
  if (streak.status !== "enabled") return;
  const streakLongEnough =
    streak.consecutiveFailures >= settings.disableAfterFailures &&
    streak.failingSince !== null &&
    streak.failingSince.getTime() <= at.getTime() - settings.disableAfterMs;
  if (streakLongEnough) {
    const changes = { status: "disabled", disabledAt: at, disabledReason: DISABLED_REASON, updatedAt: at };
    await prisma.$transaction(async (tx) => {
      const disabled = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, status: "enabled" }, data: changes });
      if (disabled.count !== 1) return;
      const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
      const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: endpoint.workspaceId }, select: { accountId: true } });
      const tenant = { workspaceId: endpoint.workspaceId, accountId: workspace.accountId, mode: endpoint.mode as Mode };
      await appendEvent(tx, tenant, "webhook_endpoint.disabled", toWebhookEndpointResource(endpoint, workspace.accountId), {
        status: "enabled",
        disabledAt: null,
        disabledReason: null,
      });
      log("warn", "webhook endpoint disabled", { endpointId, consecutiveFailures: endpoint.consecutiveFailures });
    });
    return;
  }
  if (input.finalFailure) {
    await prisma.webhookEndpoint.updateMany({ where: { id: endpointId, status: "enabled" }, data: { status: "errored", updatedAt: at } });
    log("warn", "webhook endpoint errored: a delivery failed for good", { endpointId });
  }
}
