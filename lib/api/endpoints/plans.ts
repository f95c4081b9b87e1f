import { defineEndpoint, endpointList } from "../endpoint";
import {
  ArchivePlanBody,
  CreatePlanBody,
  ListPlansQuery,
  PriceBody,
  UpdatePlanBody,
  type CreatePlanInput,
  type ListPlansQueryShape,
  type PriceInput,
  type UpdatePlanInput,
} from "../../plans/plan-schemas";
import { createPlan } from "../../plans/create-plan";
import { listPlans } from "../../plans/list-plans";
import { findPlan } from "../../plans/find-plan";
import { updatePlan } from "../../plans/update-plan";
import { archivePlan } from "../../plans/archive-plan";
import { addPlanPrice } from "../../plans/add-plan-price";
import { toPlanResource } from "../../plans/plan-resource";

const createPlanEndpoint = defineEndpoint<CreatePlanInput>({
  method: "POST",
  path: "/plans",
  scope: "plugipay:plans:write",
  rateClass: "mutating",
  body: CreatePlanBody,
  summary: "Create a plan with its prices",
  async handle({ tenant, body }) {
    return { status: 201, data: await createPlan(tenant, body) };
  },
});

const listPlansEndpoint = defineEndpoint<undefined, ListPlansQueryShape>({
  method: "GET",
  path: "/plans",
  scope: "plugipay:plans:read",
  rateClass: "read",
  query: ListPlansQuery,
  summary: "List plans with their prices, newest first; filter by active",
  async handle({ tenant, query }) {
    const { limit, cursor, order, active } = query;
    const filters = active === undefined ? {} : { active: active === "true" };
    const page = await listPlans(tenant, filters, { limit, cursor, order });
    const items = page.items.map((plan) => toPlanResource(plan, tenant.accountId));
    return { status: 200, list: { items, cursor: page.cursor, hasMore: page.hasMore } };
  },
});

const getPlanEndpoint = defineEndpoint({
  method: "GET",
  path: "/plans/:id",
  scope: "plugipay:plans:read",
  rateClass: "read",
  summary: "Retrieve a plan with its prices",
  async handle({ tenant, params }) {
    return { status: 200, data: toPlanResource(await findPlan(tenant, params.id ?? ""), tenant.accountId) };
  },
});

const updatePlanEndpoint = defineEndpoint<UpdatePlanInput>({
  method: "PATCH",
  path: "/plans/:id",
  scope: "plugipay:plans:write",
  rateClass: "mutating",
  body: UpdatePlanBody,
  summary: "Update a plan; only the fields sent change (prices are immutable)",
  async handle({ tenant, params, body }) {
    return { status: 200, data: await updatePlan(tenant, params.id ?? "", body) };
  },
});

const archivePlanEndpoint = defineEndpoint<Record<string, never>>({
  method: "POST",
  path: "/plans/:id/archive",
  scope: "plugipay:plans:write",
  rateClass: "mutating",
  body: ArchivePlanBody,
  summary: "Archive a plan: no new subscriptions or prices; existing subscriptions continue",
  async handle({ tenant, params }) {
    return { status: 200, data: await archivePlan(tenant, params.id ?? "") };
  },
});

const addPlanPriceEndpoint = defineEndpoint<PriceInput>({
  method: "POST",
  path: "/plans/:id/prices",
  scope: "plugipay:plans:write",
  rateClass: "mutating",
  body: PriceBody,
  summary: "Add a price (e.g. another currency) to a plan",
  async handle({ tenant, params, body }) {
    return { status: 201, data: await addPlanPrice(tenant, params.id ?? "", body) };
  },
});

export const plansEndpoints = endpointList(
  createPlanEndpoint,
  listPlansEndpoint,
  getPlanEndpoint,
  updatePlanEndpoint,
  archivePlanEndpoint,
  addPlanPriceEndpoint,
);
