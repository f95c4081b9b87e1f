import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListParams, Metadata, RequestOptions } from "../types";

export type SubscriptionStatus = "trialing" | "active" | "past_due" | "paused" | "canceled" | "incomplete";
export type CancellationReason = "customer_portal" | "merchant" | "failed_payment" | "user_request";

export type Subscription = {
  id: string;
  arn: string;
  accountId: string;
  customerId: string;
  planId: string;
  priceId: string | null;
  status: SubscriptionStatus;
  collectionMethod: "charge_automatically" | "send_invoice";
  currentPeriodStart: string;
  currentPeriodEnd: string;
  trialEnd: string | null;
  cancelAt: string | null;
  canceledAt: string | null;
  canceledReason: CancellationReason | null;
  pausedAt: string | null;
  defaultPaymentTokenId: string | null;
  metadata: Metadata | null;
  createdAt: string;
  updatedAt: string;
};

export type CreateSubscriptionParams = {
  customerId: string;
  planId: string;
  priceId: string;
  trialDays?: number;
  paymentTokenId?: string;
  collectionMethod?: "charge_automatically" | "send_invoice";
  metadata?: Metadata;
};

export type UpdateSubscriptionParams = {
  /** Moves the subscription to another price. */
  priceId?: string;
  defaultPaymentTokenId?: string | null;
  metadata?: Metadata | null;
};

export type CancelSubscriptionParams = {
  /** Default `period_end` (sets `cancelAt`), as the official SDKs. */
  at?: "now" | "period_end";
  reason?: CancellationReason;
};

export type PauseSubscriptionParams = { resumeAt?: string };

export type ListSubscriptionsParams = ListParams & { customerId?: string; planId?: string; status?: SubscriptionStatus };

export function subscriptionsResource(api: Requester) {
  const path = (id: string, action = "") => `/subscriptions/${segment(id)}${action}`;
  const list = (params: ListSubscriptionsParams = {}, options?: RequestOptions) =>
    api.list<Subscription>({ method: "GET", path: "/subscriptions", query: params, options });
  return {
    create: (params: CreateSubscriptionParams, options?: RequestOptions) =>
      api.data<Subscription>({ method: "POST", path: "/subscriptions", body: params, options }),
    retrieve: (id: string, options?: RequestOptions) => api.data<Subscription>({ method: "GET", path: path(id), options }),
    list,
    listAll: (params: ListSubscriptionsParams = {}, options?: RequestOptions) =>
      paginate((page: ListSubscriptionsParams) => list(page, options), params),
    update: (id: string, params: UpdateSubscriptionParams, options?: RequestOptions) =>
      api.data<Subscription>({ method: "PATCH", path: path(id), body: params, options }),
    cancel: (id: string, params: CancelSubscriptionParams = {}, options?: RequestOptions) =>
      api.data<Subscription>({
        method: "POST",
        path: path(id, "/cancel"),
        body: { at: params.at ?? "period_end", ...(params.reason ? { reason: params.reason } : {}) },
        options,
      }),
    pause: (id: string, params: PauseSubscriptionParams = {}, options?: RequestOptions) =>
      api.data<Subscription>({ method: "POST", path: path(id, "/pause"), body: params, options }),
    /** Resumes a paused subscription, or undoes a scheduled cancellation. */
    resume: (id: string, options?: RequestOptions) =>
      api.data<Subscription>({ method: "POST", path: path(id, "/resume"), body: {}, options }),
  };
}

export type SubscriptionsResource = ReturnType<typeof subscriptionsResource>;
