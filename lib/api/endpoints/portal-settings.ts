import type { z } from "zod";
import { defineEndpoint, endpointList } from "../endpoint";
import { EmptyBody, UpdatePortalSettingsBody } from "../../settings/portal-settings-schemas";
import { portalSettingsResource, updatePortalSettings, verifyCustomDomain } from "../../settings/manage-portal-settings";

export const portalSettingsEndpoints = endpointList(
  defineEndpoint({
    method: "GET", path: "/portal-settings", scope: "plugipay:portal:read", rateClass: "read", summary: "Retrieve the customer portal settings",
    async handle({ tenant }) {
      return { status: 200, data: await portalSettingsResource(tenant) };
    },
  }),
  defineEndpoint<z.infer<typeof UpdatePortalSettingsBody>>({
    method: "PATCH", path: "/portal-settings", scope: "plugipay:portal:write", rateClass: "mutating", body: UpdatePortalSettingsBody,
    summary: "Update the customer portal settings (applies to sessions minted afterwards)",
    async handle({ tenant, body }) {
      return { status: 200, data: await updatePortalSettings(tenant, body) };
    },
  }),
  defineEndpoint<z.infer<typeof EmptyBody>>({
    method: "POST", path: "/portal-settings/custom-domain/verify", scope: "plugipay:portal:write", rateClass: "mutating", body: EmptyBody,
    summary: "Verify the custom portal domain's DNS TXT record",
    async handle({ tenant }) {
      return { status: 200, data: await verifyCustomDomain(tenant) };
    },
  }),
);
