// Events (docs/api.md §8, §10): the workspace's event log in this mode, newest first by default, in
// the seed or the versioned naming (§8.3), and the catalogue of kinds with both names.
import { defineEndpoint } from "../endpoint";
import { EVENT_CATALOGUE, findEventKind, isVersionedEventName } from "../../events/event-catalogue-schemas";
import { EventKindResource, EventResource, ListEventsQuery } from "../../events/event-schemas";
import { findEvent } from "../../events/find-event";
import { listEvents } from "../../events/list-events";
import { toEventResource } from "../../events/event-resource";

const SCOPE = "plugipay:events:read";

export const eventsEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/events",
    scope: SCOPE,
    rateClass: "read",
    query: ListEventsQuery,
    success: { status: 200, list: EventResource },
    summary: "List events",
    async handle({ tenant, query }) {
      const { limit, cursor, order, type, naming, occurredAfter, occurredBefore } = query;
      const filters = { type: type && findEventKind(type)?.type, occurredAfter: toDate(occurredAfter), occurredBefore: toDate(occurredBefore) };
      const page = await listEvents(tenant, filters, { limit, cursor, order });
      const listed = naming ?? (type !== undefined && isVersionedEventName(type) ? "versioned" : "seed");
      return { list: { ...page, items: page.items.map((event) => toEventResource(event, listed)) } };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/events/types",
    scope: SCOPE,
    rateClass: "read",
    success: { status: 200, list: EventKindResource },
    summary: "List the event types, each with its seed and versioned name (not paginated)",
    async handle() {
      return { list: { items: EVENT_CATALOGUE.map((entry) => ({ ...entry })), cursor: null, hasMore: false } };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/events/:id",
    scope: SCOPE,
    rateClass: "read",
    success: { status: 200, data: EventResource },
    summary: "Retrieve an event",
    async handle({ tenant, params }) {
      return { data: toEventResource(await findEvent(tenant, params.id)) };
    },
  }),
];

function toDate(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(value);
}
