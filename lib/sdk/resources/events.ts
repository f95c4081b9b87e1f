import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListFilters, ListParams, RequestOptions, ResponseOf } from "../types";
import type { EventDataResource, EventResource, ListEventsQuery } from "../../events/event-schemas";

/** The catalogue's types; types added to it later stay assignable. */
export type EventType = ResponseOf<typeof EventResource>["type"] | (string & {});

export type PlugipayEvent<T = unknown> = Omit<ResponseOf<typeof EventResource>, "type" | "data"> & {
  type: EventType;
  data: Omit<ResponseOf<typeof EventDataResource>, "object"> & { object: T };
};

export type ListEventsParams = ListParams &
  Omit<ListFilters<typeof ListEventsQuery>, "type"> & {
    type?: EventType;
  };

export function eventsResource(api: Requester) {
  const list = (params: ListEventsParams = {}, options?: RequestOptions) => api.list<PlugipayEvent>({ method: "GET", path: "/events", query: params, options });
  return {
    get: (id: string, options?: RequestOptions) => api.data<PlugipayEvent>({ method: "GET", path: `/events/${segment(id)}`, options }),
    list,
    listAll: (params: ListEventsParams = {}, options?: RequestOptions) => paginate((page: ListEventsParams) => list(page, options), params),
  };
}

export type EventsResource = ReturnType<typeof eventsResource>;
