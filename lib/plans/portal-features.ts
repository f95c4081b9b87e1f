// Plugipay's plan-level portalFeatures, stored as JSON on the plan.
import { z } from "zod";

export const PortalFeatures = z
  .object({
    selfServeCancel: z.boolean(),
    selfServePause: z.boolean(),
    selfServeUpgrade: z.boolean(),
    selfServeDowngrade: z.boolean(),
    updatePaymentMethod: z.boolean(),
  })
  .strict();

export type PortalFeaturesShape = z.infer<typeof PortalFeatures>;

/** The dashboard's defaults, as Plugipay's SDKs send them when a plan omits portalFeatures. */
export const DEFAULT_PORTAL_FEATURES: PortalFeaturesShape = {
  selfServeCancel: true,
  selfServePause: false,
  selfServeUpgrade: false,
  selfServeDowngrade: false,
  updatePaymentMethod: true,
};

export function parsePortalFeatures(json: string): PortalFeaturesShape {
  const parsed = PortalFeatures.partial().safeParse(JSON.parse(json));
  return { ...DEFAULT_PORTAL_FEATURES, ...(parsed.success ? parsed.data : {}) };
}
