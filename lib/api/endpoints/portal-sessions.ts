import { defineEndpoint } from "../endpoint";
import { CreatePortalSessionBody, type CreatePortalSessionInput } from "../../portal-sessions/portal-session-schemas";
import { createPortalSession } from "../../portal-sessions/create-portal-session";

export const createPortalSessionEndpoint = defineEndpoint<CreatePortalSessionInput>({
  method: "POST",
  path: "/portal-sessions",
  scope: "plugipay:portal:create",
  rateClass: "mutating_light",
  body: CreatePortalSessionBody,
  summary: "Mint a portal URL for one customer",
  async handle({ tenant, body }) {
    return { status: 201, data: await createPortalSession(tenant, body) };
  },
});
