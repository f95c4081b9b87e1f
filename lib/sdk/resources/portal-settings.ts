import type { Requester } from "../transport";
import type { RequestOf, RequestOptions, ResponseOf } from "../types";
import type { PortalSettingsResource as PortalSettingsSchema, UpdatePortalSettingsBody } from "../../settings/portal-settings-schemas";

/** `customDomainVerification` is the DNS TXT record to publish before verifyCustomDomain(). */
export type PortalSettings = ResponseOf<typeof PortalSettingsSchema>;

/** Only the fields sent change; applies to portal sessions minted afterwards. */
export type UpdatePortalSettingsParams = RequestOf<typeof UpdatePortalSettingsBody>;

export function portalSettingsResource(api: Requester) {
  return {
    get: (options?: RequestOptions) => api.data<PortalSettings>({ method: "GET", path: "/portal-settings", options }),
    update: (params: UpdatePortalSettingsParams, options?: RequestOptions) =>
      api.data<PortalSettings>({ method: "PATCH", path: "/portal-settings", body: params, options }),
    /** Checks the custom domain's TXT record; `invalid_state` until it is published. */
    verifyCustomDomain: (options?: RequestOptions) =>
      api.data<PortalSettings>({ method: "POST", path: "/portal-settings/custom-domain/verify", body: {}, options }),
  };
}

export type PortalSettingsResource = ReturnType<typeof portalSettingsResource>;
