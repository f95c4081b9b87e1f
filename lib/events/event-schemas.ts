// Schemas of the events API (docs/api.md §8, §10): the event catalogue, the list query, the event object.
import { z } from "zod";
import { listQueryWith } from "../api/list-query-schemas";
import { AccountId, Time } from "../api/resource-field-schemas";
import { EVENT_NAMES, EVENT_NAMINGS } from "./event-catalogue-schemas";

// The catalogue (both namings of each kind) is lib/events/event-catalogue-schemas.ts (docs/api.md §8.2, §8.3).
export { EVENT_TYPES, type EventType } from "./event-catalogue-schemas";

const Timestamp = z.iso.datetime({ offset: true });

export const ListEventsQuery = listQueryWith({
  type: z.enum(EVENT_NAMES).optional().describe("Only events of this type, by either of its names; a versioned name lists versioned names."),
  naming: z.enum(EVENT_NAMINGS).optional().describe('"versioned" lists the SDKs\' versioned names; the default is the seed names.'),
  occurredAfter: Timestamp.optional().describe("Only events that occurred strictly after this ISO 8601 time."),
  occurredBefore: Timestamp.optional().describe("Only events that occurred strictly before this ISO 8601 time."),
}).refine((query) => !query.occurredAfter || !query.occurredBefore || Date.parse(query.occurredAfter) < Date.parse(query.occurredBefore), {
  message: "occurredBefore must be later than occurredAfter",
  path: ["occurredBefore"],
});

export const EventDataResource = z
  .object({
    aggregateType: z.string().describe('The kind of object the event is about: "customer", "subscription", "invoice", …'),
    aggregateId: z.string().nullable().describe("The id of that object, or null when it has none."),
    object: z.unknown().describe("The object the event is about, in its API shape after the change."),
    previousAttributes: z.record(z.string(), z.unknown()).optional().describe("On updates: the changed fields' values before the change."),
    to: z.string().optional().describe("On invoice.sent only: the address the invoice was emailed to."),
  })
  .strict();

export type EventDataResource = z.input<typeof EventDataResource>;

/** The event object; lib/events/event-resource.ts maps a stored event to it. */
export const EventResource = z
  .object({
    id: z.string().describe("evt_<ULID>, the event's identifier."),
    type: z.enum(EVENT_NAMES).describe("What happened, in the requested naming (docs/api.md §8.3)."),
    accountId: AccountId,
    mode: z.string().describe('"test" or "live": the mode of the key that caused it.'),
    occurredAt: Time.describe("When it happened."),
    createdAt: Time.describe("When the event was recorded (in the same transaction as the change)."),
    publishedAt: Time.nullable().describe("When it was handed to webhook delivery (the same transaction), or null."),
    metadata: z.record(z.string(), z.string()).nullable().describe("Always null: events carry no metadata of their own."),
    data: EventDataResource,
  })
  .strict();

export type EventResource = z.input<typeof EventResource>;

/** One kind of the catalogue as GET /events/types lists it (docs/api.md §8.2, §8.3). */
export const EventKindResource = z
  .object({
    type: z.string().describe("The seed page's name, e.g. subscription.cancelled: what GET /events lists by default."),
    versionedType: z.string().describe("The official SDKs' name, e.g. plugipay.subscription.canceled.v1."),
    aggregateType: z.string().describe("The kind of object its data.object is."),
    description: z.string().describe("When it is appended."),
  })
  .strict();
