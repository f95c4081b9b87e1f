// The query of GET /webhooks/deliveries (docs/api.md §10.8): the delivery log across every endpoint
// of the workspace and mode, with the filters the official SDK's listDeliveries sends.
import { z } from "zod";
import { CreatedRangeFilters, listQueryWith } from "../api/list-query-schemas";
import { EVENT_NAMES } from "../events/event-catalogue-schemas";
import { DELIVERY_STATUSES } from "./webhook-schemas";

const Id = z.string().min(1).max(64);

export const ListDeliveryLogQuery = listQueryWith({
  endpointId: Id.optional().describe("Only deliveries to this whep_… endpoint."),
  eventId: Id.optional().describe("Only deliveries of this evt_… event."),
  status: z.enum(DELIVERY_STATUSES).optional().describe("Only deliveries in this status."),
  type: z.enum(EVENT_NAMES).optional().describe("Only deliveries of this event type, by either of its names."),
  ...CreatedRangeFilters,
});

export type DeliveryLogFilters = Omit<z.infer<typeof ListDeliveryLogQuery>, "limit" | "cursor" | "order">;
