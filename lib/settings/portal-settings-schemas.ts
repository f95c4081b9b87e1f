import { z } from "zod";

const HOSTNAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

export const UpdatePortalSettingsBody = z
  .object({
    cancelSubscription: z.boolean().optional(),
    updatePaymentMethod: z.boolean().optional(),
    viewInvoices: z.boolean().optional(),
    changePlan: z.boolean().optional(),
    brandName: z.string().trim().min(1).max(100).nullable().optional().describe('Shown as "Back to <brandName>"; defaults to the workspace name.'),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be #rrggbb").nullable().optional(),
    logoUrl: z.url({ protocol: /^https$/ }).max(2048).nullable().optional(),
    allowedPlanIds: z.array(z.string().max(64)).max(100).nullable().optional().describe("Plans customers may switch to; null allows every active plan."),
    customDomain: z
      .string()
      .transform((value) => value.trim().toLowerCase())
      .refine((value) => HOSTNAME.test(value), "must be a hostname such as billing.example.com")
      .nullable()
      .optional(),
  })
  .strict();

export type UpdatePortalSettingsInput = z.infer<typeof UpdatePortalSettingsBody>;

export const EmptyBody = z.object({}).strict();
