import type { z } from "zod";
import { defineEndpoint, endpointList } from "../endpoint";
import {
  CancelSubscriptionBody,
  CreateSubscriptionBody,
  EmptyBody,
  ListSubscriptionsQuery,
  PauseSubscriptionBody,
  UpdateSubscriptionBody,
} from "../../subscriptions/subscription-schemas";
import { createSubscription } from "../../subscriptions/create-subscription";
import { findSubscription } from "../../subscriptions/find-subscription";
import { listSubscriptions } from "../../subscriptions/list-subscriptions";
import { updateSubscription } from "../../subscriptions/update-subscription";
import { cancelSubscription } from "../../subscriptions/cancel-subscription";
import { pauseSubscription } from "../../subscriptions/pause-subscription";
import { resumeSubscription } from "../../subscriptions/resume-subscription";
import { toSubscriptionResource } from "../../subscriptions/subscription-resource";

const READ = "plugipay:subscriptions:read";
const WRITE = "plugipay:subscriptions:write";

export const subscriptionsEndpoints = endpointList(
  defineEndpoint<z.infer<typeof CreateSubscriptionBody>>({
    method: "POST", path: "/subscriptions", scope: WRITE, rateClass: "mutating", body: CreateSubscriptionBody,
    summary: "Create a subscription",
    async handle({ tenant, body }) {
      return { status: 201, data: await createSubscription(tenant, body) };
    },
  }),
  defineEndpoint<undefined, z.infer<typeof ListSubscriptionsQuery>>({
    method: "GET", path: "/subscriptions", scope: READ, rateClass: "read", query: ListSubscriptionsQuery,
    summary: "List subscriptions",
    async handle({ tenant, query }) {
      const page = await listSubscriptions(tenant, query, query);
      return { status: 200, list: { items: page.items.map((row) => toSubscriptionResource(row, tenant.accountId)), cursor: page.cursor, hasMore: page.hasMore } };
    },
  }),
  defineEndpoint({
    method: "GET", path: "/subscriptions/:id", scope: READ, rateClass: "read", summary: "Retrieve a subscription",
    async handle({ tenant, params }) {
      return { status: 200, data: toSubscriptionResource(await findSubscription(tenant, params.id ?? ""), tenant.accountId) };
    },
  }),
  defineEndpoint<z.infer<typeof UpdateSubscriptionBody>>({
    method: "PATCH", path: "/subscriptions/:id", scope: WRITE, rateClass: "mutating", body: UpdateSubscriptionBody,
    summary: "Update a subscription (price, default card, metadata)",
    async handle({ tenant, params, body }) {
      return { status: 200, data: await updateSubscription(tenant, params.id ?? "", body) };
    },
  }),
  defineEndpoint<z.infer<typeof CancelSubscriptionBody>>({
    method: "POST", path: "/subscriptions/:id/cancel", scope: WRITE, rateClass: "mutating", body: CancelSubscriptionBody,
    summary: "Cancel a subscription now or at the end of its period",
    async handle({ tenant, params, body }) {
      return { status: 200, data: await cancelSubscription(tenant, params.id ?? "", { at: body.at, reason: body.reason }) };
    },
  }),
  defineEndpoint<z.infer<typeof PauseSubscriptionBody>>({
    method: "POST", path: "/subscriptions/:id/pause", scope: WRITE, rateClass: "mutating", body: PauseSubscriptionBody,
    summary: "Pause a subscription",
    async handle({ tenant, params, body }) {
      return { status: 200, data: await pauseSubscription(tenant, params.id ?? "", { resumeAt: body.resumeAt ? new Date(body.resumeAt) : null }) };
    },
  }),
  defineEndpoint<z.infer<typeof EmptyBody>>({
    method: "POST", path: "/subscriptions/:id/resume", scope: WRITE, rateClass: "mutating", body: EmptyBody,
    summary: "Resume a paused subscription, or undo a scheduled cancellation",
    async handle({ tenant, params }) {
      return { status: 200, data: await resumeSubscription(tenant, params.id ?? "") };
    },
  }),
);
