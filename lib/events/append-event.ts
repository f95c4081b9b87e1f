// Events are appended in the same transaction as the change they describe (an outbox), together
// with one pending webhook delivery per matching endpoint; the worker delivers them later
// (lib/webhooks/deliver-due-webhooks.ts).
import type { DatabaseClient } from "../db";
import { newId } from "../ids";
import { now } from "../clock";
import type { Tenant } from "../tenancy";
import { fanOutEvent } from "../webhooks/fan-out-event";

// The seed page's names are canonical (subscription.cancelled, payment_method.attached, invoice.paid);
// the rest follow Plugipay's catalogue in the same <resource>.<action> form.
export const EVENT_TYPES = [
  "customer.created",
  "customer.updated",
  "plan.created",
  "plan.updated",
  "plan.archived",
  "subscription.created",
  "subscription.updated",
  "subscription.cancelled",
  "payment_method.attached",
  "payment_method.detached",
  "invoice.created",
  "invoice.finalized",
  "invoice.paid",
  "invoice.payment_failed",
  "invoice.voided",
  "webhook_endpoint.disabled",
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
  const data = JSON.stringify(previousAttributes ? { object, previousAttributes } : { object });
  const occurredAt = now();
  await db.event.create({
    data: {
      id,
      workspaceId: tenant.workspaceId,
      accountId: tenant.accountId,
      mode: tenant.mode,
      type,
      occurredAt,
      data,
    },
  });
  await fanOutEvent(db, { id, workspaceId: tenant.workspaceId, accountId: tenant.accountId, mode: tenant.mode, type, occurredAt, data });
  return id;
}
