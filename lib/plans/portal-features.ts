// Plugipay's plan-level portalFeatures, stored as JSON on the plan (the schema: lib/plans/plan-schemas.ts).
import { PortalFeatures, type PortalFeaturesShape } from "./plan-schemas";

export type { PortalFeaturesShape } from "./plan-schemas";

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
