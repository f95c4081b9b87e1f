// Schemas of the subscriptions API (docs/api.md §10): strict bodies, the list query, the subscription object.
import { z } from "zod";
import { listQueryWith } from "../api/list-query-schemas";
import { AccountId, Arn, CreatedAt, NullableTime, Time, UpdatedAt } from "../api/resource-field-schemas";
import { Metadata, MetadataField } from "../customers/metadata-schemas";

export const SUBSCRIPTION_STATUSES = ["trialing", "active", "past_due", "paused", "canceled", "incomplete"] as const;
export const CANCELLATION_REASONS = ["customer_portal", "merchant", "failed_payment", "user_request"] as const;
export const COLLECTION_METHODS = ["charge_automatically", "send_invoice"] as const;

export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];
export type CollectionMethod = (typeof COLLECTION_METHODS)[number];

const Id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,40}$`), `must be a ${prefix}_… id`);

export const CreateSubscriptionBody = z
  .object({
    customerId: Id("cus").describe("The customer to subscribe."),
    planId: Id("plan"),
    priceId: Id("price").describe("A price of the plan."),
    trialDays: z.number().int().min(0).max(730).optional().describe("Overrides the plan's trialDays."),
    paymentTokenId: Id("pm").optional().describe("The card to charge; defaults to the customer's default card."),
    collectionMethod: z.enum(COLLECTION_METHODS).optional(),
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

export const ListSubscriptionsQuery = listQueryWith({
  customerId: z.string().max(64).optional(),
  planId: z.string().max(64).optional(),
  status: z.enum(SUBSCRIPTION_STATUSES).optional(),
});

/** A downgrade waiting for the period end (docs/api.md §10.4). */
export const ScheduledChange = z
  .object({
    planId: z.string().describe("The plan_… the subscription moves to."),
    priceId: z.string().describe("The price_… billed from then on."),
    effectiveAt: Time.describe("When it takes effect: the end of the current period."),
  })
  .strict();

/** The subscription object; lib/subscriptions/subscription-resource.ts maps a row to it. */
export const SubscriptionResource = z
  .object({
    id: z.string().describe("sub_<ULID>, the subscription's identifier."),
    arn: Arn,
    accountId: AccountId,
    customerId: z.string().describe("The cus_… customer billed."),
    planId: z.string().describe("The plan_… subscribed to."),
    priceId: z.string().nullable().describe("The price_… of the plan being billed."),
    status: z.enum(SUBSCRIPTION_STATUSES).describe("Where the subscription is in its lifecycle."),
    collectionMethod: z.enum(COLLECTION_METHODS).describe("Whether invoices are charged to the card or sent to be paid."),
    currentPeriodStart: Time.describe("Start of the current billing period."),
    currentPeriodEnd: Time.describe("End of the current billing period (the next renewal)."),
    trialEnd: NullableTime.describe("When the trial ends, or null without a trial."),
    trialEndsAt: NullableTime.describe("The same as trialEnd, under the earlier official SDK's name."),
    cancelAt: NullableTime.describe("When a scheduled cancellation takes effect, or null."),
    cancelAtPeriodEnd: z
      .boolean()
      .describe("Whether a cancellation is scheduled for the end of the current period and not yet taken effect (the earlier official SDK's flag)."),
    canceledAt: NullableTime.describe("When the subscription was cancelled, or null."),
    canceledReason: z.enum(CANCELLATION_REASONS).nullable().describe("Why it was cancelled, or null."),
    pausedAt: NullableTime.describe("When the subscription was paused, or null."),
    resumeAt: NullableTime.describe("When a paused subscription resumes by itself, or null (paused until resumed, or not paused)."),
    scheduledChange: ScheduledChange.nullable().describe(
      "A plan change that takes effect at the end of the current period (a portal downgrade under downgradeTiming period_end), or null.",
    ),
    defaultPaymentTokenId: z.string().nullable().describe("The pm_… card charged for this subscription, or null for the customer's default."),
    discountCouponId: z.string().nullable().describe("The coupon discounting this subscription; always null, discounts are not supported."),
    metadata: MetadataField,
    createdAt: CreatedAt,
    updatedAt: UpdatedAt,
  })
  .strict();

export type SubscriptionResource = z.input<typeof SubscriptionResource>;
