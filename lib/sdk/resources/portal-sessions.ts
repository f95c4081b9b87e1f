import type { Requester } from "../transport";
import type { RequestOf, RequestOptions, ResponseOf } from "../types";
import type { CreatePortalSessionBody, PortalSessionResource } from "../../portal-sessions/portal-session-schemas";

/** Open its `url` in the customer's browser; it carries a short-lived, single-use token. */
export type PortalSession = ResponseOf<typeof PortalSessionResource>;

export type CreatePortalSessionParams = RequestOf<typeof CreatePortalSessionBody>;

export function portalSessionsResource(api: Requester) {
  return {
    /** POST /portal-sessions — mints a portal URL for one customer (201). */
    create: (params: CreatePortalSessionParams, options?: RequestOptions) =>
      api.data<PortalSession>({ method: "POST", path: "/portal-sessions", body: params, options }),
  };
}

export type PortalSessionsResource = ReturnType<typeof portalSessionsResource>;
