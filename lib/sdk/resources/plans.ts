import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListFilters, ListParams, RequestOf, RequestOptions, ResponseOf } from "../types";
import type {
  CreatePlanBody,
  ListPlansQuery,
  PlanResource,
  PortalFeatures as PortalFeaturesSchema,
  PriceBody,
  PriceResource,
  UpdatePlanBody,
} from "../../plans/plan-schemas";

export type PortalFeatures = ResponseOf<typeof PortalFeaturesSchema>;

export type Price = ResponseOf<typeof PriceResource>;

export type Plan = ResponseOf<typeof PlanResource>;

export type PriceParams = RequestOf<typeof PriceBody>;

export type CreatePlanParams = RequestOf<typeof CreatePlanBody>;

/** Only the fields sent change; prices are immutable (add one with addPrice). */
export type UpdatePlanParams = RequestOf<typeof UpdatePlanBody>;

/** The API filters on "true" / "false"; the SDK sends a boolean as that text. */
export type ListPlansParams = ListParams & Omit<ListFilters<typeof ListPlansQuery>, "active"> & { active?: boolean };

export function plansResource(api: Requester) {
  const list = (params: ListPlansParams = {}, options?: RequestOptions) => api.list<Plan>({ method: "GET", path: "/plans", query: params, options });
  return {
    create: (params: CreatePlanParams, options?: RequestOptions) => api.data<Plan>({ method: "POST", path: "/plans", body: params, options }),
    get: (id: string, options?: RequestOptions) => api.data<Plan>({ method: "GET", path: `/plans/${segment(id)}`, options }),
    list,
    listAll: (params: ListPlansParams = {}, options?: RequestOptions) => paginate((page: ListPlansParams) => list(page, options), params),
    update: (id: string, params: UpdatePlanParams, options?: RequestOptions) =>
      api.data<Plan>({ method: "PATCH", path: `/plans/${segment(id)}`, body: params, options }),
    /** No new subscriptions or prices; existing subscriptions continue. */
    archive: (id: string, options?: RequestOptions) => api.data<Plan>({ method: "POST", path: `/plans/${segment(id)}/archive`, body: {}, options }),
    /** Adds a price (e.g. another currency); answers the new price. */
    addPrice: (id: string, params: PriceParams, options?: RequestOptions) =>
      api.data<Price>({ method: "POST", path: `/plans/${segment(id)}/prices`, body: params, options }),
  };
}

export type PlansResource = ReturnType<typeof plansResource>;
