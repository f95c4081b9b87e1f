// An event as the API shows it (contract §8): the stored JSON payload parsed back into `data`.
import type { Event } from "../generated/prisma/client";

export type EventData = { object: unknown; previousAttributes?: Record<string, unknown> };

export type EventResource = ReturnType<typeof toEventResource>;

export function toEventResource(event: Event) {
  const stored = JSON.parse(event.data) as EventData;
  const data: EventData = { object: stored.object };
  if (stored.previousAttributes !== undefined) data.previousAttributes = stored.previousAttributes;
  return {
    id: event.id,
    type: event.type,
    accountId: event.accountId,
    mode: event.mode,
    occurredAt: event.occurredAt.toISOString(),
    data,
  };
}
