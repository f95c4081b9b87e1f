// An event's `data` (docs/api.md §8.1): which object it is about (`aggregateType`, `aggregateId`),
// the object itself, on updates the previous values and, on invoice.sent, the recipient (`to`). Events stored before the aggregate fields
// existed get them from the catalogue and the object's id when read.
import { findEventKind } from "./event-catalogue-schemas";
import type { EventDataResource } from "./event-schemas";

/** What some kinds carry in `data` besides the object (docs/api.md §8.2). */
export type EventDataExtras = { to?: string };

export function eventData(type: string, object: unknown, previousAttributes?: Record<string, unknown>, extras: EventDataExtras = {}): EventDataResource {
  const data: EventDataResource = { aggregateType: findEventKind(type)?.aggregateType ?? type.split(".")[0] ?? type, aggregateId: objectId(object), object };
  if (previousAttributes !== undefined) data.previousAttributes = previousAttributes;
  if (extras.to !== undefined) data.to = extras.to;
  return data;
}

/** A stored `data` column read back, completed with the aggregate fields when it predates them. */
export function storedEventData(type: string, stored: string): EventDataResource {
  const parsed = JSON.parse(stored) as Partial<EventDataResource>;
  const data = eventData(type, parsed.object, parsed.previousAttributes, typeof parsed.to === "string" ? { to: parsed.to } : {});
  if (typeof parsed.aggregateType === "string") data.aggregateType = parsed.aggregateType;
  if (typeof parsed.aggregateId === "string") data.aggregateId = parsed.aggregateId;
  return data;
}

function objectId(object: unknown): string | null {
  if (typeof object !== "object" || object === null || !("id" in object)) return null;
  return typeof object.id === "string" ? object.id : null;
}
