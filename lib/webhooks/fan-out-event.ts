// The outbox's fan-out: inside the transaction that appends an event, one pending delivery per
// endpoint of the same workspace and mode that is active, enabled and subscribed to the event's
// type. Two queries at most (one findMany, one createMany), whatever the number of endpoints. Each
// delivery names the event in its endpoint's naming (docs/api.md §8.3).
import type { DatabaseClient } from "../db";
import { eventNameIn, type EventNaming } from "../events/event-catalogue-schemas";
import { toEventResource } from "../events/event-resource";
import { toEventNaming } from "./endpoint-event-naming";
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
  createdAt: Date;
  /** The event's stored `data` column: the JSON of `{ aggregateType, aggregateId, object, previousAttributes? }`. */
  data: string;
};

/** Creates the event's deliveries; returns how many. */
export async function fanOutEvent(db: DatabaseClient, event: AppendedEvent): Promise<number> {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { workspaceId: event.workspaceId, mode: event.mode, active: true, status: "enabled" },
    select: { id: true, events: true, eventNaming: true },
  });
  const matching = endpoints.filter((endpoint) => matchesEvent(subscribedTypes(endpoint.events), event.type));
  if (matching.length === 0) return 0;
  const bodies = { seed: webhookBody(event, "seed"), versioned: webhookBody(event, "versioned") };
  const due = new Date(nowMs());
  const createdAt = new Date(orderedCreationMs(due.getTime()));
  await db.webhookDelivery.createMany({
    data: matching.map((endpoint) => ({
      id: newId("webhookDelivery"),
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: eventNameIn(toEventNaming(endpoint.eventNaming), event.type),
      status: "pending",
      body: bodies[toEventNaming(endpoint.eventNaming)],
      nextAttemptAt: due,
      createdAt,
      updatedAt: createdAt,
    })),
  });
  return matching.length;
}

/** The exact JSON posted on every attempt (docs/api.md §8.4): the event object as `GET /events/{id}` shows it, in `naming`. */
export function webhookBody(event: AppendedEvent, naming: EventNaming): string {
  return JSON.stringify(toEventResource(event, naming));
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
