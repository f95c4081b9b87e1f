// An event as the API shows it (docs/api.md §8): the stored JSON payload parsed back into `data`,
// its type in the requested naming (§8.3).
import type { Event } from "../generated/prisma/client";
import { eventNameIn, type EventNaming } from "./event-catalogue-schemas";
import { storedEventData } from "./event-data";
import type { EventResource } from "./event-schemas";

export type { EventResource } from "./event-schemas";

/** Events are recorded and handed to the webhook outbox in one transaction, so both times are the row's. */
export function toEventResource(
  event: Pick<Event, "id" | "type" | "accountId" | "mode" | "occurredAt" | "createdAt" | "data">,
  naming: EventNaming = "seed",
): EventResource {
  return {
    id: event.id,
    type: eventNameIn(naming, event.type),
    accountId: event.accountId,
    mode: event.mode,
    occurredAt: event.occurredAt.toISOString(),
    createdAt: event.createdAt.toISOString(),
    publishedAt: event.createdAt.toISOString(),
    metadata: null,
    data: storedEventData(event.type, event.data),
  };
}
