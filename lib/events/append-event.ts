// Events are appended in the same transaction as the change they describe (an outbox), together
// with one pending webhook delivery per matching endpoint; the worker delivers them later
// (lib/webhooks/deliver-due-webhooks.ts).
import type { DatabaseClient } from "../db";
import { newId } from "../ids";
import { now } from "../clock";
import type { Tenant } from "../tenancy";
import { fanOutEvent } from "../webhooks/fan-out-event";
import { eventData, type EventDataExtras } from "./event-data";
import type { EventType } from "./event-schemas";

export { EVENT_TYPES } from "./event-schemas";

export async function appendEvent(
  db: DatabaseClient,
  tenant: Tenant,
  type: EventType,
  object: unknown,
  previousAttributes?: Record<string, unknown>,
  extras?: EventDataExtras,
): Promise<string> {
  const id = newId("event");
  const data = JSON.stringify(eventData(type, object, previousAttributes, extras));
  const occurredAt = now();
  await db.event.create({
    data: {
      id,
      workspaceId: tenant.workspaceId,
      accountId: tenant.accountId,
      mode: tenant.mode,
      type,
      occurredAt,
      createdAt: occurredAt,
      data,
    },
  });
  await fanOutEvent(db, { id, workspaceId: tenant.workspaceId, accountId: tenant.accountId, mode: tenant.mode, type, occurredAt, createdAt: occurredAt, data });
  return id;
}
