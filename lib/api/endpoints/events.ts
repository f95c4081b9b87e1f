// Events (contract §8, §10): the workspace's event log in this mode, newest first by default.
import { z } from "zod";
import { defineEndpoint, endpointList } from "../endpoint";
import { listQueryWith } from "../list-query";
import { EVENT_TYPES } from "../../events/append-event";
import { findEvent } from "../../events/find-event";
import { listEvents } from "../../events/list-events";
import { toEventResource } from "../../events/event-resource";

const SCOPE = "plugipay:events:read";

const Timestamp = z.iso.datetime({ offset: true });

const ListEventsQuery = listQueryWith({
  type: z.enum(EVENT_TYPES).optional().describe("Only events of this type."),
  occurredAfter: Timestamp.optional().describe("Only events that occurred strictly after this ISO 8601 time."),
  occurredBefore: Timestamp.optional().describe("Only events that occurred strictly before this ISO 8601 time."),
}).refine((query) => !query.occurredAfter || !query.occurredBefore || Date.parse(query.occurredAfter) < Date.parse(query.occurredBefore), {
  message: "occurredBefore must be later than occurredAfter",
  path: ["occurredBefore"],
});

export const eventsEndpoints = endpointList(
  defineEndpoint<undefined, z.infer<typeof ListEventsQuery>>({
    method: "GET",
    path: "/events",
    scope: SCOPE,
    rateClass: "read",
    query: ListEventsQuery,
    summary: "List events",
    async handle({ tenant, query }) {
      const { limit, cursor, order, type, occurredAfter, occurredBefore } = query;
      const filters = { type, occurredAfter: toDate(occurredAfter), occurredBefore: toDate(occurredBefore) };
      const page = await listEvents(tenant, filters, { limit, cursor, order });
      return { status: 200, list: { ...page, items: page.items.map(toEventResource) } };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/events/:id",
    scope: SCOPE,
    rateClass: "read",
    summary: "Retrieve an event",
    async handle({ tenant, params }) {
      return { status: 200, data: toEventResource(await findEvent(tenant, params.id ?? "")) };
    },
  }),
);

function toDate(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(value);
}
