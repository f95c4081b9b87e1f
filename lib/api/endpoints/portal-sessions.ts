import { defineEndpoint } from "../endpoint";
import { CreatePortalSessionBody, PortalSessionResource } from "../../portal-sessions/portal-session-schemas";
import { createPortalSession } from "../../portal-sessions/create-portal-session";

export const createPortalSessionEndpoint = defineEndpoint({
  method: "POST",
  path: "/portal-sessions",
  scope: "plugipay:portal:create",
  rateClass: "mutating_light",
  body: CreatePortalSessionBody,
  success: { status: 201, data: PortalSessionResource },
  summary: "Mint a portal URL for one customer",
  async handle({ tenant, body }) {
    return { data: await createPortalSession(tenant, body) };
  },
});
