import type { Requester } from "../transport";
import type { RequestOptions } from "../types";

export type PortalSettings = {
  accountId: string;
  cancelSubscription: boolean;
  updatePaymentMethod: boolean;
  viewInvoices: boolean;
  changePlan: boolean;
  brandName: string | null;
  accentColor: string | null;
  logoUrl: string | null;
  allowedPlanIds: string[] | null;
  customDomain: string | null;
  customDomainStatus: "none" | "pending" | "verified";
  /** The DNS TXT record to publish before verifyCustomDomain(). */
  customDomainVerification: { type: "TXT"; name: string; value: string } | null;
  updatedAt: string;
};

/** Only the fields sent change; applies to portal sessions minted afterwards. */
export type UpdatePortalSettingsParams = {
  cancelSubscription?: boolean;
  updatePaymentMethod?: boolean;
  viewInvoices?: boolean;
  changePlan?: boolean;
  brandName?: string | null;
  /** `#rrggbb` */
  accentColor?: string | null;
  /** An https:// URL. */
  logoUrl?: string | null;
  allowedPlanIds?: string[] | null;
  customDomain?: string | null;
};

export function portalSettingsResource(api: Requester) {
  return {
    retrieve: (options?: RequestOptions) =>
      api.data<PortalSettings>({ method: "GET", path: "/portal-settings", options }),
    update: (params: UpdatePortalSettingsParams, options?: RequestOptions) =>
      api.data<PortalSettings>({ method: "PATCH", path: "/portal-settings", body: params, options }),
    /** Checks the custom domain's TXT record; `invalid_state` until it is published. */
    verifyCustomDomain: (options?: RequestOptions) =>
      api.data<PortalSettings>({ method: "POST", path: "/portal-settings/custom-domain/verify", body: {}, options }),
  };
}

export type PortalSettingsResource = ReturnType<typeof portalSettingsResource>;
