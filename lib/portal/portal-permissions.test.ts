import { describe, expect, it } from "vitest";
import { DEFAULT_CAPABILITIES } from "../settings/portal-settings";
import { canManagePaymentMethods, subscriptionPermissions } from "./portal-permissions";

const at = new Date("2026-11-24T00:00:00Z");
const features = (overrides: Record<string, boolean> = {}) =>
  JSON.stringify({ selfServeCancel: true, selfServePause: false, selfServeUpgrade: true, selfServeDowngrade: true, updatePaymentMethod: true, ...overrides });
const subscription = (overrides: Partial<{ status: string; cancelAt: Date | null; features: string }> = {}) => ({
  status: overrides.status ?? "active",
  cancelAt: overrides.cancelAt ?? null,
  currentPeriodEnd: new Date("2026-12-10T00:00:00Z"),
  price: { plan: { portalFeatures: overrides.features ?? features() } },
});

describe("portal permissions", () => {
  it("offers cancel and plan changes for an active subscription when both levels allow", () => {
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, subscription(), at)).toMatchObject({
      canCancel: true,
      canResume: false,
      canUpgrade: true,
      canDowngrade: true,
    });
  });

  it("needs both the workspace setting and the plan feature", () => {
    expect(subscriptionPermissions({ ...DEFAULT_CAPABILITIES, cancelSubscription: false }, subscription(), at).canCancel).toBe(false);
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, subscription({ features: features({ selfServeCancel: false }) }), at).canCancel).toBe(false);
    expect(subscriptionPermissions({ ...DEFAULT_CAPABILITIES, changePlan: false }, subscription(), at)).toMatchObject({
      canUpgrade: false,
      canDowngrade: false,
    });
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, subscription({ features: features({ selfServeDowngrade: false }) }), at)).toMatchObject({
      canUpgrade: true,
      canDowngrade: false,
    });
  });

  it("offers resume, not cancel or change, for a subscription set to cancel, until the period ends", () => {
    const ending = subscription({ cancelAt: new Date("2026-12-10T00:00:00Z") });
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, ending, at)).toMatchObject({ canCancel: false, canResume: true, canUpgrade: false });
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, ending, new Date("2026-12-11T00:00:00Z")).canResume).toBe(false);
  });

  it("offers pause and the resume of a pause only where the plan's selfServePause allows", () => {
    const pausable = features({ selfServePause: true });
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, subscription(), at)).toMatchObject({ canPause: false, canUnpause: false });
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, subscription({ features: pausable }), at)).toMatchObject({ canPause: true, canUnpause: false });
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, subscription({ status: "paused", features: pausable }), at)).toMatchObject({
      canPause: false,
      canUnpause: true,
    });
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, subscription({ status: "paused" }), at).canUnpause).toBe(false);
    const ending = subscription({ features: pausable, cancelAt: new Date("2026-12-10T00:00:00Z") });
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, ending, at).canPause).toBe(false);
  });

  it("offers nothing on a cancelled subscription", () => {
    expect(subscriptionPermissions(DEFAULT_CAPABILITIES, subscription({ status: "canceled" }), at)).toMatchObject({
      canCancel: false,
      canResume: false,
      canUpgrade: false,
      canDowngrade: false,
    });
  });

  it("lets a live plan forbid card changes", () => {
    expect(canManagePaymentMethods(DEFAULT_CAPABILITIES, [subscription()])).toBe(true);
    expect(canManagePaymentMethods(DEFAULT_CAPABILITIES, [subscription({ features: features({ updatePaymentMethod: false }) })])).toBe(false);
    expect(canManagePaymentMethods(DEFAULT_CAPABILITIES, [subscription({ status: "canceled", features: features({ updatePaymentMethod: false }) })])).toBe(
      true,
    );
    expect(canManagePaymentMethods({ ...DEFAULT_CAPABILITIES, updatePaymentMethod: false }, [])).toBe(false);
  });
});
