// Schemas of the portal settings API (docs/api.md §7, §10): the strict update body and the settings object.
import { z } from "zod";
import { AccountId, UpdatedAt } from "../api/resource-field-schemas";

/** When a customer's downgrade in the portal takes effect (docs/api.md §7). */
export const DOWNGRADE_TIMINGS = ["now", "period_end"] as const;
export type DowngradeTiming = (typeof DOWNGRADE_TIMINGS)[number];
const DOWNGRADE_TIMING_TEXT =
  'When a downgrade in the portal takes effect: "now" (prorated, the unused time credited to the customer) or "period_end" (scheduled for the end of the paid period, nothing charged or credited).';

const HOSTNAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

export const UpdatePortalSettingsBody = z
  .object({
    cancelSubscription: z.boolean().optional(),
    updatePaymentMethod: z.boolean().optional(),
    viewInvoices: z.boolean().optional(),
    changePlan: z.boolean().optional(),
    updateBillingDetails: z.boolean().optional(),
    brandName: z.string().trim().min(1).max(100).nullable().optional().describe('Shown as "Back to <brandName>"; defaults to the workspace name.'),
    accentColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, "must be #rrggbb")
      .nullable()
      .optional(),
    logoUrl: z
      .url({ protocol: /^https$/ })
      .max(2048)
      .nullable()
      .optional(),
    allowedPlanIds: z.array(z.string().max(64)).max(100).nullable().optional().describe("Plans customers may switch to; null allows every active plan."),
    downgradeTiming: z.enum(DOWNGRADE_TIMINGS).optional().describe(DOWNGRADE_TIMING_TEXT),
    customDomain: z
      .string()
      .transform((value) => value.trim().toLowerCase())
      .refine((value) => HOSTNAME.test(value), "must be a hostname such as billing.example.com")
      .nullable()
      .optional(),
  })
  .strict();

export type UpdatePortalSettingsInput = z.infer<typeof UpdatePortalSettingsBody>;

export const CUSTOM_DOMAIN_STATUSES = ["none", "pending", "verified"] as const;

/** The settings object; lib/settings/manage-portal-settings.ts builds it. */
export const PortalSettingsResource = z
  .object({
    accountId: AccountId,
    cancelSubscription: z.boolean().describe("Customers may cancel subscriptions in the portal."),
    updatePaymentMethod: z.boolean().describe("Customers may add, remove and choose cards in the portal."),
    viewInvoices: z.boolean().describe("Customers may see and pay invoices in the portal."),
    changePlan: z.boolean().describe("Customers may switch plans in the portal."),
    updateBillingDetails: z.boolean().describe("Customers may edit their billing name, email, address and tax ID in the portal."),
    brandName: z.string().nullable().describe('Shown as "Back to <brandName>".'),
    accentColor: z.string().nullable().describe("The portal's accent colour, #rrggbb, or null for the default."),
    logoUrl: z.string().nullable().describe("An https:// logo shown in the portal, or null."),
    allowedPlanIds: z.array(z.string()).nullable().describe("Plans customers may switch to; null allows every active plan."),
    downgradeTiming: z.enum(DOWNGRADE_TIMINGS).describe(DOWNGRADE_TIMING_TEXT),
    customDomain: z.string().nullable().describe("The portal's own hostname, or null."),
    customDomainStatus: z.enum(CUSTOM_DOMAIN_STATUSES).describe("none, pending (until its DNS TXT record is verified) or verified."),
    customDomainVerification: z
      .object({
        type: z.literal("TXT"),
        name: z.string().describe("The record's name: _plugipay.<customDomain>."),
        value: z.string().describe("The value the record must hold."),
      })
      .strict()
      .nullable()
      .describe("The DNS TXT record to publish before verifying the domain, or null without a domain."),
    updatedAt: UpdatedAt,
  })
  .strict();

export type PortalSettingsResource = z.input<typeof PortalSettingsResource>;
