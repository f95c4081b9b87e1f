import { defineEndpoint } from "../endpoint";
import { EmptyBody } from "../empty-body";
import {
  CancelSubscriptionBody,
  CreateSubscriptionBody,
  ListSubscriptionsQuery,
  PauseSubscriptionBody,
  SubscriptionResource,
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
const A_SUBSCRIPTION = { status: 200, data: SubscriptionResource } as const;

export const subscriptionsEndpoints = [
  defineEndpoint({
    method: "POST",
    path: "/subscriptions",
    scope: WRITE,
    rateClass: "mutating",
    body: CreateSubscriptionBody,
    success: { status: 201, data: SubscriptionResource },
    summary: "Create a subscription",
    async handle({ tenant, body }) {
      return { data: await createSubscription(tenant, body) };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/subscriptions",
    scope: READ,
    rateClass: "read",
    query: ListSubscriptionsQuery,
    success: { status: 200, list: SubscriptionResource },
    summary: "List subscriptions",
    async handle({ tenant, query }) {
      const page = await listSubscriptions(tenant, query, query);
      return { list: { items: page.items.map((row) => toSubscriptionResource(row, tenant.accountId)), cursor: page.cursor, hasMore: page.hasMore } };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/subscriptions/:id",
    scope: READ,
    rateClass: "read",
    success: A_SUBSCRIPTION,
    summary: "Retrieve a subscription",
    async handle({ tenant, params }) {
      return { data: toSubscriptionResource(await findSubscription(tenant, params.id), tenant.accountId) };
    },
  }),
  defineEndpoint({
    method: "PATCH",
    path: "/subscriptions/:id",
    scope: WRITE,
    rateClass: "mutating",
    body: UpdateSubscriptionBody,
    success: A_SUBSCRIPTION,
    summary: "Update a subscription (price, default card, metadata)",
    async handle({ tenant, params, body }) {
      return { data: await updateSubscription(tenant, params.id, body) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/subscriptions/:id/cancel",
    scope: WRITE,
    rateClass: "mutating",
    body: CancelSubscriptionBody,
    success: A_SUBSCRIPTION,
    summary: "Cancel a subscription now or at the end of its period",
    async handle({ tenant, params, body }) {
      return { data: await cancelSubscription(tenant, params.id, { at: body.at, reason: body.reason }) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/subscriptions/:id/pause",
    scope: WRITE,
    rateClass: "mutating",
    body: PauseSubscriptionBody,
    success: A_SUBSCRIPTION,
    summary: "Pause a subscription",
    async handle({ tenant, params, body }) {
      return { data: await pauseSubscription(tenant, params.id, { resumeAt: body.resumeAt ? new Date(body.resumeAt) : null }) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/subscriptions/:id/resume",
    scope: WRITE,
    rateClass: "mutating",
    body: EmptyBody,
    success: A_SUBSCRIPTION,
    summary: "Resume a paused subscription, or undo a scheduled cancellation",
    async handle({ tenant, params }) {
      return { data: await resumeSubscription(tenant, params.id) };
    },
  }),
];
