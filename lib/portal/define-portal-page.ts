// Every portal page starts the same way (docs/decisions/0006-portal-entry.md): resolve the signed-in
// customer from the path's session id and the cookie, then read the locale and the one-time result
// message. Pages declare only what they render:
//
//   export default definePortalPage(async ({ portal, locale, flash, base }) => …, { isAvailable });
//
// What the layout and the proxy already guarantee, and so stays theirs: an unknown session id is the
// layout's 404; an expired link without a live cookie is the proxy's 410; a signed-out browser sees
// the layout's front door, while the page (rendered alongside the layout all the same) renders nothing.
import "server-only";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getPortalCustomer, getRequestLocale } from "./current-portal";
import { readFlash, type FlashMessage } from "./flash";
import type { PortalCustomerContext } from "./portal-access";

type SearchParams = Record<string, string | string[] | undefined>;
type SessionParams = { sessionId: string };

export type PortalPageContext<Params extends SessionParams> = {
  portal: PortalCustomerContext;
  params: Params;
  query: SearchParams;
  locale: string;
  flash: FlashMessage | null;
  /** `/portal/<session id>`: every portal link starts here. */
  base: string;
};

type PortalPageOptions = {
  /** False answers 404: the merchant's settings or the plan do not offer this page. */
  isAvailable?: (portal: PortalCustomerContext) => boolean | Promise<boolean>;
};

export function definePortalPage<Params extends SessionParams = SessionParams>(
  render: (page: PortalPageContext<Params>) => ReactNode | Promise<ReactNode>,
  options: PortalPageOptions = {},
) {
  return async function PortalPage(props: { params: Promise<Params>; searchParams: Promise<SearchParams> }): Promise<ReactNode> {
    const params = await props.params;
    const portal = await getPortalCustomer(params.sessionId);
    if (!portal) return null;
    if (options.isAvailable && !(await options.isAvailable(portal))) notFound();
    const query = await props.searchParams;
    const [locale, flash] = await Promise.all([getRequestLocale(), readFlash(query.flash)]);
    return render({ portal, params, query, locale, flash, base: `/portal/${params.sessionId}` });
  };
}
