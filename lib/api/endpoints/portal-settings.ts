import { defineEndpoint } from "../endpoint";
import { EmptyBody } from "../empty-body";
import { PortalSettingsResource, UpdatePortalSettingsBody } from "../../settings/portal-settings-schemas";
import { portalSettingsResource, updatePortalSettings, verifyCustomDomain } from "../../settings/manage-portal-settings";

const THE_SETTINGS = { status: 200, data: PortalSettingsResource } as const;

export const portalSettingsEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/portal-settings",
    scope: "plugipay:portal:read",
    rateClass: "read",
    success: THE_SETTINGS,
    summary: "Retrieve the customer portal settings",
    async handle({ tenant }) {
      return { data: await portalSettingsResource(tenant) };
    },
  }),
  defineEndpoint({
    method: "PATCH",
    path: "/portal-settings",
    scope: "plugipay:portal:write",
    rateClass: "mutating",
    body: UpdatePortalSettingsBody,
    success: THE_SETTINGS,
    summary: "Update the customer portal settings (applies to sessions minted afterwards)",
    async handle({ tenant, body }) {
      return { data: await updatePortalSettings(tenant, body) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/portal-settings/custom-domain/verify",
    scope: "plugipay:portal:write",
    rateClass: "mutating",
    body: EmptyBody,
    success: THE_SETTINGS,
    summary: "Verify the custom portal domain's DNS TXT record",
    async handle({ tenant }) {
      return { data: await verifyCustomDomain(tenant) };
    },
  }),
];
