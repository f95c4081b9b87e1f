import type { Requester } from "../transport";
import type { RequestOptions } from "../types";

export type PortalSession = {
  id: string;
  arn: string;
  accountId: string;
  customerId: string;
  /** Open it in the customer's browser; it carries a short-lived, single-use token. */
  url: string;
  returnUrl: string;
  expiresAt: string;
  createdAt: string;
};

export type CreatePortalSessionParams = { customerId: string; returnUrl: string };

export function portalSessionsResource(api: Requester) {
  return {
    /** POST /portal-sessions — mints a portal URL for one customer (201). */
    create: (params: CreatePortalSessionParams, options?: RequestOptions) =>
      api.data<PortalSession>({ method: "POST", path: "/portal-sessions", body: params, options }),
  };
}

export type PortalSessionsResource = ReturnType<typeof portalSessionsResource>;
