// Events are appended in the same transaction as the change they describe (an outbox): a worker
// delivers them to webhook endpoints later.
import type { DatabaseClient } from "../db";
import { newId } from "../ids";
import { now } from "../clock";
import type { Tenant } from "../tenancy";

export const EVENT_TYPES = [
  "subscription.cancelled",
  "subscription.updated",
  "payment_method.attached",
  "payment_method.detached",
  "invoice.paid",
  "invoice.payment_failed",
  "invoice.created",
  "customer.updated",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export async function appendEvent(
  db: DatabaseClient,
  tenant: Tenant,
  type: EventType,
  object: unknown,
  previousAttributes?: Record<string, unknown>,
): Promise<string> {
  const id = newId("event");
  const data = previousAttributes ? { object, previousAttributes } : { object };
  await db.event.create({
    data: {
      id,
      workspaceId: tenant.workspaceId,
      accountId: tenant.accountId,
      mode: tenant.mode,
      type,
      occurredAt: now(),
      data: JSON.stringify(data),
    },
  });
  return id;
}
