// The outbox's fan-out: inside the transaction that appends an event, one pending delivery per
// endpoint of the same workspace and mode that is active, enabled and subscribed to the event's
// type. Two queries at most (one findMany, one createMany), whatever the number of endpoints.
import type { DatabaseClient } from "../db";
import { nowMs } from "../clock";
import { newId } from "../ids";
import { matchesEvent } from "./match-event";

export type AppendedEvent = {
  id: string;
  workspaceId: string;
  accountId: string;
  mode: string;
  type: string;
  occurredAt: Date;
  /** The event's stored `data` column: the JSON of `{ object, previousAttributes? }`. */
  data: string;
};

/** Creates the event's deliveries; returns how many. */
export async function fanOutEvent(db: DatabaseClient, event: AppendedEvent): Promise<number> {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { workspaceId: event.workspaceId, mode: event.mode, active: true, status: "enabled" },
    select: { id: true, events: true },
  });
  const matching = endpoints.filter((endpoint) => matchesEvent(subscribedTypes(endpoint.events), event.type));
  if (matching.length === 0) return 0;
  const body = webhookBody(event);
  const due = new Date(nowMs());
  const createdAt = new Date(orderedCreationMs(due.getTime()));
  await db.webhookDelivery.createMany({
    data: matching.map((endpoint) => ({
      id: newId("webhookDelivery"),
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: event.type,
      status: "pending",
      body,
      nextAttemptAt: due,
      createdAt,
      updatedAt: createdAt,
    })),
  });
  return matching.length;
}

/**
 * The exact JSON posted on every attempt (contract §8): `{ id, type, accountId, mode, occurredAt, data }`,
 * with `data` spliced in byte for byte from the stored event, so the body and `GET /events/{id}` agree.
 */
export function webhookBody(event: Pick<AppendedEvent, "id" | "type" | "accountId" | "mode" | "occurredAt" | "data">): string {
  const head = JSON.stringify({
    id: event.id,
    type: event.type,
    accountId: event.accountId,
    mode: event.mode,
    occurredAt: event.occurredAt.toISOString(),
  });
  return `${head.slice(0, -1)},"data":${event.data}}`;
}

/** An endpoint's stored `events` column; a corrupt value subscribes to nothing rather than failing the caller's transaction. */
function subscribedTypes(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((type): type is string => typeof type === "string") : [];
  } catch {
    return [];
  }
}

let lastCreationMs = 0;

/**
 * Deliveries are sent per endpoint and object in (createdAt, id) order, and ids made in the same
 * millisecond are not ordered, so two events for one object appended in the same millisecond by this
 * process get creation times one millisecond apart. A clock moved back (tests) is followed at once.
 */
function orderedCreationMs(current: number): number {
  const next = current <= lastCreationMs && lastCreationMs - current < 1000 ? lastCreationMs + 1 : current;
  lastCreationMs = next;
  return next;
}
