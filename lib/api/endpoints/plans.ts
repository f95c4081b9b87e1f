import { defineEndpoint } from "../endpoint";
import { EmptyBody } from "../empty-body";
import { CreatePlanBody, ListPlansQuery, PlanResource, PriceBody, PriceResource, UpdatePlanBody } from "../../plans/plan-schemas";
import { createPlan } from "../../plans/create-plan";
import { listPlans } from "../../plans/list-plans";
import { findPlan } from "../../plans/find-plan";
import { updatePlan } from "../../plans/update-plan";
import { archivePlan } from "../../plans/archive-plan";
import { addPlanPrice } from "../../plans/add-plan-price";
import { toPlanResource } from "../../plans/plan-resource";

const createPlanEndpoint = defineEndpoint({
  method: "POST",
  path: "/plans",
  scope: "plugipay:plans:write",
  rateClass: "mutating",
  body: CreatePlanBody,
  success: { status: 201, data: PlanResource },
  summary: "Create a plan with its prices",
  async handle({ tenant, body }) {
    return { data: await createPlan(tenant, body) };
  },
});

const listPlansEndpoint = defineEndpoint({
  method: "GET",
  path: "/plans",
  scope: "plugipay:plans:read",
  rateClass: "read",
  query: ListPlansQuery,
  success: { status: 200, list: PlanResource },
  summary: "List plans with their prices, newest first; filter by active",
  async handle({ tenant, query }) {
    const { limit, cursor, order, active } = query;
    const filters = active === undefined ? {} : { active: active === "true" };
    const page = await listPlans(tenant, filters, { limit, cursor, order });
    const items = page.items.map((plan) => toPlanResource(plan, tenant.accountId));
    return { list: { items, cursor: page.cursor, hasMore: page.hasMore } };
  },
});

const getPlanEndpoint = defineEndpoint({
  method: "GET",
  path: "/plans/:id",
  scope: "plugipay:plans:read",
  rateClass: "read",
  success: { status: 200, data: PlanResource },
  summary: "Retrieve a plan with its prices",
  async handle({ tenant, params }) {
    return { data: toPlanResource(await findPlan(tenant, params.id), tenant.accountId) };
  },
});

const updatePlanEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/plans/:id",
  scope: "plugipay:plans:write",
  rateClass: "mutating",
  body: UpdatePlanBody,
  success: { status: 200, data: PlanResource },
  summary: "Update a plan; only the fields sent change (prices are immutable)",
  async handle({ tenant, params, body }) {
    return { data: await updatePlan(tenant, params.id, body) };
  },
});

const archivePlanEndpoint = defineEndpoint({
  method: "POST",
  path: "/plans/:id/archive",
  scope: "plugipay:plans:write",
  rateClass: "mutating",
  body: EmptyBody,
  success: { status: 200, data: PlanResource },
  summary: "Archive a plan: no new subscriptions or prices; existing subscriptions continue",
  async handle({ tenant, params }) {
    return { data: await archivePlan(tenant, params.id) };
  },
});

const addPlanPriceEndpoint = defineEndpoint({
  method: "POST",
  path: "/plans/:id/prices",
  scope: "plugipay:plans:write",
  rateClass: "mutating",
  body: PriceBody,
  success: { status: 201, data: PriceResource },
  summary: "Add a price (e.g. another currency) to a plan",
  async handle({ tenant, params, body }) {
    return { data: await addPlanPrice(tenant, params.id, body) };
  },
});

export const plansEndpoints = [createPlanEndpoint, listPlansEndpoint, getPlanEndpoint, updatePlanEndpoint, archivePlanEndpoint, addPlanPriceEndpoint];
