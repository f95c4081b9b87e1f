import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListParams, Metadata, RequestOptions } from "../types";

export type PortalFeatures = {
  selfServeCancel: boolean;
  selfServePause: boolean;
  selfServeUpgrade: boolean;
  selfServeDowngrade: boolean;
  updatePaymentMethod: boolean;
};

export type Price = {
  id: string;
  planId: string;
  currency: string;
  model: string;
  unitAmount: number | null;
  tiers: unknown[] | null;
  taxMode: string;
  active: boolean;
  createdAt: string;
};

export type Plan = {
  id: string;
  arn: string;
  accountId: string;
  name: string;
  description: string | null;
  interval: string;
  intervalCount: number;
  trialDays: number;
  prices: Price[];
  usageAggregate: string | null;
  meteredUnit: string | null;
  portalFeatures: PortalFeatures;
  dunningPolicyId: string | null;
  active: boolean;
  archivedAt: string | null;
  metadata: Metadata | null;
  createdAt: string;
  updatedAt: string;
};

export type PriceParams = {
  currency: string;
  /** Minor units per billing period. */
  unitAmount: number;
  model: "flat";
  taxMode?: "inclusive" | "exclusive";
};

export type CreatePlanParams = {
  name: string;
  description?: string;
  interval: "day" | "week" | "month" | "year";
  intervalCount?: number;
  trialDays?: number;
  portalFeatures?: Partial<PortalFeatures>;
  metadata?: Metadata;
  prices: PriceParams[];
};

/** Only the fields sent change; prices are immutable (add one with addPrice). */
export type UpdatePlanParams = {
  name?: string;
  description?: string | null;
  trialDays?: number;
  portalFeatures?: Partial<PortalFeatures>;
  metadata?: Metadata | null;
  active?: boolean;
};

export type ListPlansParams = ListParams & { active?: boolean };

export function plansResource(api: Requester) {
  const list = (params: ListPlansParams = {}, options?: RequestOptions) =>
    api.list<Plan>({ method: "GET", path: "/plans", query: params, options });
  return {
    create: (params: CreatePlanParams, options?: RequestOptions) =>
      api.data<Plan>({ method: "POST", path: "/plans", body: params, options }),
    retrieve: (id: string, options?: RequestOptions) =>
      api.data<Plan>({ method: "GET", path: `/plans/${segment(id)}`, options }),
    list,
    listAll: (params: ListPlansParams = {}, options?: RequestOptions) =>
      paginate((page: ListPlansParams) => list(page, options), params),
    update: (id: string, params: UpdatePlanParams, options?: RequestOptions) =>
      api.data<Plan>({ method: "PATCH", path: `/plans/${segment(id)}`, body: params, options }),
    /** No new subscriptions or prices; existing subscriptions continue. */
    archive: (id: string, options?: RequestOptions) =>
      api.data<Plan>({ method: "POST", path: `/plans/${segment(id)}/archive`, body: {}, options }),
    /** Adds a price (e.g. another currency); answers the new price. */
    addPrice: (id: string, params: PriceParams, options?: RequestOptions) =>
      api.data<Price>({ method: "POST", path: `/plans/${segment(id)}/prices`, body: params, options }),
  };
}

export type PlansResource = ReturnType<typeof plansResource>;
