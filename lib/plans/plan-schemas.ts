// Request schemas of the plans API (contract §10): strict bodies, the list query.
import { z } from "zod";
import { listQueryWith } from "../api/list-query";
import { isSupportedCurrency, SUPPORTED_CURRENCIES } from "../money";
import { Metadata } from "../customers/metadata-schema";
import { PortalFeatures } from "./portal-features";

export const MAX_UNIT_AMOUNT = 2_000_000_000;
export const MAX_PRICES_PER_PLAN_CREATE = 10;

const Currency = z
  .string()
  .toUpperCase()
  .refine(isSupportedCurrency, `must be one of the supported ISO 4217 currencies: ${SUPPORTED_CURRENCIES.join(", ")}`)
  .describe(`ISO 4217 currency code, one of ${SUPPORTED_CURRENCIES.join(", ")}; lower case is accepted and upper-cased.`);

const PriceModel = z
  .literal("flat", { error: "only 'flat' prices are supported (tiered, volume and usage prices are not)" })
  .describe('Pricing model; only "flat" is supported.');

export const PriceBody = z
  .object({
    currency: Currency,
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

/** The official SDKs send `{}` to action routes. */
export const ArchivePlanBody = z.object({}).strict();

export const ListPlansQuery = listQueryWith({
  active: z.enum(["true", "false"]).optional().describe("Only active (true) or inactive (false) plans."),
});

export type ListPlansQueryShape = z.infer<typeof ListPlansQuery>;
