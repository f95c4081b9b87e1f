import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListParams, RequestOptions } from "../types";

export type EventType =
  | "customer.created"
  | "customer.updated"
  | "plan.created"
  | "plan.updated"
  | "plan.archived"
  | "subscription.created"
  | "subscription.updated"
  | "subscription.cancelled"
  | "payment_method.attached"
  | "payment_method.detached"
  | "invoice.created"
  | "invoice.finalized"
  | "invoice.paid"
  | "invoice.payment_failed"
  | "invoice.voided"
  // Types added to the catalogue later stay assignable.
  | (string & {});

export type PlugipayEvent<T = unknown> = {
  id: string;
  type: EventType;
  accountId: string;
  mode: string;
  occurredAt: string;
  data: { object: T; previousAttributes?: Record<string, unknown> };
};

export type ListEventsParams = ListParams & {
  type?: EventType;
  /** ISO 8601; only events strictly after it. */
  occurredAfter?: string;
  /** ISO 8601; only events strictly before it. */
  occurredBefore?: string;
};

export function eventsResource(api: Requester) {
  const list = (params: ListEventsParams = {}, options?: RequestOptions) =>
    api.list<PlugipayEvent>({ method: "GET", path: "/events", query: params, options });
  return {
    retrieve: (id: string, options?: RequestOptions) =>
      api.data<PlugipayEvent>({ method: "GET", path: `/events/${segment(id)}`, options }),
    list,
    listAll: (params: ListEventsParams = {}, options?: RequestOptions) =>
      paginate((page: ListEventsParams) => list(page, options), params),
  };
}

export type EventsResource = ReturnType<typeof eventsResource>;
