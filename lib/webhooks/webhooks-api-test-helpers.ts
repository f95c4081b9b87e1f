// Shared by the webhook API integration tests: create an endpoint through the API, and seed
// deliveries and attempts straight into the database (the delivery worker is not under test here).
import "server-only";
import { expect } from "vitest";
import { prisma } from "../db";
import { newId } from "../ids";
import { callApi } from "../testing/api-client";

type Key = { keyId: string; secret: string };

export type CreatedEndpoint = { id: string; secret: string; [field: string]: unknown };

export async function createEndpoint(key: Key, body: Record<string, unknown> = {}): Promise<CreatedEndpoint> {
  const result = await callApi({ key, path: "/v1/webhooks", body: { url: "https://hooks.example.com/plugipay", events: ["invoice.paid"], ...body } });
  expect(result.status, JSON.stringify(result.json.error)).toBe(201);
  return result.json.data as CreatedEndpoint;
}

export async function seedDelivery(
  endpointId: string,
  options: { status?: string; attempts?: number; nextAttemptAt?: Date | null; createdAt?: Date; leaseExpiresAt?: Date | null } = {},
) {
  const attempts = options.attempts ?? 0;
  const createdAt = options.createdAt ?? new Date();
  const eventId = newId("event");
  const delivery = await prisma.webhookDelivery.create({
    data: {
      id: newId("webhookDelivery"),
      endpointId,
      eventId,
      eventType: "invoice.paid",
      body: JSON.stringify({ id: eventId, type: "invoice.paid", data: { object: {} } }),
      status: options.status ?? "failed",
      attempts,
      nextAttemptAt: options.nextAttemptAt === undefined ? null : options.nextAttemptAt,
      leaseOwner: options.leaseExpiresAt ? "worker-1" : null,
      leaseExpiresAt: options.leaseExpiresAt ?? null,
      lastAttemptAt: attempts > 0 ? createdAt : null,
      responseCode: attempts > 0 ? 503 : null,
      lastError: attempts > 0 ? "HTTP 503" : null,
      createdAt,
    },
  });
  if (attempts > 0) {
    await prisma.webhookAttempt.createMany({
      data: Array.from({ length: attempts }, (_, index) => ({
        id: newId("webhookAttempt"),
        deliveryId: delivery.id,
        attemptNumber: attempts - index, // stored out of order on purpose
        status: "failed",
        responseCode: 503,
        durationMs: 120,
        error: "HTTP 503",
        nextRetryAt: attempts - index < attempts ? new Date(createdAt.getTime() + 60_000) : null,
        attemptedAt: new Date(createdAt.getTime() + (attempts - index) * 1000),
      })),
    });
  }
  return delivery;
}
