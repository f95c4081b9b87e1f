import { segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListFilters, ListParams, RequestOf, RequestOptions, ResponseOf } from "../types";
import type { ListDeliveryLogQuery } from "../../webhooks/delivery-log-schemas";
import type {
  CreateWebhookBody,
  UpdateWebhookBody,
  WebhookDeliveryResource,
  WebhookEndpointResource,
  WebhookEndpointWithSecretResource,
} from "../../webhooks/webhook-schemas";

export type WebhookEndpoint = ResponseOf<typeof WebhookEndpointResource>;

/** The create and rotateSecret answers: the only ones that carry the signing secret. */
export type WebhookEndpointWithSecret = ResponseOf<typeof WebhookEndpointWithSecretResource>;

export type WebhookDelivery = ResponseOf<typeof WebhookDeliveryResource>;

export type CreateWebhookEndpointParams = RequestOf<typeof CreateWebhookBody>;

/** Only the fields sent change; `active: true` re-enables a paused or disabled endpoint. */
export type UpdateWebhookEndpointParams = RequestOf<typeof UpdateWebhookBody>;

/** Filters of the delivery log across endpoints: `endpointId`, `eventId`, `status`, `type` (either naming), created range. */
export type ListWebhookDeliveriesParams = ListParams & ListFilters<typeof ListDeliveryLogQuery>;

/** Named as the official SDK's `webhookEndpoints` (docs/api.md §8, §10). */
export function webhookEndpointsResource(api: Requester) {
  const path = (id: string, rest = "") => `/webhooks/${segment(id)}${rest}`;
  return {
    /** Every endpoint of the key's mode (the API does not paginate them). */
    list: (options?: RequestOptions) => api.data<WebhookEndpoint[]>({ method: "GET", path: "/webhooks", options }),
    create: (params: CreateWebhookEndpointParams, options?: RequestOptions) =>
      api.data<WebhookEndpointWithSecret>({ method: "POST", path: "/webhooks", body: params, options }),
    get: (id: string, options?: RequestOptions) => api.data<WebhookEndpoint>({ method: "GET", path: path(id), options }),
    update: (id: string, params: UpdateWebhookEndpointParams, options?: RequestOptions) =>
      api.data<WebhookEndpoint>({ method: "PATCH", path: path(id), body: params, options }),
    /** Deletes the endpoint with its deliveries; answers the deleted endpoint. */
    delete: (id: string, options?: RequestOptions) => api.data<WebhookEndpoint>({ method: "DELETE", path: path(id), options }),
    /** A new signing secret, shown once; the old one keeps verifying for 24 hours. */
    rotateSecret: (id: string, options?: RequestOptions) =>
      api.data<WebhookEndpointWithSecret>({ method: "POST", path: path(id, "/rotate-secret"), body: {}, options }),
    /** One delivery with every attempt (GET /webhooks/deliveries/{id}). */
    getDelivery: (id: string, options?: RequestOptions) => api.data<WebhookDelivery>({ method: "GET", path: `/webhooks/deliveries/${segment(id)}`, options }),
    /** Queues a failed (or succeeded) delivery for one more attempt now; 409 already_queued while it is, endpoint_disabled while its endpoint is off. */
    retryDelivery: (id: string, options?: RequestOptions) =>
      api.data<WebhookDelivery>({ method: "POST", path: `/webhooks/deliveries/${segment(id)}/retry`, body: {}, options }),
    /** The delivery log across endpoints (or one, with `endpointId`), newest first, each delivery with every attempt. */
    listDeliveries: (params: ListWebhookDeliveriesParams = {}, options?: RequestOptions) =>
      api.list<WebhookDelivery>({ method: "GET", path: "/webhooks/deliveries", query: params, options }),
  };
}

export type WebhookEndpointsResource = ReturnType<typeof webhookEndpointsResource>;
