import { z } from "zod";
import { listQueryWith } from "../api/list-query";
import { Metadata } from "../customers/metadata-schema";
import { CANCELLATION_REASONS } from "./cancel-subscription";

export const SUBSCRIPTION_STATUSES = ["trialing", "active", "past_due", "paused", "canceled", "incomplete"] as const;

const Id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,40}$`), `must be a ${prefix}_… id`);

export const CreateSubscriptionBody = z
  .object({
    customerId: Id("cus").describe("The customer to subscribe."),
    planId: Id("plan"),
    priceId: Id("price").describe("A price of the plan."),
    trialDays: z.number().int().min(0).max(730).optional().describe("Overrides the plan's trialDays."),
    paymentTokenId: Id("pm").optional().describe("The card to charge; defaults to the customer's default card."),
    collectionMethod: z.enum(["charge_automatically", "send_invoice"]).optional(),
    metadata: Metadata.optional(),
  })
  .strict();

export const UpdateSubscriptionBody = z
  .object({
    priceId: Id("price").optional().describe("Moves the subscription to another price, prorated as in the portal."),
    defaultPaymentTokenId: Id("pm").nullable().optional(),
    metadata: Metadata.nullable().optional(),
  })
  .strict();

export const CancelSubscriptionBody = z
  .object({
    at: z.enum(["now", "period_end"]).default("period_end"),
    reason: z.enum(CANCELLATION_REASONS).default("user_request"),
  })
  .strict();

export const PauseSubscriptionBody = z.object({ resumeAt: z.iso.datetime().optional() }).strict();

export const EmptyBody = z.object({}).strict();

export const ListSubscriptionsQuery = listQueryWith({
  customerId: z.string().max(64).optional(),
  planId: z.string().max(64).optional(),
  status: z.enum(SUBSCRIPTION_STATUSES).optional(),
});
