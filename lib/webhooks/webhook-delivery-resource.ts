// The API shape of a webhook delivery with its attempt log, oldest attempt first (Plugipay's
// WebhookDelivery). `nextRetryAt` is when a pending delivery is next due; null once it settled.
import type { WebhookAttempt, WebhookDelivery } from "../generated/prisma/client";
import type { AttemptStatus, DeliveryStatus, WebhookAttemptResource, WebhookDeliveryResource } from "./webhook-schemas";

export type DeliveryWithAttempts = WebhookDelivery & { attemptLog: WebhookAttempt[] };

/** Statuses are stored as plain strings of the schema's enums (docs/decisions/0009-response-schemas.md). */
export function toWebhookDeliveryResource(delivery: DeliveryWithAttempts): WebhookDeliveryResource {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    eventId: delivery.eventId,
    type: delivery.eventType,
    body: delivery.body,
    status: delivery.status as DeliveryStatus,
    attempts: delivery.attempts,
    nextRetryAt: delivery.status === "pending" ? (delivery.nextAttemptAt?.toISOString() ?? null) : null,
    lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    responseCode: delivery.responseCode,
    lastError: delivery.lastError,
    createdAt: delivery.createdAt.toISOString(),
    updatedAt: delivery.updatedAt.toISOString(),
    attemptLog: [...delivery.attemptLog]
      .sort((a, b) => a.attemptNumber - b.attemptNumber)
      .map((attempt): WebhookAttemptResource => ({
        attemptNumber: attempt.attemptNumber,
        status: attempt.status as AttemptStatus,
        responseCode: attempt.responseCode,
        durationMs: attempt.durationMs,
        error: attempt.error,
        nextRetryAt: attempt.nextRetryAt?.toISOString() ?? null,
        attemptedAt: attempt.attemptedAt.toISOString(),
      })),
  };
}

/** The include that loads the attempt log with the deliveries (one extra query per page, not per row). */
export const WITH_ATTEMPT_LOG = { attemptLog: { orderBy: { attemptNumber: "asc" as const } } };
