import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListFilters, ListParams, RequestOf, RequestOptions, ResponseOf } from "../types";
import type {
  CancelSubscriptionBody,
  CreateSubscriptionBody,
  ListSubscriptionsQuery,
  PauseSubscriptionBody,
  SubscriptionResource,
  UpdateSubscriptionBody,
} from "../../subscriptions/subscription-schemas";

export type Subscription = ResponseOf<typeof SubscriptionResource>;

export type SubscriptionStatus = Subscription["status"];

export type CancellationReason = NonNullable<Subscription["canceledReason"]>;

export type CreateSubscriptionParams = RequestOf<typeof CreateSubscriptionBody>;

export type UpdateSubscriptionParams = RequestOf<typeof UpdateSubscriptionBody>;

/** `at` defaults to `period_end` (sets `cancelAt`), as the official SDKs. */
export type CancelSubscriptionParams = RequestOf<typeof CancelSubscriptionBody>;

export type PauseSubscriptionParams = RequestOf<typeof PauseSubscriptionBody>;

export type CancelAt = NonNullable<CancelSubscriptionParams["at"]>;

export type ListSubscriptionsParams = ListParams & ListFilters<typeof ListSubscriptionsQuery>;

export function subscriptionsResource(api: Requester) {
  const path = (id: string, action = "") => `/subscriptions/${segment(id)}${action}`;
  const list = (params: ListSubscriptionsParams = {}, options?: RequestOptions) =>
    api.list<Subscription>({ method: "GET", path: "/subscriptions", query: params, options });
  return {
    create: (params: CreateSubscriptionParams, options?: RequestOptions) =>
      api.data<Subscription>({ method: "POST", path: "/subscriptions", body: params, options }),
    get: (id: string, options?: RequestOptions) => api.data<Subscription>({ method: "GET", path: path(id), options }),
    list,
    listAll: (params: ListSubscriptionsParams = {}, options?: RequestOptions) => paginate((page: ListSubscriptionsParams) => list(page, options), params),
    update: (id: string, params: UpdateSubscriptionParams, options?: RequestOptions) =>
      api.data<Subscription>({ method: "PATCH", path: path(id), body: params, options }),
    /** `cancel(id, { at, reason })`, or as the official SDK calls it: `cancel(id, "now" | "period_end", reason?)`. */
    cancel: (id: string, how: CancelSubscriptionParams | CancelAt = {}, reasonOrOptions?: CancellationReason | RequestOptions, options?: RequestOptions) => {
      const params = typeof how === "string" ? { at: how, reason: typeof reasonOrOptions === "string" ? reasonOrOptions : undefined } : how;
      return api.data<Subscription>({
        method: "POST",
        path: path(id, "/cancel"),
        body: { at: params.at ?? "period_end", ...(params.reason ? { reason: params.reason } : {}) },
        options: typeof reasonOrOptions === "object" ? reasonOrOptions : options,
      });
    },
    /** `pause(id, { resumeAt })`, or as the official SDK calls it: `pause(id, resumeAt?)`. */
    pause: (id: string, resume: PauseSubscriptionParams | string = {}, options?: RequestOptions) =>
      api.data<Subscription>({ method: "POST", path: path(id, "/pause"), body: typeof resume === "string" ? { resumeAt: resume } : resume, options }),
    /** Resumes a paused subscription, or undoes a scheduled cancellation. */
    resume: (id: string, options?: RequestOptions) => api.data<Subscription>({ method: "POST", path: path(id, "/resume"), body: {}, options }),
  };
}

export type SubscriptionsResource = ReturnType<typeof subscriptionsResource>;
