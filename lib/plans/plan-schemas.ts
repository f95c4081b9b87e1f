// Schemas of the plans API (docs/api.md §10): strict bodies, the list query, the plan and price objects.
import { z } from "zod";
import { listQueryWith } from "../api/list-query-schemas";
import { AccountId, Arn, CreatedAt, NullableTime, UpdatedAt } from "../api/resource-field-schemas";
import { CurrencyCode } from "../currency-schemas";
import { Metadata, MetadataField } from "../customers/metadata-schemas";

export const MAX_UNIT_AMOUNT = 2_000_000_000;
export const MAX_PRICES_PER_PLAN_CREATE = 10;

/** Plugipay's plan-level portalFeatures: what customers may do in the portal with this plan. */
export const PortalFeatures = z
  .object({
    selfServeCancel: z.boolean().describe("Customers may cancel."),
    selfServePause: z.boolean().describe("Customers may pause."),
    selfServeUpgrade: z.boolean().describe("Customers may switch to a more expensive price."),
    selfServeDowngrade: z.boolean().describe("Customers may switch to a cheaper price."),
    updatePaymentMethod: z.boolean().describe("Customers may change the card of a subscription on this plan."),
  })
  .strict();

export type PortalFeaturesShape = z.infer<typeof PortalFeatures>;

const PriceModel = z
  .literal("flat", { error: "only 'flat' prices are supported (tiered, volume and usage prices are not)" })
  .describe('Pricing model; only "flat" is supported.');

export const PriceBody = z
  .object({
    currency: CurrencyCode,
    unitAmount: z
      .number()
      .int("must be an integer amount in minor units")
      .min(0)
      .max(MAX_UNIT_AMOUNT)
      .describe("Amount per billing period in minor units of the currency."),
    model: PriceModel,
    taxMode: z.enum(["inclusive", "exclusive"]).optional().describe('Whether unitAmount includes tax (default "exclusive").'),
  })
  .strict();

export type PriceInput = z.infer<typeof PriceBody>;

const Name = z.string().min(1).max(255).describe("The plan's name, shown to customers.");
const Description = z.string().max(2000).describe("A longer description of the plan.");
const TrialDays = z.number().int().min(0).max(730).describe("Free days before the first charge of a new subscription.");
const PartialPortalFeatures = PortalFeatures.partial()
  .strict()
  .describe("What customers may do in the portal; missing flags keep their defaults (or current values on update).");

export const CreatePlanBody = z
  .object({
    name: Name,
    description: Description.optional(),
    interval: z.enum(["day", "week", "month", "year"]).describe("The billing interval."),
    intervalCount: z.number().int().min(1).max(12).optional().describe("Intervals per billing period (default 1)."),
    trialDays: TrialDays.optional(),
    portalFeatures: PartialPortalFeatures.optional(),
    metadata: Metadata.optional(),
    prices: z
      .array(PriceBody)
      .min(1, "a plan needs at least one price")
      .max(MAX_PRICES_PER_PLAN_CREATE, `at most ${MAX_PRICES_PER_PLAN_CREATE} prices per request`)
      .describe("The plan's prices, one per currency variant."),
  })
  .strict();

export type CreatePlanInput = z.infer<typeof CreatePlanBody>;

/** Only the fields sent change. Prices are immutable: add one with POST /plans/{id}/prices. */
export const UpdatePlanBody = z
  .object({
    name: Name.optional(),
    description: Description.nullable().optional(),
    trialDays: TrialDays.optional(),
    portalFeatures: PartialPortalFeatures.optional(),
    metadata: Metadata.nullable().optional().describe("Replaces the whole map; null clears it."),
    active: z.boolean().optional().describe("false hides the plan from new subscriptions; an archived plan stays inactive."),
  })
  .strict();

export type UpdatePlanInput = z.infer<typeof UpdatePlanBody>;

export const ListPlansQuery = listQueryWith({
  active: z.enum(["true", "false"]).optional().describe("Only active (true) or inactive (false) plans."),
});

export type ListPlansQueryShape = z.infer<typeof ListPlansQuery>;

/** A price of a plan; lib/plans/plan-resource.ts maps a row to it. */
export const PriceResource = z
  .object({
    id: z.string().describe("price_<ULID>, the price's identifier."),
    planId: z.string().describe("The plan_… this price belongs to."),
    currency: z.string().describe("ISO 4217 currency code, upper case."),
    model: z.string().describe('Pricing model; always "flat" here.'),
    unitAmount: z.number().int().nullable().describe("Amount per billing period in minor units of the currency."),
    tiers: z.array(z.unknown()).nullable().describe("Tiers of a tiered price; always null here."),
    taxMode: z.string().describe('"inclusive" or "exclusive": whether unitAmount includes tax.'),
    active: z.boolean().describe("Whether new subscriptions may use this price."),
    createdAt: CreatedAt,
  })
  .strict();

export type PriceResource = z.input<typeof PriceResource>;

/** A plan with its prices; lib/plans/plan-resource.ts maps a row to it. */
export const PlanResource = z
  .object({
    id: z.string().describe("plan_<ULID>, the plan's identifier."),
    arn: Arn,
    accountId: AccountId,
    name: z.string().describe("The plan's name, shown to customers."),
    description: z.string().nullable().describe("A longer description of the plan, or null."),
    interval: z.string().describe("The billing interval: day, week, month or year."),
    intervalCount: z.number().int().describe("Intervals per billing period."),
    trialDays: z.number().int().describe("Free days before the first charge of a new subscription."),
    prices: z.array(PriceResource).describe("The plan's prices, in the order they were added."),
    currency: z.string().describe("The currency of the plan's first active price (the earlier official SDK's plan-level price)."),
    amount: z.number().int().describe("The unitAmount of the plan's first active price, in minor units (the earlier official SDK's plan-level price)."),
    usageAggregate: z.string().nullable().describe("How metered usage is aggregated; always null here."),
    meteredUnit: z.string().nullable().describe("The unit of metered usage; always null here."),
    portalFeatures: PortalFeatures.describe("What customers may do in the portal with this plan."),
    dunningPolicyId: z.string().nullable().describe("The dunning policy; always null here."),
    active: z.boolean().describe("Whether new subscriptions may use this plan."),
    archivedAt: NullableTime.describe("When the plan was archived, or null."),
    metadata: MetadataField,
    createdAt: CreatedAt,
    updatedAt: UpdatedAt,
  })
  .strict();

export type PlanResource = z.input<typeof PlanResource>;
